/** Text layout shared by the terminal formats. */
/** The first sentence of a finding's message, which stands alone; the message when it has none. */
export function summaryOf(f) {
    return f.summary ?? f.message;
}
/** What a finding's message says after its first sentence ('' when nothing). */
export function detailOf(f) {
    const head = summaryOf(f);
    return f.message.startsWith(head) ? f.message.slice(head.length).trim() : '';
}
/**
 * Words laid out in lines of at most `width` characters, the first line `firstWidth` (a longer
 * word stands alone on its line). Runs of white space collapse; the text's own line breaks are kept.
 */
export function wrap(text, width, firstWidth = width) {
    const lines = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/\s+/)) {
            if (word === '')
                continue;
            if (line !== '' && line.length + 1 + word.length > (lines.length === 0 ? firstWidth : width)) {
                lines.push(line);
                line = word;
            }
            else {
                line = line === '' ? word : `${line} ${word}`;
            }
        }
        lines.push(line);
    }
    return lines;
}
