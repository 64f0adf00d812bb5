/**
 * Property tests (DESIGN.md §10): arbitrary text and mutated fixtures never throw, never make a
 * rule fail, every finding's range lies inside its file, and the SARIF output stays valid.
 */

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { formatters } from '../src/formatters/index.js';
import { lint } from '../src/lint.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';
import { assertValidSarif } from './helpers/sarif.js';

const config = { ...defaultConfig(rules, ROOT), levels: presetLevels(rules, 'all') };

function check(text: string): void {
  const result = lint({ cwd: ROOT, texts: [{ path: 'fuzz.yaml', text }], config });
  expect(result.internalErrors).toEqual([]);
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = clean.split('\n');
  for (const f of result.findings) {
    for (const r of [f, ...f.related.map((x) => x.range)]) {
      expect(r.line).toBeGreaterThanOrEqual(1);
      expect(r.line).toBeLessThanOrEqual(lines.length);
      expect(r.endLine).toBeGreaterThanOrEqual(r.line);
      expect(r.endLine).toBeLessThanOrEqual(lines.length);
      expect(r.column).toBeGreaterThanOrEqual(1);
      expect(r.column).toBeLessThanOrEqual((lines[r.line - 1]?.length ?? 0) + 1);
      expect(r.endColumn).toBeLessThanOrEqual((lines[r.endLine - 1]?.length ?? 0) + 1);
      if (r.endLine === r.line) expect(r.endColumn).toBeGreaterThanOrEqual(r.column);
    }
  }
  const sarif = formatters['sarif']!(result.findings, { rules, stats: result.stats, toolVersion: '0.0.0', color: false, notices: [], docsBaseUrl: DOCS_BASE_URL });
  assertValidSarif(sarif);
}

function allFixtures(): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(FIXTURES)) {
    const dir = path.join(FIXTURES, d);
    if (!fs.statSync(dir).isDirectory() || d === 'cli') continue;
    for (const f of fs.readdirSync(dir)) if (/\.(ya?ml|json)$/.test(f)) out.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return out;
}

describe('robustness', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 300 });
  });

  it('YAML-looking text', () => {
    const token = fc.constantFrom('apiVersion: v1\n', 'kind: Service\n', 'kind: ConfigMap\n', 'metadata:\n', '  name: x\n', 'spec:\n', '  type: NodePort\n',
      '  externalTrafficPolicy: Local\n', 'data:\n', '  a: yes\n', '---\n', '...\n', '- ', '  ', '[', ']', '{', '}', ': ', '"', "'", '#', '&a ', '*a', '|\n', '\t', '\r\n', '\uFEFF', '%YAML 1.1\n');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }).map((t) => t.join('')), check), { numRuns: 300 });
  });

  it('mutated fixtures', () => {
    const fixtures = allFixtures();
    const mutated = fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 })).map(([text, at, del, ins]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + ins + text.slice(i + del);
    });
    fc.assert(fc.property(mutated, check), { numRuns: 300 });
  });
});
