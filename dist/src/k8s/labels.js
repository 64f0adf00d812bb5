/** Label selectors as the API defines them (matchLabels + matchExpressions, or a Service's map). */
/** Labels of a `metadata`-like object; non-string values are ignored (they fail validation). */
export function labelsOf(metadata) {
    const labels = asRecord(asRecord(metadata)?.['labels']);
    if (!labels)
        return {};
    const out = {};
    for (const [k, v] of Object.entries(labels))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}
/** A Service's equality selector: every pair must be present. An empty selector selects nothing. */
export function matchesMap(selector, labels) {
    const keys = Object.keys(selector);
    if (keys.length === 0)
        return false;
    return keys.every((k) => labels[k] === selector[k]);
}
/**
 * A `metav1.LabelSelector`. Per the API, a null selector matches nothing and an empty one
 * (`{}`) matches everything. Unknown operators match nothing.
 */
export function matchesLabelSelector(selector, labels) {
    const sel = asRecord(selector);
    if (!sel)
        return false;
    const matchLabels = asRecord(sel['matchLabels']) ?? {};
    for (const [k, v] of Object.entries(matchLabels))
        if (labels[k] !== String(v))
            return false;
    const exprs = Array.isArray(sel['matchExpressions']) ? sel['matchExpressions'] : [];
    for (const e of exprs) {
        if (!e || typeof e.key !== 'string')
            return false;
        const values = Array.isArray(e.values) ? e.values.map(String) : [];
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        const value = labels[e.key];
        switch (e.operator) {
            case 'In':
                if (!has || !values.includes(value))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(value))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
export function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
export function asArray(v) {
    return Array.isArray(v) ? v : [];
}
/** `obj[a][b]...` for plain objects and arrays; undefined when any step is missing. */
export function dig(obj, ...path) {
    let cur = obj;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** A scalar as text: strings as they are, other values as JSON (`true`, `8080`, `null`). */
export function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        return '';
    return JSON.stringify(v) ?? '';
}
/** A label selector string (`a=b,c!=d,e in (f,g),!h`) against labels. */
export function matchesSelector(selector, labels) {
    const parts = selector.match(/[^,(]+(\([^)]*\))?/g) ?? [];
    return parts.every((raw) => {
        const part = raw.trim();
        if (part === '')
            return true;
        let m = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
        if (m) {
            const values = m[3].split(',').map((v) => v.trim());
            const v = labels[m[1]];
            const has = isPlainScalar(v) && values.includes(String(v));
            return m[2] === 'in' ? has : !has;
        }
        m = /^([^\s!=]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
        if (m) {
            const v = labels[m[1]];
            const eq = isPlainScalar(v) && String(v) === m[3].trim();
            return m[2] === '!=' ? !eq : eq;
        }
        if (part.startsWith('!'))
            return !Object.prototype.hasOwnProperty.call(labels, part.slice(1).trim());
        return Object.prototype.hasOwnProperty.call(labels, part);
    });
}
function isPlainScalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
