/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6, ECOSYSTEM.md §1–2): one run, a rules table
 * built from rule meta, full regions, URIs relative to %SRCROOT% (the working directory; never
 * absolute), related and logical locations, identity-based partialFingerprints under our own key,
 * and suppressed findings as results with `suppressions`. Deterministic: no timestamps.
 */
import type { Finding } from '../engine/types.js';
import type { FormatContext, Formatter, Notice } from './types.js';
export declare const FINGERPRINT_KEY = "srcipLint/v1";
/**
 * GitHub code scanning's limits (ECOSYSTEM.md §1): a run with more than 25,000 results is
 * rejected whole, and only the 5,000 most severe are kept. Related locations have no documented
 * limit; srcip-lint lists at most 100 per result so one finding cannot bloat the file.
 */
export declare const GITHUB_MAX_RESULTS = 25000;
export declare const GITHUB_KEPT_RESULTS = 5000;
export declare const MAX_RELATED_LOCATIONS = 100;
/** The results a SARIF file keeps: all of them, or the most severe that fit GitHub's limit (in their original order). */
export declare function sarifResults(findings: readonly Finding[], max?: number): readonly Finding[];
/** What the SARIF output says about GitHub's limits: results dropped to stay under them, or truncated by GitHub. */
export declare function sarifLimitNotices(findings: readonly Finding[], max?: number): Notice[];
/** A relative path as a URI reference: each segment percent-encoded (spaces, `:`, `#`, ...). */
export declare function toUri(file: string): string;
/**
 * The SARIF log in pieces: the same bytes as `JSON.stringify(log, null, 2) + '\n'`, without ever
 * holding the whole log (as text or as objects): the envelope is serialized once around an empty
 * `results`, then each result on its own and re-indented to its depth. JSON strings hold no raw
 * newline, so indenting after every `\n` is exact.
 */
export declare function formatSarifChunks(findings: readonly Finding[], ctx: FormatContext): Generator<string>;
export declare const formatSarif: Formatter;
