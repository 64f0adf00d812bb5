/**
 * Plain-scalar resolution as Kubernetes tooling does it.
 *
 * kubectl, Helm and the API server's YAML path convert YAML to JSON through sigs.k8s.io/yaml,
 * which decodes with its fork of go-yaml v2 (`goyaml.v2/resolve.go`). That resolver follows
 * YAML 1.1 for booleans (`y`, `yes`, `on`, `off`, ... are booleans), accepts Go's base-prefixed
 * integers (`0x1F`, `0o17`, `0b101`, and `0755` as octal), drops `_` inside numbers, and turns
 * `YYYY-...` timestamps into time values (which marshal back to strings). Base-60 numbers
 * (`12:30`) stay strings, unlike YAML 1.1 proper. Only *plain* (unquoted) scalars are resolved:
 * quoted and block scalars are always strings.
 */
export type PlainValue = string | number | boolean | null;
/**
 * Resolves the text of a plain scalar to the value Kubernetes tooling sees.
 * Timestamps (`2024-01-02`) need no case of their own: go-yaml turns them into time values that
 * marshal back to (normalised) strings, and no text starting with `YYYY-` is a number.
 */
export declare function resolvePlain(text: string): PlainValue;
/** True when a plain scalar with this text would not be a string for Kubernetes tooling. */
export declare function plainIsNonString(text: string): boolean;
