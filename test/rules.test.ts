/**
 * The generic fixture runner: every file under fixtures/<rule-id>/ is linted with that rule
 * alone (plus `# also:` rules), and its findings must equal its `# expect:` markers exactly.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ALONE_FILE, describe, documentLines, FIXTURES, fixtureFiles, fixtureTrees, lintAlone, lintFixture, lintFixtureTree, readAloneExpectations } from './helpers/fixtures.js';

for (const rule of rules) {
  const id = rule.meta.id;
  suite(id, () => {
    const files = fixtureFiles(path.join(FIXTURES, id));
    const trees = fixtureTrees(path.join(FIXTURES, id));
    it('has fixtures', () => {
      expect(files.length + trees.length).toBeGreaterThan(0);
    });
    for (const tree of trees) {
      it(`${path.basename(tree)}/ (a tree, built with kustomize)`, () => {
        const { findings, expected } = lintFixtureTree(id, tree);
        const key = (e: { file: string; line: number; ruleId: string; messageId?: string }) => `${e.file}:${describe(e)}`;
        const actual = findings.map((f) => {
          const wanted = expected.find((e) => e.file === f.file && e.line === f.line && e.ruleId === f.ruleId);
          return key({ file: f.file, line: f.line, ruleId: f.ruleId, ...(wanted?.messageId ? { messageId: f.messageId } : {}) });
        });
        expect(actual.sort()).toEqual(expected.map(key).sort());
      });
    }
    for (const file of files) {
      it(path.basename(file), () => {
        const { findings, expected } = lintFixture(id, file);
        const actual = findings.map((f) => {
          const wanted = expected.find((e) => e.line === f.line && e.ruleId === f.ruleId);
          return describe({ line: f.line, ruleId: f.ruleId, ...(wanted?.messageId ? { messageId: f.messageId } : {}) });
        });
        expect(actual.sort()).toEqual(expected.map(describe).sort());
        for (const e of expected) {
          if (e.column === undefined) continue;
          const f = findings.find((x) => x.line === e.line && x.ruleId === e.ruleId);
          expect(f && { column: f.column, endColumn: f.endColumn }, `column span at line ${e.line}`).toEqual({
            column: e.column,
            endColumn: e.endColumn,
          });
        }
        // `# expect-alone:` markers: the document linted alone, the rest of the file as context.
        const text = fs.readFileSync(file, 'utf8');
        const lines = text.split('\n');
        for (const e of readAloneExpectations(text)) {
          const found = lintAlone(id, file, e.line).filter((f) => f.file === ALONE_FILE && f.ruleId === e.ruleId);
          const inDoc = found.filter((f) => documentLines(lines, f.line)[0] === documentLines(lines, e.line)[0]);
          expect(inDoc.map(describe), `alone at line ${e.line}`).toContain(describe(e));
        }
      });
    }
  });
}

it('every fixture folder belongs to a rule (or is cli/, helm/, values/ or kustomize/, which test/helm.test.ts, test/values and test/kustomize.test.ts read)', () => {
  const ids = new Set(rules.map((r) => r.meta.id));
  const dirs = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory());
  expect(dirs.filter((d) => d !== 'cli' && d !== 'helm' && d !== 'values' && d !== 'kustomize' && !ids.has(d))).toEqual([]);
});
