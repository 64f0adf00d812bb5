/**
 * Chart versions as GitOps sources write them: exact (`4.12.0`, `v4.12.0`), or constraints
 * (`4.x`, `~4.12`, `^4.12.0`, `>=4.0.0 <5.0.0`, `*`) that Flux, Argo CD and helmfile resolve
 * against the chart repository at install time. srcip-lint has no repository: a constraint is read
 * as the newest modelled version it admits, and says so.
 */
export function parseExact(text) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.-]+)?$/.exec(text.trim());
    return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}
export function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
export function formatVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}`;
}
/** What a version text asks for. */
export function parseRequested(text) {
    const t = (text ?? '').trim();
    if (t === '' || t === '*' || t === 'x' || t === 'latest' || t === '>=0.0.0')
        return { kind: 'any' };
    const exact = parseExact(t);
    if (exact)
        return { kind: 'exact', version: exact };
    // `4.12.x`, `4.12.*`, `~4.12`, `~4.12.3`, `4.12`: that minor.
    let m = /^[~=v]*\s*v?(\d+)\.(\d+)(?:\.(?:[xX*]|\d+))?$/.exec(t);
    if (m)
        return { kind: 'range', upper: { major: Number(m[1]), minor: Number(m[2]), patch: Number.MAX_SAFE_INTEGER } };
    // `4.x`, `4.*`, `4`, `^4.12.0`, `^4`, `>=4.0.0 <5.0.0`, `>=4.1 <5`: that major.
    m = /^(?:\^\s*)?v?(\d+)(?:\.(?:[xX*]|\d+))*$/.exec(t);
    if (m)
        return { kind: 'range', upper: { major: Number(m[1]), minor: Number.MAX_SAFE_INTEGER, patch: Number.MAX_SAFE_INTEGER } };
    m = /^>=?\s*v?(\d+)(?:\.\d+){0,2}\s*,?\s*<\s*v?(\d+)(?:\.0){0,2}$/.exec(t);
    if (m && Number(m[2]) === Number(m[1]) + 1) {
        return { kind: 'range', upper: { major: Number(m[1]), minor: Number.MAX_SAFE_INTEGER, patch: Number.MAX_SAFE_INTEGER } };
    }
    return { kind: 'range', upper: undefined };
}
