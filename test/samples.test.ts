/** The README's first command lints samples/: every rule must fire there, and the run must exit 1. */

import path from 'node:path';
import { expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { runCli } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';

it('samples/ show every rule, with the recommended configuration', async () => {
  // kustomize (or kubectl) on PATH builds samples/kustomize.
  const r = await runCli([path.join('samples'), '--format', 'json', '--no-config'], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '' } });
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout) as { results: { findings: { ruleId: string }[] }[] };
  const fired = new Set(out.results.flatMap((f) => f.findings.map((x) => x.ruleId)));
  expect(rules.map((x) => x.meta.id).filter((id) => !fired.has(id))).toEqual([]);
});
