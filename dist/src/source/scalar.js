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
const BOOL_NULL = new Map([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true]),
    ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false]),
    ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, null]),
]);
const SPECIAL_FLOATS = new Map([
    ...['.nan', '.NaN', '.NAN'].map((s) => [s, Number.NaN]),
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY]),
    ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY]),
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
const GO_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
/**
 * Resolves the text of a plain scalar to the value Kubernetes tooling sees.
 * Timestamps (`2024-01-02`) need no case of their own: go-yaml turns them into time values that
 * marshal back to (normalised) strings, and no text starting with `YYYY-` is a number.
 */
export function resolvePlain(text) {
    // The booleans and nulls are at most five characters long: skip the lookup for the rest.
    if (text.length <= 5) {
        const fixed = BOOL_NULL.get(text);
        if (fixed !== undefined)
            return fixed;
    }
    const c = text.charCodeAt(0);
    const isDigit = c >= 48 && c <= 57;
    if (c === 46 /* . */) {
        const special = SPECIAL_FLOATS.get(text);
        if (special !== undefined)
            return special;
        return GO_DOT_FLOAT.test(text) ? Number(text) : text;
    }
    if (!isDigit && c !== 43 /* + */ && c !== 45 /* - */)
        return text;
    const special = SPECIAL_FLOATS.get(text);
    if (special !== undefined)
        return special;
    const plain = text.includes('_') ? text.replaceAll('_', '') : text;
    if (GO_INT.test(plain))
        return parseGoInt(plain);
    if (YAML_STYLE_FLOAT.test(plain))
        return Number(plain);
    return text;
}
/** True when a plain scalar with this text would not be a string for Kubernetes tooling. */
export function plainIsNonString(text) {
    return typeof resolvePlain(text) !== 'string';
}
function parseGoInt(s) {
    let sign = 1;
    let body = s;
    if (body.startsWith('-')) {
        sign = -1;
        body = body.slice(1);
    }
    else if (body.startsWith('+')) {
        body = body.slice(1);
    }
    const p = body.slice(0, 2).toLowerCase();
    let n;
    if (p === '0x')
        n = parseInt(body.slice(2), 16);
    else if (p === '0o')
        n = parseInt(body.slice(2), 8);
    else if (p === '0b')
        n = parseInt(body.slice(2), 2);
    else if (body.length > 1 && body.startsWith('0'))
        n = parseInt(body.slice(1), 8);
    else
        n = Number(body);
    return sign * n;
}
