import type { LintResult } from '../lint.js';
import type { ChunkedFormatter, Formatter, Notice } from './types.js';
export type { ChunkedFormatter, FormatContext, Formatter, Notice } from './types.js';
export declare const formatters: Readonly<Record<string, Formatter>>;
/**
 * Each format as pieces to write one after another: SARIF and JSON never build their whole
 * report (a SARIF log of 20,000 results is ~20 MB of text and several times that as objects);
 * the terminal formats are one piece.
 */
export declare const chunkedFormatters: Readonly<Record<string, ChunkedFormatter>>;
export declare const FORMAT_NAMES: string[];
/** The problems of a run that are not findings, as formatters and the CLI report them. */
export declare function resultNotices(result: Pick<LintResult, 'fileProblems' | 'internalErrors'> & Partial<Pick<LintResult, 'contextUnmatched' | 'notices'>>): Notice[];
