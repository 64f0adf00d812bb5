/**
 * Every example in rules/<id>.md runs through the engine (ESLint's check-rule-examples):
 * blocks under "### Incorrect" must produce at least one finding of the rule, blocks under
 * "### Correct" none. A block may start with fixture headers (`# also: ...`, `# kube-version: ...`).
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { configFor, readHeader, ROOT } from './helpers/fixtures.js';

function examples(doc: string): { kind: 'Incorrect' | 'Correct'; code: string }[] {
  const out: { kind: 'Incorrect' | 'Correct'; code: string }[] = [];
  const section = doc.slice(doc.indexOf('## Examples'), doc.indexOf('## How to fix'));
  for (const part of section.split(/^### /m).slice(1)) {
    const kind = part.startsWith('Incorrect') ? 'Incorrect' : part.startsWith('Correct') ? 'Correct' : undefined;
    if (!kind) continue;
    for (const m of part.matchAll(/```yaml\n([\s\S]*?)```/g)) out.push({ kind, code: m[1] as string });
  }
  return out;
}

for (const rule of rules) {
  const id = rule.meta.id;
  describe(id, () => {
    const doc = fs.readFileSync(path.join(ROOT, 'rules', `${id}.md`), 'utf8');
    const blocks = examples(doc);
    it('has incorrect and correct examples', () => {
      expect(blocks.some((b) => b.kind === 'Incorrect')).toBe(true);
      expect(blocks.some((b) => b.kind === 'Correct')).toBe(true);
    });
    blocks.forEach((block, i) => {
      it(`${block.kind} example ${i + 1}`, () => {
        const result = lint({ cwd: ROOT, texts: [{ path: `${id}.md`, text: block.code }], config: configFor(id, readHeader(block.code)) });
        const own = result.findings.filter((f) => f.ruleId === id && !f.suppressed);
        if (block.kind === 'Incorrect') expect(own.length, 'an incorrect example must fire').toBeGreaterThan(0);
        else expect(own.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    });
  });
}
