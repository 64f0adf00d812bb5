/**
 * The default terminal output: findings grouped by file, `line:col severity message rule-id`,
 * related locations under each finding, and a summary of what was read.
 */
import type { Formatter } from './types.js';
export declare const formatStylish: Formatter;
