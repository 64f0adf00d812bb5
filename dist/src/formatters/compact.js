/** One line per finding: `file:line:col: severity: message [rule-id]`, as compilers print. */
export const formatCompact = (findings) => findings
    .filter((f) => !f.suppressed)
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`)
    .join('');
