/** Edit distance and did-you-mean suggestions. */
export declare function levenshtein(a: string, b: string): number;
/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of
 * the word's length in edits (and at most 4).
 */
export declare function closest(word: string, candidates: Iterable<string>): string | undefined;
/**
 * Whether `text` matches a shell wildcard `pattern` in which `*` stands for any run of characters
 * and `?` for one character, neither of them `/`. Iterative, with one backtracking point (the
 * last `*`): O(pattern × text) at worst, never exponential, whatever both hold.
 */
export declare function wildcardMatch(pattern: string, text: string): boolean;
