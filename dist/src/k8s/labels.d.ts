/** Label selectors as the API defines them (matchLabels + matchExpressions, or a Service's map). */
export type Labels = Readonly<Record<string, string>>;
/** Labels of a `metadata`-like object; non-string values are ignored (they fail validation). */
export declare function labelsOf(metadata: unknown): Labels;
/** A Service's equality selector: every pair must be present. An empty selector selects nothing. */
export declare function matchesMap(selector: Labels, labels: Labels): boolean;
/**
 * A `metav1.LabelSelector`. Per the API, a null selector matches nothing and an empty one
 * (`{}`) matches everything. Unknown operators match nothing.
 */
export declare function matchesLabelSelector(selector: unknown, labels: Labels): boolean;
export declare function asRecord(v: unknown): Record<string, unknown> | undefined;
export declare function asArray(v: unknown): readonly unknown[];
/** `obj[a][b]...` for plain objects and arrays; undefined when any step is missing. */
export declare function dig(obj: unknown, ...path: readonly (string | number)[]): unknown;
/** A scalar as text: strings as they are, other values as JSON (`true`, `8080`, `null`). */
export declare function scalarText(v: unknown): string;
/** A label selector string (`a=b,c!=d,e in (f,g),!h`) against labels. */
export declare function matchesSelector(selector: string, labels: Readonly<Record<string, unknown>>): boolean;
