/**
 * The default terminal output: findings grouped by file, `line:col severity summary rule-id`, the
 * rest of the message and the related locations under each finding, laid out to stay readable in
 * 100 columns, and a summary of what was read.
 */
import type { Formatter } from './types.js';
export declare const formatStylish: Formatter;
