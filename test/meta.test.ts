/**
 * Parity between rule code, docs, fixtures, registry and generated files (STYLE.md habits 1 and 6).
 * Regenerate with `npm run generate` when a test here says a generated file drifted.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { configSchemaFor, DOC_SECTIONS, readmeRuleTable, ruleDocHeader, withDocHeader } from '../src/docs/catalog.js';
import { FIXTURES, fixtureFiles, fixtureTrees, readAloneExpectations, readExpectations, ROOT, treeFiles } from './helpers/fixtures.js';

const ruleFiles = fs
  .readdirSync(path.join(ROOT, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('registry', () => {
  it('lists every rule file exactly once, with id = file name', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });
});

for (const rule of rules) {
  const { id } = rule.meta;
  describe(id, () => {
    it('has kebab-case id and sentences that end with a period', () => {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(rule.meta.description).toMatch(/\.$/);
      expect(rule.meta.remediation).toMatch(/\.$/);
      expect(rule.meta.rationale).toMatch(/\.$/);
      expect(rule.meta.rationale.length).toBeLessThanOrEqual(1024);
    });

    it('has a doc with the generated header and the sections in order', () => {
      const file = path.join(ROOT, 'rules', `${id}.md`);
      // UPDATE_DOCS=1 rewrites the generated header from meta (as `npm run generate` does).
      if (process.env['UPDATE_DOCS']) fs.writeFileSync(file, withDocHeader(rule, fs.readFileSync(file, 'utf8')));
      const doc = fs.readFileSync(file, 'utf8');
      expect(doc.startsWith(ruleDocHeader(rule))).toBe(true);
      const h2 = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(h2).toEqual(DOC_SECTIONS);
    });

    it('has fixtures that fire with every message id, and objects that stay clean', () => {
      const files = [...fixtureFiles(path.join(FIXTURES, id)), ...fixtureTrees(path.join(FIXTURES, id)).flatMap(treeFiles)];
      const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
      const markers = texts.flatMap((t) => [...readExpectations(t), ...readAloneExpectations(t)]).filter((e) => e.ruleId === id);
      expect(markers.length).toBeGreaterThan(0);
      const tested = new Set(markers.map((m) => m.messageId).filter(Boolean));
      for (const messageId of Object.keys(rule.meta.messages)) {
        expect(tested.has(messageId), `no fixture marker ${id}/${messageId}`).toBe(true);
      }
      expect(texts.some((t) => /name: ok-|name: "ok-|\{name: ok-/.test(t)), 'a clean object named ok-*').toBe(true);
    });
  });
}

describe('generated files', () => {
  it('schema/srcip-lint.schema.json matches the rules', () => {
    const onDisk = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/srcip-lint.schema.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(configSchemaFor(rules));
  });

  it("README's rule table matches the rules", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, readme.indexOf('<!-- rules:end -->')).trim();
    expect(table).toBe(readmeRuleTable(rules));
  });
});
