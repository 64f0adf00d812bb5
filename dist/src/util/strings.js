/** Edit distance, did-you-mean suggestions, and the range of a line. */
/**
 * kustomize's target name or namespace pattern (an anchored Go regular expression), compiled only
 * when it is names, alternatives and at most three `*`-wildcards: a pattern from a manifest must not
 * be able to make JavaScript's backtracking engine run for ever (Go's engine does not backtrack).
 * Undefined for anything else, or an invalid pattern.
 */
export function anchoredPattern(text) {
    if (!/^[\w.\-*|]*$/.test(text) || text.split('*').length > 4)
        return undefined;
    try {
        return new RegExp(`^(?:${text})$`);
    }
    catch {
        return undefined;
    }
}
/** A line of a text (1-based), from its first to its last non-blank character; undefined for a blank or missing line. */
export function lineRange(text, line) {
    const raw = text.split('\n')[line - 1]?.replace(/\r$/, '');
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const start = raw.length - raw.trimStart().length;
    return { line, column: start + 1, endLine: line, endColumn: raw.trimEnd().length + 1 };
}
export function levenshtein(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}
/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of
 * the word's length in edits (and at most 4).
 */
export function closest(word, candidates) {
    const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const c of candidates) {
        // The distance is at least the difference in length: skip the quadratic work for candidates
        // that cannot be close (words come from manifests and may be long).
        if (Math.abs(c.length - lower.length) > limit)
            continue;
        const d = levenshtein(lower, c.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/**
 * Whether `text` matches a shell wildcard `pattern` in which `*` stands for any run of characters
 * and `?` for one character, neither of them `/`. Iterative, with one backtracking point (the
 * last `*`): O(pattern × text) at worst, never exponential, whatever both hold.
 */
export function wildcardMatch(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        const c = text.charCodeAt(t);
        const pc = pattern.charCodeAt(p);
        if (p < pattern.length && pc !== 42 /* * */ && (pc === 63 /* ? */ ? c !== 47 /* / */ : pc === c)) {
            p++;
            t++;
        }
        else if (p < pattern.length && pc === 42) {
            star = p++;
            mark = t;
        }
        else if (star >= 0 && text.charCodeAt(mark) !== 47) {
            p = star + 1;
            t = ++mark;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern.charCodeAt(p) === 42)
        p++;
    return p === pattern.length;
}
