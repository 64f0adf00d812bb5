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
/** Go's `%v` of a values leaf. */
export function goText(v, typing) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return typing === 'set' && Number.isInteger(v) ? String(v) : goFloat(v);
    if (v === null || v === undefined)
        return '<nil>';
    if (Array.isArray(v))
        return `[${v.map((x) => goText(x, typing)).join(' ')}]`;
    if (typeof v === 'object') {
        const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `map[${entries.map(([k, x]) => `${k}:${goText(x, typing)}`).join(' ')}]`;
    }
    return typeof v === 'bigint' ? v.toString() : '';
}
/** `strconv.FormatFloat(f, 'g', -1, 64)`, as `%v` prints a float64. */
export function goFloat(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (f === Number.POSITIVE_INFINITY)
        return '+Inf';
    if (f === Number.NEGATIVE_INFINITY)
        return '-Inf';
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    // Shortest round-trip digits, as JavaScript and Go both compute them.
    const [mantissa, expText] = f.toExponential().split('e');
    const exp = Number(expText);
    if (exp < -4 || exp >= 6) {
        const sign = exp < 0 ? '-' : '+';
        const digits = String(Math.abs(exp)).padStart(2, '0');
        return `${mantissa}e${sign}${digits}`;
    }
    const neg = mantissa.startsWith('-');
    const digits = mantissa.replace('-', '').replace('.', '');
    let out;
    if (exp >= 0) {
        const intLen = exp + 1;
        out = digits.length <= intLen ? digits + '0'.repeat(intLen - digits.length) : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
    }
    else {
        out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    }
    return neg ? `-${out}` : out;
}
/** Helm's `typedVal`: the value `--set name=<text>` gives. */
export function typedVal(text) {
    const lower = text.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (text === '0')
        return 0;
    if (text !== '' && text[0] !== '0' && /^[-+]?[0-9]+$/.test(text)) {
        const n = Number(text);
        if (Number.isSafeInteger(n))
            return n;
    }
    return text;
}
/**
 * A `--set` name as a path: `a.b[0].c` → `['a', 'b', 0, 'c']`; `\.` escapes a dot
 * (`controller.service.annotations.service\.beta\.kubernetes\.io/x`). Undefined when malformed.
 */
export function parseSetName(name) {
    const out = [];
    let cur = '';
    let i = 0;
    const push = () => {
        if (cur === '')
            return false;
        out.push(cur);
        cur = '';
        return true;
    };
    while (i < name.length) {
        const c = name[i];
        if (c === '\\' && i + 1 < name.length) {
            cur += name[i + 1];
            i += 2;
            continue;
        }
        if (c === '.') {
            if (!push() && out.length === 0)
                return undefined;
            i++;
            continue;
        }
        if (c === '[') {
            const close = name.indexOf(']', i);
            if (close < 0)
                return undefined;
            const index = name.slice(i + 1, close);
            if (!/^\d+$/.test(index))
                return undefined;
            push();
            if (out.length === 0)
                return undefined;
            out.push(Number(index));
            i = close + 1;
            continue;
        }
        cur += c;
        i++;
    }
    push();
    return out.length > 0 ? out : undefined;
}
/**
 * The value of one `--set name=value` (after the name): `{a,b}` is a list; `\,` an escaped comma.
 * With `forceString` (`--set-string`) the text stays a string.
 */
export function setValue(text, forceString) {
    if (!forceString && text.startsWith('{') && text.endsWith('}')) {
        const inner = text.slice(1, -1);
        if (inner === '')
            return [];
        return splitUnescaped(inner, ',').map((s) => typedVal(s));
    }
    const unescaped = text.replace(/\\,/g, ',');
    return forceString ? unescaped : typedVal(unescaped);
}
function splitUnescaped(text, sep) {
    const out = [];
    let cur = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && text[i + 1] === sep) {
            cur += sep;
            i++;
        }
        else if (c === sep) {
            out.push(cur);
            cur = '';
        }
        else {
            cur += c;
        }
    }
    out.push(cur);
    return out;
}
