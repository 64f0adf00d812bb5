/** The rule interface: plain metadata plus a pure `check` that yields path-based reports. */
/** Infers the message-id union from `meta.messages`, so a typo in a report fails to compile. */
export function defineRule(rule) {
    return rule;
}
/**
 * The first sentence of a message template: what one-line formats show (compact, GitHub's
 * annotation title, stylish's first line). Found on the template, before placeholders are filled,
 * so a value holding ". " cannot cut it short. A sentence ends at `.`, `!` or `?` followed by
 * white space and a capital, a quote, a bracket or a placeholder, outside the abbreviations
 * "e.g.", "i.e.", "etc.", "vs." and "cf.". Undefined when the template is one sentence.
 */
export function summaryTemplate(template) {
    let cached = SUMMARIES.get(template);
    if (cached === undefined) {
        cached = '';
        const end = /[.!?](?=\s+[A-Z`"'([{])/g;
        for (let m = end.exec(template); m; m = end.exec(template)) {
            if (/(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/.test(template.slice(Math.max(0, m.index - 5), m.index)))
                continue;
            cached = template.slice(0, m.index + 1);
            break;
        }
        SUMMARIES.set(template, cached);
    }
    return cached === '' ? undefined : cached;
}
const SUMMARIES = new Map();
/** A filled message and its first sentence (the whole message when it is one sentence). */
export function formatMessageParts(template, data) {
    const message = formatMessage(template, data);
    const head = summaryTemplate(template);
    return { message, summary: head === undefined ? message : formatMessage(head, data) };
}
/** Fills `{{name}}` placeholders; unknown placeholders stay as written. */
export function formatMessage(template, data) {
    if (!data)
        return template;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => (key in data ? String(data[key]) : m));
}
