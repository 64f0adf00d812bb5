/**
 * Values written as YAML text inside another YAML file: Argo CD `helm.values: |`, a Flux
 * `valuesFrom` ConfigMap's `data.values.yaml: |`. In a literal block scalar every line of the text
 * is a line of the file with the block's indentation in front, so a position in the text maps to
 * an exact position in the file. Anything else (folded or quoted scalars, a text that does not
 * match the file) lands on the key that holds the text.
 */
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
 * How text held in a literal block scalar whose key is on `keyLine` (1-based) maps into the file:
 * the file line of the text's first line and the block's indentation. Undefined when the scalar is
 * not a literal block or its lines are not the text's.
 */
export function blockScalarMapping(lines, keyLine, text) {
    const header = lines[keyLine - 1];
    if (header === undefined || !/:\s*\|[-+]?[1-9]?\s*(#.*)?$/.test(header))
        return undefined;
    const keyIndent = header.length - header.trimStart().length;
    let indent = -1;
    let end = keyLine;
    for (let i = keyLine; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === '') {
            end = i + 1;
            continue;
        }
        const ind = l.length - l.trimStart().length;
        if (indent < 0) {
            if (ind <= keyIndent)
                break;
            indent = ind;
        }
        else if (ind < indent) {
            break;
        }
        end = i + 1;
    }
    if (indent < 0)
        return undefined;
    const body = lines.slice(keyLine, end).map((l) => (l.trim() === '' ? '' : l.slice(indent)));
    const strip = (s) => s.replace(/\n+$/, '');
    return strip(body.join('\n')) === strip(text.replace(/\r\n/g, '\n')) ? { firstLine: keyLine + 1, indent } : undefined;
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
