/**
 * Paths in plain parsed YAML values (maps, lists, scalars): one set of helpers for the kustomize
 * tracer, the chart-values producer, Helm's mapper and the source reader.
 */
export function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The value at `path` (own keys only), or undefined. */
export function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (Array.isArray(cur) && typeof seg === 'number')
            cur = cur[seg];
        else if (isMap(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg)))
            cur = cur[String(seg)];
        else
            return undefined;
    }
    return cur;
}
/** Whether the path exists (a key with a null value counts). */
export function hasPath(root, path) {
    return existingPrefix(root, path).length === path.length;
}
/** The longest prefix of `path` that exists in `root`. */
export function existingPrefix(root, path) {
    let cur = root;
    let i = 0;
    for (; i < path.length; i++) {
        const seg = path[i];
        if (Array.isArray(cur) && typeof seg === 'number' && seg >= 0 && seg < cur.length)
            cur = cur[seg];
        else if (isMap(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg)))
            cur = cur[String(seg)];
        else
            break;
    }
    return path.slice(0, i);
}
/** `spec.ports[0].port`, `metadata.annotations["a/b"]`, as a person reads a path. */
export function describePath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
