/**
 * Every example in rules/<id>.md runs through the engine (ESLint's check-rule-examples):
 * blocks under "### Incorrect" must produce at least one finding of the rule, blocks under
 * "### Correct" none. A block may start with fixture headers (`# also: ...`, `# kube-version: ...`).
 * Blocks that start with `# file: <path>` are files of one directory tree (a kustomization and what
 * it includes): the blocks of one heading are written to a temporary directory, linted as a
 * directory with the real kustomize.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { configFor, readHeader, ROOT } from './helpers/fixtures.js';

interface Example {
  kind: 'Incorrect' | 'Correct';
  code: string;
  /** The files of a tree example, by path. */
  tree?: Map<string, string>;
}

const FILE_HEADER = /^# file: (\S+)\n/;

function examples(doc: string): Example[] {
  const out: Example[] = [];
  const section = doc.slice(doc.indexOf('## Examples'), doc.indexOf('## How to fix'));
  for (const part of section.split(/^### /m).slice(1)) {
    const kind = part.startsWith('Incorrect') ? 'Incorrect' : part.startsWith('Correct') ? 'Correct' : undefined;
    if (!kind) continue;
    const tree = new Map<string, string>();
    for (const m of part.matchAll(/```(?:yaml|ini)\n([\s\S]*?)```/g)) {
      const code = m[1] as string;
      const file = FILE_HEADER.exec(code);
      if (file) tree.set(file[1] as string, code.slice(file[0].length));
      else if (m[0].startsWith('```yaml')) out.push({ kind, code });
    }
    if (tree.size > 0) out.push({ kind, code: [...tree.values()].join('\n'), tree });
  }
  return out;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-docs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function lintTree(id: string, n: number, tree: Map<string, string>, code: string) {
  const dir = path.join(tmp, `${id}-${n}`);
  for (const [file, text] of tree) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return lint({ cwd: dir, files: ['.'], config: configFor(id, readHeader(code)) });
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
      it(`${block.kind} example ${i + 1}${block.tree ? ' (a directory tree)' : ''}`, () => {
        const result = block.tree
          ? lintTree(id, i, block.tree, block.code)
          : lint({ cwd: ROOT, texts: [{ path: `${id}.md`, text: block.code }], config: configFor(id, readHeader(block.code)) });
        const own = result.findings.filter((f) => f.ruleId === id && !f.suppressed);
        if (block.kind === 'Incorrect') expect(own.length, 'an incorrect example must fire').toBeGreaterThan(0);
        else expect(own.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    });
  });
}
