/**
 * SARIF for every fixture and every sample folder: each file's SARIF passes the 2.1.0 schema and
 * GitHub's requirements (ajv), and all of them pass the SARIF multitool with GitHub's rules in one
 * run of it. The fixtures cover related locations, suppressions, syntax errors and Helm output.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { formatters } from '../src/formatters/index.js';
import { lint, type LintResult } from '../src/lint.js';
import { configFor, FIXTURES, fixtureFiles, readHeader, ROOT } from './helpers/fixtures.js';
import { assertValidSarif, multitoolErrors } from './helpers/sarif.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-sarif-fixtures-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const written: string[] = [];
const counts = { results: 0, related: 0, suppressed: 0, helm: 0 };

function writeSarif(name: string, result: LintResult): void {
  expect(result.internalErrors).toEqual([]);
  const text = formatters['sarif']!(result.findings, { rules, stats: result.stats, toolVersion: '0.1.0', color: false, notices: [], docsBaseUrl: DOCS_BASE_URL });
  const log = assertValidSarif(text);
  expect(log.runs[0]!.results).toHaveLength(result.findings.length);
  counts.results += result.findings.length;
  counts.related += result.findings.filter((f) => f.related.length > 0).length;
  counts.suppressed += result.findings.filter((f) => f.suppressed).length;
  counts.helm += result.findings.filter((f) => f.helmSource).length;
  const file = path.join(dir, `${name.replace(/[^A-Za-z0-9.-]+/g, '_')}.sarif`);
  fs.writeFileSync(file, text);
  written.push(file);
}

describe('SARIF of every fixture and sample', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    it(`fixtures/${id}`, () => {
      for (const file of fixtureFiles(path.join(FIXTURES, id))) {
        const config = configFor(id, readHeader(fs.readFileSync(file, 'utf8')));
        writeSarif(`${id}--${path.basename(file)}`, lint({ cwd: ROOT, files: [path.relative(ROOT, file)], config }));
      }
    });
  }

  const SAMPLES = path.join(ROOT, 'samples');
  for (const sample of fs.readdirSync(SAMPLES).sort()) {
    if (sample.endsWith('.md')) continue;
    it(`samples/${sample}`, () => {
      const target = path.join('samples', sample);
      writeSarif(`samples--${sample}`, lint({ cwd: ROOT, files: [target], config: defaultConfig(rules, ROOT) }));
    });
  }

  it("all of them pass the SARIF multitool's validation with GitHub's rules", () => {
    // The files cover what GitHub is strictest about: related locations, suppressions, Helm output.
    expect(written.length).toBeGreaterThan(80);
    expect(counts.related).toBeGreaterThan(0);
    expect(counts.suppressed).toBeGreaterThan(0);
    expect(counts.helm).toBeGreaterThan(0);
    // One deliberately broken file proves the run reports what it finds: a result with an empty message.
    const broken = JSON.parse(fs.readFileSync(written[0]!, 'utf8')) as Log;
    broken.runs[0]!.results![0]!.message = { text: '' };
    const brokenFile = path.join(dir, 'deliberately-broken.sarif');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    const errors = multitoolErrors([...written, brokenFile], path.join(ROOT, 'test/data/sarif-github-policy.xml'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.startsWith(`file://${brokenFile} `))).toEqual([]);
  }, 120_000);
});
