import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { LintResult } from '../lint.js';
import type { Formatter, Notice } from './types.js';

export type { FormatContext, Formatter, Notice } from './types.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  compact: formatCompact,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export const FORMAT_NAMES = Object.keys(formatters);

/** The problems of a run that are not findings, as formatters and the CLI report them. */
export function resultNotices(result: Pick<LintResult, 'fileProblems' | 'internalErrors'>): Notice[] {
  return [
    ...result.fileProblems.map((p) => ({ level: p.reason === 'unreadable' ? ('error' as const) : ('warning' as const), message: p.message, file: p.path })),
    ...result.internalErrors.map((m) => ({ level: 'error' as const, message: `internal error: ${m}` })),
  ];
}
