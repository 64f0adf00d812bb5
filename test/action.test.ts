/**
 * The composite GitHub Action (action.yml), run the way the Actions runner runs it: each step's
 * `run` script under `bash --noprofile --norc -eo pipefail`, with `${{ inputs.* }}` expressions of
 * its `env` evaluated to the inputs, in a clean clone of this repository at HEAD as
 * GITHUB_ACTION_PATH (the install step must be enough to run the CLI: production dependencies only).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/fixtures.js';
import { assertValidSarif } from './helpers/sarif.js';

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-action-'));
const actionPath = path.join(tmp, 'action');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Evaluates `${{ inputs.name }}` the way the runner does for `env` values (data, not code). */
function evaluate(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
}

function runAction(workspace: string, given: Record<string, string>): { status: number | null; output: string } {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default]));
  let output = '';
  for (const step of action.runs.steps) {
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, inputs);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
    output += `${r.stdout}${r.stderr}`;
    if (r.status !== 0) return { status: r.status, output };
  }
  return { status: 0, output };
}

describe('GitHub Action (action.yml)', () => {
  beforeAll(() => {
    execFileSync('git', ['clone', '--quiet', ROOT, actionPath]);
    execFileSync('git', ['checkout', '--quiet', execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()], { cwd: actionPath });
  });

  it('is a composite action whose scripts never contain an expression (inputs come through env)', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
  });

  it('installs, writes valid SARIF with the findings, and lets the upload step run (exit 0 on findings)', () => {
    const ws = path.join(tmp, 'ws1');
    fs.cpSync(path.join(ROOT, 'samples/whoami'), path.join(ws, 'deploy'), { recursive: true });
    const r = runAction(ws, { paths: 'deploy/', args: '--fail-on warning' });
    expect(r.output).toContain('srcip-lint exit code: 1 (findings are in srcip-lint.sarif)');
    expect(r.status).toBe(0);
    const log = assertValidSarif(fs.readFileSync(path.join(ws, 'srcip-lint.sarif'), 'utf8'));
    const results = log.runs[0]!.results!;
    expect(results.map((x) => x.ruleId)).toContain('local-etp-unspread-workload');
    for (const x of results) expect(x.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^deploy\//);
  }, 180_000);

  it('passes paths and args as words, never as shell code, and fails the job on a usage error (exit 2)', () => {
    const ws = path.join(tmp, 'ws2');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    const hostile = path.join(tmp, 'pwned');
    const ok = runAction(ws, { paths: `a.yaml $(touch ${hostile})`, output: 'out dir.sarif', args: '--kube-version 1.30' });
    // `$(touch …)` reached srcip-lint as two path words that name no file: a usage error, nothing ran.
    expect(fs.existsSync(hostile)).toBe(false);
    expect(ok.status).toBe(2);
    expect(ok.output).toMatch(/srcip-lint: \$\(touch: no such file/);
    const bad = runAction(ws, { paths: 'a.yaml', args: '--fail-on sometimes' });
    expect(bad.status).toBe(2);
    expect(bad.output).toContain('--fail-on');
    const good = runAction(ws, { paths: 'a.yaml', output: 'out dir.sarif', args: '--kube-version 1.30' });
    expect(good.status).toBe(0);
    expect(good.output).toContain('srcip-lint exit code: 0');
    assertValidSarif(fs.readFileSync(path.join(ws, 'out dir.sarif'), 'utf8'));
  }, 60_000);
});
