/** One line per finding: `file:line:col: severity: message [rule-id]`, as compilers print. */
import type { Formatter } from './types.js';
export declare const formatCompact: Formatter;
