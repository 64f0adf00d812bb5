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
const PARTIAL = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+][0-9A-Za-z.-]+)?$/;
/** `4`, `4.12`, `4.12.x`, `4.12.3` → the numbers given (undefined parts are wildcards). */
function partial(text) {
    const m = PARTIAL.exec(text);
    if (!m)
        return undefined;
    const num = (s) => (s === undefined || /[xX*]/.test(s) ? undefined : Number(s));
    const minor = num(m[2]);
    return [Number(m[1]), minor, minor === undefined ? undefined : num(m[3])];
}
/** What a version text asks for (Helm/Masterminds semver constraints, as Flux, Argo CD and helmfile write them). */
export function parseRequested(text) {
    // `>= 4.0.0 < 5.0.0`: an operator may stand apart from its version.
    const t = (text ?? '').trim().replace(/(\^|~>?|>=|<=|>|<|=)\s+/g, '$1');
    if (t === '' || t === '*' || t === 'x' || t === 'X' || t === 'latest' || t.includes('||'))
        return { kind: 'any' };
    const exact = parseExact(t);
    if (exact)
        return { kind: 'exact', version: exact };
    let min;
    let max;
    const lower = (v) => {
        if (!min || compareVersions(v, min) > 0)
            min = v;
    };
    const upper = (v) => {
        if (!max || compareVersions(v, max) < 0)
            max = v;
    };
    for (const part of t.split(/[\s,]+/).filter(Boolean)) {
        const m = /^(\^|~>?|>=|<=|>|<|=)?\s*(.*)$/.exec(part);
        const op = m[1] ?? '';
        const p = partial(m[2]);
        if (!p)
            return { kind: 'any' };
        const [major, minor, patch] = p;
        const base = { major, minor: minor ?? 0, patch: patch ?? 0 };
        const next = minor === undefined ? { major: major + 1, minor: 0, patch: 0 } : patch === undefined ? { major, minor: minor + 1, patch: 0 } : { major, minor, patch: patch + 1 };
        if (op === '^') {
            lower(base);
            upper({ major: major + 1, minor: 0, patch: 0 });
        }
        else if (op.startsWith('~')) {
            lower(base);
            upper(minor === undefined ? { major: major + 1, minor: 0, patch: 0 } : { major, minor: minor + 1, patch: 0 });
        }
        else if (op === '>=')
            lower(base);
        else if (op === '>')
            lower(next);
        else if (op === '<')
            upper(base);
        else if (op === '<=')
            upper(next);
        else {
            lower(base);
            upper(next);
        }
    }
    return { kind: 'range', min, max };
}
