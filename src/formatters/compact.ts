/** One line per finding: `file:line:col: severity: message [rule-id]`, as compilers print. */

import type { Formatter } from './types.js';

export const formatCompact: Formatter = (findings) =>
  findings
    .filter((f) => !f.suppressed)
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`)
    .join('');
