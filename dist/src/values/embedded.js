/**
 * Values written as YAML text inside another YAML file: Argo CD `helm.values: |`, a Flux
 * `valuesFrom` ConfigMap's `data.values.yaml: |`. In a literal block scalar every line of the text
 * is a line of the file with the block's indentation in front, so a position in the text maps to
 * an exact position in the file. Anything else (folded or quoted scalars, a text that does not
 * match the file) lands on the key that holds the text.
 */
import { blockScalarMapping } from '../source/block-scalar.js';
import { objectSpan, readValuesText, textLayer } from './layers.js';
const lineCache = new WeakMap();
function linesOf(files, path) {
    let cache = lineCache.get(files);
    if (!cache)
        lineCache.set(files, (cache = new Map()));
    let lines = cache.get(path);
    if (!lines) {
        const text = files.get(path);
        if (text === undefined)
            return undefined;
        lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
        cache.set(path, lines);
    }
    return lines;
}
/**
 * A values layer over YAML text held at `path` of `object`. Positions are exact inside a literal
 * block scalar (also when the object was built by another producer and the text's origin is a
 * file of the run) and in a file whose whole text the value is (a kustomize generator's `files:`
 * entry); otherwise every key lands on the scalar's key.
 */
export function embeddedLayer(object, path, text, label, files) {
    const key = objectSpan(object, path);
    const values = readValuesText(text);
    // The whole text of a file (a kustomize generator's files: entry): its own lines and columns.
    if (key.content?.text === text)
        return { ...textLayer(values, key.content.file, label, [], (r) => r, { ...key, message: '' }), error: values.error };
    const lines = linesOf(files, key.file.path);
    const mapping = lines ? blockScalarMapping(lines, key.range.line, text) : undefined;
    const map = mapping
        ? (r) => ({
            line: r.line + mapping.firstLine - 1,
            column: r.column + mapping.indent,
            endLine: r.endLine + mapping.firstLine - 1,
            endColumn: r.endColumn + mapping.indent,
        })
        : undefined;
    const fallback = { ...key, message: '' };
    return { ...textLayer(values, key.file, label, [], map, fallback), error: values.error };
}
