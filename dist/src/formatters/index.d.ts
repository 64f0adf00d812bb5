import type { LintResult } from '../lint.js';
import type { Formatter, Notice } from './types.js';
export type { FormatContext, Formatter, Notice } from './types.js';
export declare const formatters: Readonly<Record<string, Formatter>>;
export declare const FORMAT_NAMES: string[];
/** The problems of a run that are not findings, as formatters and the CLI report them. */
export declare function resultNotices(result: Pick<LintResult, 'fileProblems' | 'internalErrors'>): Notice[];
