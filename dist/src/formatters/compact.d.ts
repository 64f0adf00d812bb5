/**
 * One line per finding: `file:line:col: severity: summary [rule-id]`, as compilers print. The
 * summary is the message's first sentence; the whole text is in the other formats.
 */
import type { Formatter } from './types.js';
export declare const formatCompact: Formatter;
