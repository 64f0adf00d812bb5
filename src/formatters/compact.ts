/**
 * One line per finding: `file:line:col: severity: summary [rule-id]`, as compilers print. The
 * summary is the message's first sentence; the whole text is in the other formats.
 */

import { summaryOf } from './text.js';
import type { Formatter } from './types.js';

export const formatCompact: Formatter = (findings) =>
  findings
    .filter((f) => !f.suppressed)
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${summaryOf(f)} [${f.ruleId}]\n`)
    .join('');
