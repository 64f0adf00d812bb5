/**
 * The pre-commit hooks, proven with the real pre-commit (Debian's package; `.ci/run` installs it).
 *
 * A temporary git repository holds a Deployment, committed earlier, and a new Service that selects
 * it, staged (the finding of the committed Deployment is reported on the staged Service). Its `.pre-commit-config.yaml` points at a clean clone of this repository at its
 * current commit (HEAD: uncommitted changes are not part of what is tested). pre-commit installs
 * the hook the way it installs every node hook (npm install, npm pack, npm install -g of the
 * tarball: no build step may be needed) and passes only the staged files; the config's `context:`
 * must still let the cross-file rule see the Deployment. Then a kustomize overlay: a staged patch
 * alone is built with its overlay (kubectl kustomize on this machine) and reported at its line.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.js';
import { WEB_DEPLOYMENT as DEPLOYMENT } from './helpers/manifests.js';

const HAS_PRECOMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const NOTE = HAS_PRECOMMIT ? '' : ' (skipped: pre-commit is not installed; .ci/run installs it)';


const service = (policy: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  externalTrafficPolicy: ${policy}
  selector: {app: web}
  ports:
    - port: 80
`;

/** The Deployment with a hostname topology spread: one pod per node. */
const SPREAD_DEPLOYMENT = DEPLOYMENT.replace(
  '    spec:\n      containers:',
  [
    '    spec:',
    '      topologySpreadConstraints:',
    '        - maxSkew: 1',
    '          topologyKey: kubernetes.io/hostname',
    '          whenUnsatisfiable: DoNotSchedule',
    '          labelSelector:',
    '            matchLabels: {app: web}',
    '      containers:',
  ].join('\n'),
);

const LB_SERVICE = service('Local').replace('type: NodePort', 'type: LoadBalancer');

