/** Edit distance and did-you-mean suggestions. */
export declare function levenshtein(a: string, b: string): number;
/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of
 * the word's length in edits (and at most 4).
 */
export declare function closest(word: string, candidates: Iterable<string>): string | undefined;
