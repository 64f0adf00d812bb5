/**
 * Suppression comments:
 *   # srcip-lint-disable-next-line rule-a, rule-b -- reason
 *   # srcip-lint-disable rule-a -- reason      (until `# srcip-lint-enable` or the end of the file)
 *   # srcip-lint-enable [rule-a]
 * A directive without rule ids applies to every rule. Only whole-line comments count.
 */

import type { Directive, DirectiveKind } from '../engine/types.js';

const DIRECTIVE = /^([ \t]*)#[ \t]*srcip-lint-(disable-next-line|disable|enable)(?=[\s,]|$)([^\r\n]*)/gm;

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  let line = 1;
  let counted = 0;
  // The next content line after the previous directive: every line between that directive and it
  // is blank or a comment, so a directive in between has the same target (no rescanning).
  let lastTarget = 0;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const hash = m.index + (m[1] as string).length;
    const restStart = m.index + m[0].length - (m[3] as string).length;
    const rest = m[3] as string;
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const list = sep >= 0 ? rest.slice(0, sep) : rest;
    const justification = sep >= 0 ? rest.slice(sep).replace(/^\s*--\s*/, '').trim() || undefined : undefined;
    const rules: string[] = [];
    const ruleOffsets: number[] = [];
    const idRe = /[^\s,]+/g;
    for (let r = idRe.exec(list); r !== null; r = idRe.exec(list)) {
      rules.push(r[0]);
      ruleOffsets.push(restStart + r.index);
    }
    out.push({
      kind: m[2] as DirectiveKind,
      rules,
      justification,
      line,
      targetLine: line < lastTarget ? lastTarget : (lastTarget = nextContentLine(text, m.index + m[0].length, line)),
      start: hash,
      end: m.index + m[0].trimEnd().length,
      ruleOffsets,
    });
  }
  return out;
}

/** The 1-based line of the first line after `from` (on line `line`) that is not blank or a comment. */
function nextContentLine(text: string, from: number, line: number): number {
  let i = text.indexOf('\n', from);
  let n = line;
  while (i >= 0) {
    n++;
    const start = i + 1;
    const nl = text.indexOf('\n', start);
    const content = text.slice(start, nl < 0 ? text.length : nl).trim();
    if (content !== '' && !content.startsWith('#')) return n;
    i = nl;
  }
  return line + 1;
}
