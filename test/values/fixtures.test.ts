/**
 * Repositories that install their controllers from charts (fixtures/values/<case>/): a Flux
 * layout (clusters/, infrastructure/, apps/), an umbrella chart, a helmfile, an Argo CD
 * multi-source Application, a values file bound in `.srcip-lint.yaml`, a kustomization's helmCharts. `srcip-lint .` runs in each
 * with the recommended rules, and its findings must equal the `# expect:` markers of every file of
 * the case (file, line, rule, and the column span where a caret line gives one): each planted
 * problem once, at the values line that causes it.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, readExpectations } from '../helpers/fixtures.js';

const ROOT = path.join(FIXTURES, 'values');

interface JsonFinding {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  endColumn: number;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

describe('repositories that install charts from values', () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name);
    it(name, async () => {
      const config = fs.existsSync(path.join(dir, '.srcip-lint.yaml')) ? [] : ['--no-config'];
      const r = await runCli(['.', '--format', 'json', ...config], { cwd: dir });
      // A kustomization with helmCharts is never built: its one notice says so, nothing else may be said.
      expect(r.stderr.replace(/^srcip-lint: warning: \S+: not built: \S+ uses helmCharts; .*\n/gm, '')).toBe('');
      const out = JSON.parse(r.stdout) as { results: { file: string; findings: JsonFinding[] }[] };
      const actual = out.results.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
      const expected = files(dir).flatMap((f) => readExpectations(fs.readFileSync(f, 'utf8')).map((e) => ({ file: path.relative(dir, f).split(path.sep).join('/'), ...e })));
      const key = (x: { file: string; line: number; ruleId: string }): string => `${x.file}:${x.line} ${x.ruleId}`;
      expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
      for (const e of expected) {
        const f = actual.find((x) => key(x) === key(e));
        if (e.messageId) expect(f?.messageId, key(e)).toBe(e.messageId);
        if (e.column !== undefined) expect(f && { column: f.column, endColumn: f.endColumn }, key(e)).toEqual({ column: e.column, endColumn: e.endColumn });
      }
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
