/**
 * The full YAML parser: the `yaml` package with positions, used when the fast parser bails
 * out, for syntax errors, and lazily for the positions of findings.
 *
 * Scalars are composed with the failsafe schema (everything a string) and resolved here the
 * way Kubernetes tooling resolves them (`scalar.ts`), so both parsers agree on values. Merge
 * keys (`<<`) are applied as go-yaml does. Alias expansion is bounded: a document whose aliases
 * expand to far more nodes than it holds is an alias bomb and becomes an error, not a hang.
 * Duplicate keys are found here, by the key as Kubernetes tooling reads it, with a hash set: the
 * `yaml` package's own check (`uniqueKeys`) compares each key with every earlier one, which makes
 * a mapping of 200,000 keys take minutes.
 *
 * Errors are go-yaml's, not the YAML spec's (DOMAIN.md §0: "kubectl cannot read it" is checked
 * against kubectl): where the `yaml` package is stricter than the go-yaml family that kubectl,
 * Helm (go-yaml v2) and kustomize (go-yaml v3) share, the document is read as they read it and no
 * error is reported (test/source/kubectl-oracle.test.ts runs kubectl on each case):
 * - quoted scalars and flow collections whose lines are indented less than their key (Envoy
 *   Gateway inline Lua, `args: [a,\nb]` at column 0): parsed again with a go-yaml lexer;
 * - a comment right after a quoted scalar, a flow indicator or a block scalar header
 *   (`"v"# note`, `[a,#note`);
 * - the escape `\'` in a double-quoted scalar, which go-yaml reads as `'`.
 * The reverse holds for the escape `\/`: YAML 1.2 and the `yaml` package accept it, go-yaml
 * rejects the document ("found unknown escape character"), so it is an error here too.
 */
import type { Document, Scalar } from 'yaml';
export interface YamlIssue {
    code: string;
    message: string;
    /** Absolute offsets in the file text. */
    start: number;
    end: number;
    /** For a duplicate key: the offset of its first occurrence. */
    first?: number;
}
export interface YamlDoc {
    /**
     * The document as Kubernetes tooling would read it (the last of duplicate keys wins, as in
     * go-yaml); undefined when it has other errors.
     */
    value: unknown;
    empty: boolean;
    errors: YamlIssue[];
    /** The parsed document, for positions. Offsets inside are relative to `base`. */
    doc: Document;
    /** The parsed text and its offset in the file. */
    text: string;
    base: number;
}
/** An unrendered template's text as parsed (`template.ts`): its tokens masked. */
export interface MaskedTemplate {
    /** `text.slice(start, end)` with each template token that breaks the YAML masked (same length). */
    readonly source: string;
    /** It holds template statements (`{% if %}`): a key repeated in a mapping is two branches of one. */
    readonly branches: boolean;
}
/** The value of a key set in two branches of a template statement: undetermined until rendered. */
export declare const BRANCHES_VALUE = "{% \u2026 %}";
/**
 * Parses `text.slice(start, end)` (one or more documents). For an unrendered template, the masked
 * text is parsed instead, and each value that holds a masked token reads as written (`{{ port }}`);
 * a key repeated across template branches is not a duplicate, and its value is BRANCHES_VALUE.
 */
export declare function parseWithYaml(text: string, start?: number, end?: number, template?: MaskedTemplate): YamlDoc[];
/** The value of a scalar node as Kubernetes tooling reads it. */
export declare function scalarValue(node: Scalar): unknown;
/** True when the scalar is a plain (unquoted) scalar that resolves to something other than a string. */
export declare function isNonStringScalar(node: unknown): node is Scalar;
