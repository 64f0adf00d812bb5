/**
 * How Helm turns values into text and `--set` strings into values (charts/FACTS.md §0).
 *
 * - Values files (and Flux `spec.values`, Argo CD `helm.values`/`valuesObject`, helmfile inline
 *   values) go through sigs.k8s.io/yaml: every number is a float64, and `{{ . }}` / `toString`
 *   print a float64 with Go's `%v`, the shortest `%g` form with exponent 6 as the switch:
 *   1234567 → `1.234567e+06` (strconv `FormatFloat(f, 'g', -1, 64)`: "%e is used if the exponent
 *   ... is greater than or equal to the precision; if precision was the shortest possible, use
 *   precision 6 for this decision").
 * - `--set` values (Argo CD `parameters`, helmfile `set`, Flux `targetPath`) are typed by Helm's
 *   `typedVal` (helm/helm `pkg/strvals/parser.go`): `true`/`false`/`null` in any case, `0`, and
 *   decimal integers that do not start with `0` become bool, nil and int64; anything else stays a
 *   string. `--set-string` keeps strings.
 */
/** How numbers of a layer are typed: float64 (values files) or int64 (`--set`). */
export type Typing = 'file' | 'set';
/** Go's `%v` of a values leaf. */
export declare function goText(v: unknown, typing: Typing): string;
/** `strconv.FormatFloat(f, 'g', -1, 64)`, as `%v` prints a float64. */
export declare function goFloat(f: number): string;
/** Helm's `typedVal`: the value `--set name=<text>` gives. */
export declare function typedVal(text: string): string | boolean | number | null;
/**
 * A `--set` name as a path: `a.b[0].c` → `['a', 'b', 0, 'c']`; `\.` escapes a dot
 * (`controller.service.annotations.service\.beta\.kubernetes\.io/x`). Undefined when malformed.
 */
export declare function parseSetName(name: string): (string | number)[] | undefined;
/**
 * The value of one `--set name=value` (after the name): `{a,b}` is a list; `\,` an escaped comma.
 * With `forceString` (`--set-string`) the text stays a string.
 */
export declare function setValue(text: string, forceString: boolean): unknown;
