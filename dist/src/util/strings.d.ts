/** Edit distance, did-you-mean suggestions, and the range of a line. */
import type { Range } from '../engine/types.js';
/**
 * kustomize's target name or namespace pattern (an anchored Go regular expression), compiled only
 * when it is names, alternatives and at most three `*`-wildcards: a pattern from a manifest must not
 * be able to make JavaScript's backtracking engine run for ever (Go's engine does not backtrack).
 * Undefined for anything else, or an invalid pattern.
 */
export declare function anchoredPattern(text: string): RegExp | undefined;
/** A line of a text (1-based), from its first to its last non-blank character; undefined for a blank or missing line. */
export declare function lineRange(text: string, line: number): Range | undefined;
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
