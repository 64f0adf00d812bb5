import type { Rule } from '../engine/rule.js';
import type { Finding } from '../engine/types.js';
import type { RunStats } from '../lint.js';

export interface Notice {
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly file?: string;
}

export interface FormatContext {
  /** Every known rule (SARIF's rules table lists them all). */
  readonly rules: readonly Rule[];
  readonly stats: RunStats;
  readonly toolVersion: string;
  /** Use terminal colours (stylish only). */
  readonly color: boolean;
  /** Problems of the run that are not findings (unreadable files, skipped files). */
  readonly notices: readonly Notice[];
  /** Base of documentation links. */
  readonly docsBaseUrl: string;
}

/** A formatter is a pure function of the sorted findings. */
export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;

/**
 * The same output in pieces, for writing as it is made (the CLI): joined, the pieces are exactly
 * the formatter's string.
 */
export type ChunkedFormatter = (findings: readonly Finding[], context: FormatContext) => Iterable<string>;
