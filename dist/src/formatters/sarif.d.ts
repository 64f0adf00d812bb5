/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6, ECOSYSTEM.md §1–2): one run, a rules table
 * built from rule meta, full regions, URIs relative to %SRCROOT% (the working directory; never
 * absolute), related and logical locations, identity-based partialFingerprints under our own key,
 * and suppressed findings as results with `suppressions`. Deterministic: no timestamps.
 */
import type { Formatter } from './types.js';
export declare const FINGERPRINT_KEY = "srcipLint/v1";
/** A relative path as a URI reference: each segment percent-encoded (spaces, `:`, `#`, ...). */
export declare function toUri(file: string): string;
export declare const formatSarif: Formatter;
