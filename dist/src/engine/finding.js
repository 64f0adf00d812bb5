/** Small helpers for building findings. */
export function objectRef(o) {
    return { apiVersion: o.apiVersion, kind: o.kind, name: o.name, namespace: o.namespace };
}
/** node:crypto, loaded on the first finding: a clean run (most pre-commit runs) never needs it. */
let crypto;
/** A stable identity for a finding: a hash of its identifying parts, never of line numbers. */
export function fingerprint(parts) {
    crypto ??= process.getBuiltinModule('node:crypto');
    return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
export function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
