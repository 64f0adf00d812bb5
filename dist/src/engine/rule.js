/** The rule interface: plain metadata plus a pure `check` that yields path-based reports. */
/** Infers the message-id union from `meta.messages`, so a typo in a report fails to compile. */
export function defineRule(rule) {
    return rule;
}
/** Fills `{{name}}` placeholders; unknown placeholders stay as written. */
export function formatMessage(template, data) {
    if (!data)
        return template;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => (key in data ? String(data[key]) : m));
}
