/** Where the lines of a literal block scalar's text lie in its file. */
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
