/**
 * Paths in built objects and in the documents that wrote them. A list item of the built object is
 * found in a source list by its strategic-merge key (containers by `name`, Service ports by
 * `port`, ...), else by equal value, else (for mappings in a list of the same length) by position:
 * the way kustomize merged them.
 */
import { isMap } from '../util/paths.js';
/** Merge keys of the lists manifests hold (Kubernetes `patchMergeKey` tags), tried in order. */
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'uid'];
/**
 * The path in `source` that holds what `path` holds in `built`, or undefined when `source` does
 * not have it. Both start at the object root.
 */
export function mapPath(built, path, source) {
    let b = built;
    let s = source;
    const out = [];
    for (const seg of path) {
        if (Array.isArray(b) && typeof seg === 'number') {
            if (!Array.isArray(s))
                return undefined;
            const j = matchItem(b, seg, s);
            if (j < 0)
                return undefined;
            out.push(j);
            b = b[seg];
            s = s[j];
        }
        else if (isMap(b)) {
            if (!isMap(s) || !Object.prototype.hasOwnProperty.call(s, String(seg)))
                return undefined;
            out.push(seg);
            b = b[String(seg)];
            s = s[String(seg)];
        }
        else {
            return undefined;
        }
    }
    return out;
}
function matchItem(built, i, source) {
    const item = built[i];
    if (isMap(item)) {
        const key = MERGE_KEYS.find((k) => isScalar(item[k]));
        if (key)
            return source.findIndex((x) => isMap(x) && x[key] === item[key]);
    }
    if (i < source.length && deepEqual(source[i], item))
        return i;
    const j = source.findIndex((x) => deepEqual(x, item));
    if (j >= 0)
        return j;
    return isMap(item) && source.length === built.length && isMap(source[i]) ? i : -1;
}
export function isScalar(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
export function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isMap(a)) {
        if (!isMap(b))
            return false;
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
    }
    return false;
}
/** A JSON pointer (`/spec/ports/0/port`) as path segments (strings; `-` for "append"). */
export function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        return undefined;
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * Whether pointer segments `q` are a prefix of (or equal to) `path` in `built`: numbers compare
 * as text, and `-` (append) stands for the last item of its list.
 */
export function pointerCovers(q, path, built) {
    if (q.length > path.length)
        return false;
    let cur = built;
    for (let i = 0; i < q.length; i++) {
        const seg = path[i];
        const want = q[i];
        if (want === '-' && Array.isArray(cur)) {
            if (seg !== cur.length - 1)
                return false;
        }
        else if (want !== String(seg)) {
            return false;
        }
        cur = Array.isArray(cur) && typeof seg === 'number' ? cur[seg] : isMap(cur) ? cur[String(seg)] : undefined;
    }
    return true;
}