// eslint-disable-next-line no-control-regex -- strips ANSI colour codes from pre-commit's output
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('pre-commit hooks', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-precommit-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=srcip-lint test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    });

  const precommit = (cwd: string, ...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), NO_COLOR: '1' };
    delete env['FORCE_COLOR'];
    const r = spawnSync('pre-commit', ['run', '--color', 'never', ...args], { cwd, env, encoding: 'utf8' });
    return { status: r.status, output: plain(`${r.stdout}${r.stderr}`) };
  };

  /** A clean clone of this repository at HEAD, made once: the hook pre-commit installs. */
  let clone: { hook: string; rev: string } | undefined;
  const hookClone = () => {
    if (clone) return clone;
    const hook = path.join(tmp, 'hook');
    git(tmp, 'clone', '--quiet', ROOT, hook);
    const rev = git(ROOT, 'rev-parse', 'HEAD').trim();
    git(hook, 'checkout', '--quiet', rev);
    return (clone = { hook, rev });
  };

  /** A new repository with a committed Deployment, `.srcip-lint.yaml` context `k8s/**`, and the srcip-lint hook with `args`. */
  const repository = (name: string, args: string[] | undefined) => {
    const { hook, rev } = hookClone();
    const repo = path.join(tmp, name);
    fs.mkdirSync(path.join(repo, 'k8s'), { recursive: true });
    git(repo, 'init', '--quiet');
    fs.writeFileSync(path.join(repo, 'k8s/web-deployment.yaml'), DEPLOYMENT);
    fs.writeFileSync(path.join(repo, '.srcip-lint.yaml'), 'context: ["k8s/**"]\n');
    const hookArgs = args ? [`        args: [${args.join(', ')}]`] : [];
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${hook}`, `    rev: ${rev}`, '    hooks:', '      - id: srcip-lint', ...hookArgs, ''].join('\n'));
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'deployment');
    return repo;
  };

  it.skipIf(!HAS_PRECOMMIT)(`reports a finding whose primary is committed on the staged file; passes once the other side is fixed and staged${NOTE}`, () => {
    const repo = repository('issue', ['--fail-on', 'warning']);
    // A new LoadBalancer Service with externalTrafficPolicy: Local, staged; the 3-replica Deployment
    // it selects (no spreading) was committed earlier and is only context.
    fs.writeFileSync(path.join(repo, 'k8s/web-service.yaml'), LB_SERVICE);
    git(repo, 'add', 'k8s/web-service.yaml');
    const failed = precommit(repo, 'srcip-lint');
    expect(failed.output).toMatch(/srcip-lint \(client source IP\)\.+Failed/);
    expect(failed.output).toContain('k8s/web-service.yaml');
    // stylish wraps its lines: compare the words.
    const words = failed.output.replace(/\s+/g, ' ');
    expect(failed.output).toMatch(/ 7:3 +warning +Service "web" has externalTrafficPolicy: Local/);
    // (the rule id stands on the summary's first line, so compare the summary's second half)
    expect(words).toContain('nothing spreads the 3 replicas it selects across nodes.');
    expect(failed.output).toContain('local-etp-unspread-workload');
    expect(words).toContain('↳ k8s/web-deployment.yaml:12:5 Deployment "web" can run 3 replicas');
    expect(failed.status).toBe(1);

    // The fix: a hostname topology spread on the Deployment, staged with the Service.
    fs.writeFileSync(path.join(repo, 'k8s/web-deployment.yaml'), SPREAD_DEPLOYMENT);
    git(repo, 'add', 'k8s/web-deployment.yaml');
    const passed = precommit(repo, 'srcip-lint');
    expect(passed.output).toMatch(/srcip-lint \(client source IP\)\.+Passed/);
    expect(passed.output).toContain('No problems found');
    expect(passed.status).toBe(0);
  }, 300_000);

  it.skipIf(!HAS_PRECOMMIT)(`with the default arguments, a warning passes the hook and is still shown${NOTE}`, () => {
    const repo = repository('warnings', undefined);
    fs.writeFileSync(path.join(repo, 'k8s/web-service.yaml'), LB_SERVICE);
    git(repo, 'add', 'k8s/web-service.yaml');
    const passed = precommit(repo, 'srcip-lint');
    expect(passed.output).toMatch(/srcip-lint \(client source IP\)\.+Passed/);
    // verbose: true in .pre-commit-hooks.yaml: pre-commit shows the output of a hook that passed.
    expect(passed.output).toContain('- hook id: srcip-lint');
    expect(passed.output).toMatch(/7:3 +warning +Service "web" has externalTrafficPolicy: Local/);
    expect(passed.output).toMatch(/1 problem \(0 errors, 1 warning, 0 info\)/);
    expect(passed.status).toBe(0);
  }, 300_000);

  it.skipIf(!HAS_PRECOMMIT)(`a finding whose files fall in two batches is reported by each batch, at its location there${NOTE}`, () => {
    const repo = repository('batches', ['--fail-on', 'warning', '--format', 'compact']);
    // pre-commit splits the file names of one hook run into batches of at most 128 KiB
    // (xargs.py): 1,200 names of ~120 bytes make two. The names are passed sorted, so the Service
    // (aaa-) falls in the first batch and the Deployment (zzz-) in the second.
    const filler = path.join(repo, 'k8s', 'filler');
    fs.mkdirSync(filler);
    for (let i = 0; i < 1200; i++) {
      const name = `cm-${String(i).padStart(4, '0')}-${'x'.repeat(100)}.yaml`;
      fs.writeFileSync(path.join(filler, name), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm-${i}}\ndata: {a: b}\n`);
    }
    fs.writeFileSync(path.join(repo, 'k8s/aaa-service.yaml'), LB_SERVICE);
    fs.renameSync(path.join(repo, 'k8s/web-deployment.yaml'), path.join(repo, 'k8s/zzz-deployment.yaml'));
    git(repo, 'add', '-A');
    const run = precommit(repo, 'srcip-lint');
    expect(run.status).toBe(1);
    const findings = run.output.split('\n').filter((l) => l.includes('[local-etp-unspread-workload]'));
    expect(findings.map((l) => l.split(': warning:')[0])).toEqual(['k8s/aaa-service.yaml:7:3', 'k8s/zzz-deployment.yaml:12:5']);
  }, 300_000);

  it.skipIf(!HAS_PRECOMMIT)(`installs from a clean clone, fails on a cross-file finding in a staged file, passes after the fix${NOTE}`, () => {
    const { hook, rev } = hookClone();

    const repo = path.join(tmp, 'repo');
    fs.mkdirSync(path.join(repo, 'deploy'), { recursive: true });
    git(repo, 'init', '--quiet');
    fs.writeFileSync(path.join(repo, 'deploy/web-deployment.yaml'), DEPLOYMENT);
    fs.writeFileSync(path.join(repo, '.srcip-lint.yaml'), 'context:\n  - deploy/**/*.yaml\n');
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      [
        'repos:',
        `  - repo: ${hook}`,
        `    rev: ${rev}`,
        '    hooks:',
        '      - id: srcip-lint',
        '        args: [--fail-on, warning, --format, compact]',
        '      - id: srcip-lint-all',
        '        args: [--fail-on, warning, --format, compact]',
        '',
      ].join('\n'),
    );
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'deployment');

    // A new Service, staged; the Deployment it selects is committed and not part of the change.
    fs.writeFileSync(path.join(repo, 'deploy/web-service.yaml'), service('Local'));
    git(repo, 'add', 'deploy/web-service.yaml');
    const failed = precommit(repo, 'srcip-lint');
    expect(failed.output).toMatch(/srcip-lint \(client source IP\)\.+Failed/);
    expect(failed.output).toContain('deploy/web-service.yaml:7:3: warning:');
    expect(failed.output).toContain('[local-etp-nodeport-not-daemonset]');
    // The Service's finding knows the committed Deployment: its 3 replicas.
    expect(failed.output).toContain('Service "web" has externalTrafficPolicy: Local, but nothing spreads the 3 replicas it selects across nodes.');
    // Only the staged file was passed: the Deployment's own finding is not reported by this hook.
    expect(failed.output).not.toContain('deploy/web-deployment.yaml:');
    expect(failed.status).toBe(1);

    // The whole-repository hook sees both files and reports both sides.
    const all = precommit(repo, 'srcip-lint-all');
    expect(all.output).toMatch(/srcip-lint \(client source IP, whole repository\)\.+Failed/);
    expect(all.output).toContain('deploy/web-service.yaml:7:3: warning:');
    expect(all.output).toContain('deploy/web-deployment.yaml:12:5: warning:');
    expect(all.output).toContain('[local-etp-unspread-workload]');
    expect(all.status).toBe(1);

    // The fix: the app does not need the client IP, so the Service goes back to Cluster.
    fs.writeFileSync(path.join(repo, 'deploy/web-service.yaml'), service('Cluster'));
    git(repo, 'add', 'deploy/web-service.yaml');
    const passed = precommit(repo);
    expect(passed.output).toMatch(/srcip-lint \(client source IP\)\.+Passed/);
    expect(passed.output).toMatch(/srcip-lint \(client source IP, whole repository\)\.+Passed/);
    expect(passed.status).toBe(0);
    git(repo, 'commit', '--quiet', '-m', 'service');

    // A kustomize repository (README "pre-commit"): a staged patch alone is not a whole object; its
    // overlay is built with kustomize and the finding is reported at the patch line.
    const files: Record<string, string> = {
      'k/base/kustomization.yaml': 'resources:\n  - service.yaml\n  - deployment.yaml\n',
      'k/base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: NodePort\n  selector: {app: api}\n  ports:\n    - port: 80\n',
      'k/base/deployment.yaml': DEPLOYMENT.replaceAll('web', 'api'),
      'k/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: policy.yaml\n',
      'k/overlays/prod/policy.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  externalTrafficPolicy: Cluster\n',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      fs.writeFileSync(path.join(repo, name), text);
    }
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'kustomize', '--no-verify');
    fs.writeFileSync(path.join(repo, 'k/overlays/prod/policy.yaml'), files['k/overlays/prod/policy.yaml']!.replace('Cluster', 'Local'));
    git(repo, 'add', 'k/overlays/prod/policy.yaml');
    const patched = precommit(repo, 'srcip-lint');
    expect(patched.output).toContain('k/overlays/prod/policy.yaml:6:3: warning:');
    expect(patched.output).toContain('[local-etp-nodeport-not-daemonset]');
    // Read alone, the patch would be a ClusterIP Service with a traffic policy (service-etp-not-allowed).
    expect(patched.output).not.toContain('service-etp-not-allowed');
    expect(patched.status).toBe(1);
  }, 300_000);
});
