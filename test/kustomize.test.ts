/**
 * Kustomize (DESIGN.md §2, issue "Kustomize"): every top-level kustomization in view is built with
 * the real kustomize (`kubectl kustomize` on this machine), and findings are reported at the base,
 * patch, generator or kustomization line that wrote them. Fixture repositories:
 * fixtures/kustomize/shop (an app: base, overlays prod, staging, canary) and
 * fixtures/kustomize/ingress (an ingress-nginx controller: base, a component, overlays edge, lab,
 * plain). Other trees are written to a temporary directory by the tests that need them.
 *
 * These tests need `kustomize` or `kubectl` on PATH and fail without it (.ci/run checks first).
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, parseConfig } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { defineRule } from '../src/engine/rule.js';
import type { Finding, K8sObject, RelatedLocation } from '../src/engine/types.js';
import { formatters, resultNotices } from '../src/formatters/index.js';
import { findBinary } from '../src/kustomize/index.js';
import { lint, lintAsync, type LintRequest, type LintResult } from '../src/lint.js';
import { runBin } from './helpers/bin.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';
import { assertValidSarif, multitoolErrors } from './helpers/sarif.js';

const KFIX = path.join(FIXTURES, 'kustomize');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-kustomize-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(cwd: string, files: string[], more: Partial<LintRequest> = {}): LintResult {
  const result = lint({ cwd, files, config: defaultConfig(rules, cwd), ...more });
  expect(result.internalErrors).toEqual([]);
  return result;
}

const at = (f: { file: string; line: number; column: number }): string => `${f.file}:${f.line}:${f.column}`;
const rel = (r: RelatedLocation): string => `${r.file}:${r.range.line}:${r.range.column}`;

function only(result: LintResult, ruleId: string, file?: string): Finding {
  const found = result.findings.filter((f) => f.ruleId === ruleId && (file === undefined || f.file === file));
  expect(found.map(at), `${ruleId} findings`).toHaveLength(1);
  return found[0] as Finding;
}

function write(root: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A copy of a fixture repository in the temporary directory. */
function copy(name: string, to: string): string {
  const dir = path.join(tmp, to);
  fs.cpSync(path.join(KFIX, name), dir, { recursive: true });
  return dir;
}

/** Lints a tree with one probe rule alone, which reports each path `paths(object)` gives ("at <path>"). */
function probeRun(dir: string, kinds: string[], paths: (o: K8sObject) => (string | number)[][]): LintResult {
  const probe = defineRule({
    meta: { ...(rules[0] as (typeof rules)[number]).meta, id: 'probe', appliesTo: kinds, messages: { at: 'at {{p}}' } },
    *check(o) {
      for (const p of paths(o)) yield { messageId: 'at', path: p, data: { p: p.join('.') } };
    },
  });
  const config = defaultConfig([...rules, probe], dir);
  for (const id of config.levels.keys()) config.levels.set(id, 'off');
  config.levels.set('probe', 'error');
  return lint({ cwd: dir, files: ['.'], rules: [...rules, probe], config });
}

const KUBECTL = (() => {
  for (const d of (process.env['PATH'] ?? '').split(path.delimiter)) if (d && fs.existsSync(path.join(d, 'kubectl'))) return path.join(d, 'kubectl');
  return undefined;
})();

/**
 * A stand-in `kustomize` on a PATH of its own: it records every call (its arguments and the
 * wrapper kustomization it was given) in `log`, then builds with the real kubectl, or, with
 * `sleep`, sleeps instead.
 */
function standIn(name: string, options: { sleep?: number } = {}): { path: string; log: string } {
  const bin = path.join(tmp, `bin-${name}`);
  const log = path.join(tmp, `calls-${name}.log`);
  fs.mkdirSync(bin, { recursive: true });
  const body = options.sleep
    ? `exec sleep ${options.sleep}`
    : `shift\nexec ${JSON.stringify(KUBECTL ?? 'kubectl')} kustomize "$@"`;
  fs.writeFileSync(
    path.join(bin, 'kustomize'),
    `#!/bin/sh\n{ echo "CALL $*"; cat "$2/kustomization.yaml"; } >> ${JSON.stringify(log)}\n${body}\n`,
    { mode: 0o755 },
  );
  return { path: `${bin}${path.delimiter}/usr/bin${path.delimiter}/bin`, log };
}

it('kustomize or kubectl is on PATH (these tests use the real one)', () => {
  expect(findBinary(), 'neither kustomize nor kubectl is on PATH: install one of them to run the kustomize tests').toBeDefined();
});


/** A Traefik Deployment that reads its static configuration from ConfigMap traefik-config. */
const TRAEFIK_DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: traefik}\nspec:\n  selector: {matchLabels: {app: traefik}}\n  template:\n    metadata: {labels: {app: traefik}}\n    spec:\n      containers:\n      - name: traefik\n        image: traefik:v3.3\n        args: [--configfile=/config/traefik.yml]\n        volumeMounts: [{name: config, mountPath: /config}]\n      volumes:\n      - {name: config, configMap: {name: traefik-config}}\n';

describe('the fixture repositories, built', () => {
  let result: LintResult;
  beforeAll(() => {
    result = run(KFIX, ['shop', 'ingress']);
  });

  it('builds each top-level kustomization once: bases and components are not built alone', () => {
    const k = result.stats.kustomize;
    expect(k.binary).toBe(findBinary());
    expect(k.overlays.map((o) => [o.path, o.status])).toEqual([
      ['ingress/overlays/edge', 'built'],
      ['ingress/overlays/lab', 'built'],
      ['ingress/overlays/plain', 'built'],
      ['shop/overlays/canary', 'built'],
      ['shop/overlays/prod', 'built'],
      ['shop/overlays/staging', 'built'],
    ]);
    expect(k.objects).toBe(15);
    expect(resultNotices(result)).toEqual([]);
  });

  it('a `replicas:` entry and a replicas patch: the finding on the base template, with each overlay and the line that sets the count', () => {
    const f = only(result, 'local-etp-unspread-workload');
    expect(at(f)).toBe('shop/base/web-deployment.yaml:14:5');
    const related = f.related.map((r) => `${rel(r)} ${r.message}`);
    expect(related).toContain('shop/overlays/prod/kustomization.yaml:17:5 Deployment "web" runs 3 replicas');
    expect(related).toContain('shop/overlays/staging/replicas.yaml:6:3 Deployment "web" runs 2 replicas');
    expect(related).toContain('shop/overlays/prod/kustomization.yaml:5:5 Overlay shop/overlays/prod builds this as Deployment "shop-prod/web".');
    expect(related).toContain('shop/overlays/staging/kustomization.yaml:5:5 Overlay shop/overlays/staging builds this as Deployment "shop-staging/web".');
    // The inline JSON6902 patch in prod's kustomization.yaml sets the policy: `value: Local` of its block scalar.
    expect(related).toContain('shop/overlays/prod/kustomization.yaml:14:9 LoadBalancer Service "web" selects these pods with externalTrafficPolicy: Local');
    const kustomization = fs.readFileSync(path.join(KFIX, 'shop/overlays/prod/kustomization.yaml'), 'utf8').split('\n');
    expect(kustomization[13]?.slice(8)).toBe('value: Local');
    expect(f.object?.namespace).toBe('shop-prod');
  });

  it('a JSON6902 patch file: the operation that sets the value', () => {
    const f = only(result, 'local-etp-nodeport-not-daemonset');
    expect(at(f)).toBe('shop/overlays/staging/nodeport-local.yaml:6:3');
    expect({ endLine: f.endLine, endColumn: f.endColumn }).toEqual({ endLine: 6, endColumn: 15 });
    expect(f.related.map(rel)).toEqual(['shop/overlays/staging/kustomization.yaml:5:5', 'shop/base/web-deployment.yaml:2:1']);
  });

  it('a patch that changes the type: the patch line, the base line it overrides as related', () => {
    const f = only(result, 'client-ip-lost-cluster-policy');
    expect(at(f)).toBe('ingress/overlays/plain/load-balancer.yaml:7:3');
    expect(f.related.map((r) => `${rel(r)} ${r.message}`)).toEqual([
      'ingress/base/controller-service.yaml:7:3 Service "ingress-nginx-controller", which the build starts from, sets spec.type here.',
      'ingress/overlays/plain/kustomization.yaml:5:5 Overlay ingress/overlays/plain builds this as Service "ingress-nginx/ingress-nginx-controller".',
      expect.stringMatching(/^ingress\/base\/controller\.yaml:18:11 Deployment "ingress-nginx-controller" runs ingress-nginx/),
    ]);
  });

  it('a configMapGenerator literal: the literal line', () => {
    const f = only(result, 'ingress-nginx-forwarded-headers-missing');
    expect(at(f)).toBe('ingress/base/kustomization.yaml:11:9');
    expect(f.related.map(rel)).toEqual(['ingress/overlays/plain/kustomization.yaml:5:5']);
  });

  it('a configMapGenerator env file merged by an overlay: the line of the env file', () => {
    const f = only(result, 'ingress-nginx-forwarded-headers-spoofable');
    expect(at(f)).toBe('ingress/overlays/edge/forwarded.env:2:1');
    expect({ endLine: f.endLine, endColumn: f.endColumn }).toEqual({ endLine: 2, endColumn: 27 });
  });

  it('a suppression comment in a generator\'s env file suppresses the finding there, in a whole run and with the env file alone', () => {
    const dir = copy('ingress', 'env-suppressed');
    const env = path.join(dir, 'overlays/edge/forwarded.env');
    fs.writeFileSync(env, fs.readFileSync(env, 'utf8').replace('use-forwarded-headers', '# srcip-lint-disable-next-line ingress-nginx-forwarded-headers-spoofable -- proxy-real-ip-cidr is set at install\nuse-forwarded-headers'));
    for (const files of [['.'], ['overlays/edge/forwarded.env']]) {
      const f = only(run(dir, files), 'ingress-nginx-forwarded-headers-spoofable');
      expect(at(f)).toBe('overlays/edge/forwarded.env:3:1');
      expect(f.suppressed?.kind).toBe('comment');
    }
  });

  it('a component patch: the component line', () => {
    const f = only(result, 'proxy-protocol-backend-mismatch');
    expect(at(f)).toBe('ingress/components/proxy-protocol/aws-proxy-protocol.yaml:7:5');
    // Where use-proxy-protocol would go: the ConfigMap's data, last written by edge's generator.
    expect(f.related.map(rel)).toContain('ingress/overlays/edge/kustomization.yaml:11:5');
  });

  it('namePrefix and --configmap: the argument line, the namePrefix line as related', () => {
    const f = only(result, 'kustomize-rename-not-followed');
    expect(at(f)).toBe('ingress/base/controller.yaml:21:15');
    expect(f.message).toMatch(/^Deployment "lab-ingress-nginx-controller" names ConfigMap "ingress-nginx\/ingress-nginx-controller" in --configmap, but the build renamed it\. The build calls it "lab-ingress-nginx-controller", and the ingress-nginx argument --configmap=\$\(POD_NAMESPACE\)\/ingress-nginx-controller still names the old name/);
    expect(f.message).toContain('Unexpected error reading configuration configmap');
    expect(f.related.map(rel)).toEqual(['ingress/overlays/lab/kustomization.yaml:6:5', 'ingress/overlays/lab/kustomization.yaml:4:1']);
  });

  it('a base line that two overlays build: one finding, naming both overlays', () => {
    const f = only(result, 'proxy-protocol-invalid-annotation-value');
    expect(at(f)).toBe('shop/base/web-service.yaml:7:5');
    expect(f.related.map((r) => r.message)).toEqual([
      'Overlay shop/overlays/canary builds this as Service "shop-canary/canary-web".',
      'Overlay shop/overlays/prod builds this as Service "shop-prod/web".',
    ]);
  });

  it('no patch is linted as a whole object, and no kustomization as an object', () => {
    const patches = ['shop/overlays/prod/service-type.yaml', 'shop/overlays/staging/nodeport-local.yaml', 'shop/overlays/staging/replicas.yaml', 'shop/overlays/canary/load-balancer.yaml', 'ingress/components/proxy-protocol/aws-proxy-protocol.yaml', 'ingress/overlays/edge/expose.yaml', 'ingress/overlays/plain/load-balancer.yaml'];
    expect(result.stats.skipped.filter((s) => s.reason === 'kustomize-patch').map((s) => s.path).sort()).toEqual([...patches].sort());
    expect(result.stats.kustomize.patches).toBe(patches.length);
    // Every finding is about a built object, in the namespace its overlay gives it.
    for (const f of result.findings) expect(['shop-prod', 'shop-staging', 'shop-canary', 'ingress-nginx']).toContain(f.object?.namespace);
    // 20 YAML files: 7 patches skipped, 13 read; the objects of the 4 resource files were linted
    // only through the builds, and the 9 kustomization files hold no Kubernetes object.
    expect(result.stats.files + result.stats.skippedFiles).toBe(20);
    expect(result.stats.files).toBe(13);
    expect(result.stats.kubernetesDocuments).toBe(4);
    expect(result.stats.skippedDocuments).toBe(9);
  });

  it('kustomize\'s annotations never reach a rule', () => {
    const seen: string[] = [];
    const probe = defineRule({
      meta: { ...(rules[0] as (typeof rules)[number]).meta, id: 'probe', appliesTo: 'all', messages: { x: 'x' } },
      *check(o) {
        seen.push(...Object.keys((o.raw['metadata'] as { annotations?: object }).annotations ?? {}));
        yield* [];
      },
    });
    const config = { ...defaultConfig([...rules, probe], KFIX) };
    config.levels.set('probe', 'error');
    lint({ cwd: KFIX, files: ['shop'], rules: [...rules, probe], config });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((k) => k.includes('config.kubernetes.io'))).toEqual([]);
  });

  it('the namespace of the overlay applies: linted alone, the controller does not see its ConfigMap', () => {
    const alone = run(KFIX, ['ingress'], { kustomize: false });
    expect(alone.findings.filter((f) => f.ruleId === 'ingress-nginx-forwarded-headers-missing')).toEqual([]);
    expect(only(result, 'ingress-nginx-forwarded-headers-missing').object).toMatchObject({ kind: 'ConfigMap', namespace: 'ingress-nginx' });
  });

  it('lintAsync (parallel builds, the command line) gives the same result as lint', async () => {
    const parallel = await lintAsync({ cwd: KFIX, files: ['shop', 'ingress'], config: defaultConfig(rules, KFIX) });
    expect(parallel.findings).toEqual(result.findings);
    expect(parallel.stats).toEqual(result.stats);
  });

  it('fingerprints stay when lines move and when an overlay renames the object', () => {
    const dir = copy('shop', 'fingerprints');
    const service = path.join(dir, 'base/web-service.yaml');
    const before = run(dir, ['.']).findings.find((f) => f.ruleId === 'proxy-protocol-invalid-annotation-value');
    fs.writeFileSync(service, `# a comment that moves every line\n\n${fs.readFileSync(service, 'utf8')}`);
    fs.writeFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), fs.readFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), 'utf8').replace('namespace: shop-prod', 'namespace: shop-prod\nnamePrefix: p-'));
    const after = run(dir, ['.']).findings.find((f) => f.ruleId === 'proxy-protocol-invalid-annotation-value');
    expect(after?.line).toBe((before?.line ?? 0) + 2);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });
});

describe('without kustomize', () => {
  it('no kustomize or kubectl on PATH: patches still skipped, the files linted alone, one notice', () => {
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-path-'));
    const result = run(KFIX, ['shop', 'ingress'], { env: { PATH: empty } });
    expect(result.stats.kustomize.binary).toBeNull();
    expect(result.stats.kustomize.overlays.every((o) => o.status === 'unavailable')).toBe(true);
    expect(resultNotices(result).map((n) => n.message)).toEqual([
      '6 kustomizations were not built (ingress/overlays/edge, ingress/overlays/lab, ingress/overlays/plain, and 3 more): neither kustomize nor kubectl is on PATH. Install kustomize (or kubectl) to lint what they build. Their patches were skipped and the files they include linted alone, without the namespaces, patches, replicas and generators of the overlays.',
    ]);
    expect(result.stats.skipped.filter((s) => s.reason === 'kustomize-patch')).toHaveLength(7);
    // The bases alone: no namespace applied, no patch, no finding in a patch file.
    for (const f of result.findings) {
      expect(f.file).toMatch(/\/base\//);
      expect(f.object?.namespace).not.toBe('shop-prod');
    }
  });

  it('--no-kustomize and `kustomize: false` turn building off, with a notice that says so', async () => {
    const env = { PATH: process.env['PATH'] ?? '' };
    const flag = await runCli(['shop', '--no-kustomize', '-f', 'json'], { cwd: KFIX, env });
    const json = JSON.parse(flag.stdout) as { stats: LintResult['stats']; notices: { message: string }[] };
    expect(json.stats.kustomize.overlays.map((o) => o.status)).toEqual(['off', 'off', 'off']);
    expect(json.notices.map((n) => n.message)).toEqual([expect.stringContaining('building is off (--no-kustomize or `kustomize: false`)')]);
    const config = parseConfig('kustomize: false\n', rules, 'inline.yaml', KFIX);
    expect(config.kustomize).toBe(false);
    const result = lint({ cwd: KFIX, files: ['shop'], config });
    expect(result.stats.kustomize.built).toBe(0);
    expect(() => parseConfig('kustomize: "no"\n', rules, 'inline.yaml', KFIX)).toThrow(/kustomize/);
  });
});

describe('a build that fails', () => {
  it('is a kustomize-build finding at the entry kustomize names; the other overlays are built; no absolute or temporary path anywhere', () => {
    const result = run(ROOT, ['fixtures/kustomize-build']);
    const failed = result.findings.filter((f) => f.ruleId === 'kustomize-build');
    expect(failed.map(at)).toEqual([
      'fixtures/kustomize-build/repo/overlays/bad-missing-resource/kustomization.yaml:3:5',
      'fixtures/kustomize-build/repo/overlays/bad-patch-target/kustomization.yaml:4:5',
    ]);
    expect(failed[1]?.message).toMatch(/^kustomize cannot build fixtures\/kustomize-build\/repo\/overlays\/bad-patch-target\. .*no resource matches strategic merge patch "Service\.v1\.\[noGrp\]\/no-such-service\.\[noNs\]"/);
    expect(result.stats.kustomize.overlays.map((o) => o.status)).toEqual(['failed', 'failed', 'built']);
    const everything = JSON.stringify(result) + formatters['stylish']!(result.findings, { rules, stats: result.stats, toolVersion: '0', color: false, notices: resultNotices(result), docsBaseUrl: DOCS_BASE_URL });
    expect(everything).not.toContain(ROOT);
    expect(everything).not.toContain(os.tmpdir());
    expect(everything).not.toMatch(/srcip-lint-kustomize-/);
  });

  it('a build that does not finish in time is stopped and reported', async () => {
    const stand = standIn('slow', { sleep: 30 });
    const t0 = performance.now();
    const result = await lintAsync({ cwd: KFIX, files: ['shop/overlays/prod'], config: defaultConfig(rules, KFIX), env: { PATH: stand.path }, kustomizeTimeout: 500 });
    expect(performance.now() - t0).toBeLessThan(10_000);
    const f = only(result, 'kustomize-build');
    expect(f.message).toContain('kustomize did not finish within 0.5 s (the build was stopped)');
  });

  it('the time limit runs from the end of the read: a read longer than it stops no build that had finished', async () => {
    const dir = copy('shop', 'long-read');
    // Enough documents that reading them takes longer than the limit below.
    const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: v\n`;
    fs.writeFileSync(path.join(dir, 'big.yaml'), Array.from({ length: 40_000 }, (_, i) => doc(i)).join('---\n'));
    const request: LintRequest = { cwd: dir, files: ['overlays/prod', 'big.yaml'], config: defaultConfig(rules, dir) };
    const t0 = performance.now();
    const sync = lint(request);
    const took = performance.now() - t0;
    const limit = 300;
    expect(took).toBeGreaterThan(limit);
    const result = await lintAsync({ ...request, kustomizeTimeout: limit });
    expect(result.stats.kustomize.built).toBe(1);
    expect(result.stats.kustomize.objects).toBe(sync.stats.kustomize.objects);
    expect(result.findings).toEqual(sync.findings);
  });
});

describe('remote resources are never built', () => {
  const base = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n';
  let dir: string;
  beforeAll(() => {
    dir = write(path.join(tmp, 'remote'), {
      'base/kustomization.yaml': 'resources:\n  - service.yaml\n',
      'base/service.yaml': base,
      'overlays/remote/kustomization.yaml': 'resources:\n  - github.com/example/app//deploy/base?ref=v1.2.0\n  - ../../base\npatches:\n  - path: patch.yaml\n',
      'overlays/remote/patch.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n',
      'overlays/deep/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/monitoring\n',
      'components/monitoring/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n  - git@github.com:example/monitoring.git//manifests\n',
      'overlays/helm/kustomization.yaml': 'resources:\n  - ../../base\nhelmCharts:\n  - name: ingress-nginx\n    repo: https://kubernetes.github.io/ingress-nginx\n    version: 4.12.1\n',
      'overlays/plugin/kustomization.yaml': 'resources:\n  - ../../base\ntransformers:\n  - |-\n    apiVersion: example.com/v1\n    kind: Annotator\n    metadata:\n      name: x\n      annotations:\n        config.kubernetes.io/function: |\n          exec:\n            path: ./annotate.sh\n',
      'overlays/local/kustomization.yaml': 'namespace: local\nresources:\n  - ../../base\n',
    });
  });

  for (const mode of ['lint', 'lintAsync'] as const) {
    it(`${mode}: kustomize is run for the local overlay only; the others are named in a notice and linted alone`, async () => {
      const stand = standIn(`remote-${mode}`);
      const request = { cwd: dir, files: ['.'], config: defaultConfig(rules, dir), env: { PATH: stand.path } };
      const result = mode === 'lint' ? lint(request) : await lintAsync(request);
      const calls = fs.readFileSync(stand.log, 'utf8');
      expect(calls.match(/^CALL /gm)).toHaveLength(1);
      expect(calls).toMatch(/^CALL build \S+ --load-restrictor LoadRestrictionsRootOnly$/m);
      expect(calls).toMatch(/resources:\n- "(\.\.\/)+.*overlays\/local"\nbuildMetadata: \[originAnnotations\]/);
      expect(result.stats.kustomize.overlays.map((o) => [o.path, o.status])).toEqual([
        ['overlays/deep', 'remote'],
        ['overlays/helm', 'helm'],
        ['overlays/local', 'built'],
        ['overlays/plugin', 'plugin'],
        ['overlays/remote', 'remote'],
      ]);
      expect(resultNotices(result)).toEqual([
        { level: 'warning', file: 'overlays/deep/kustomization.yaml', message: expect.stringMatching(/^not built: components\/monitoring\/kustomization\.yaml names the remote resource "git@github\.com:example\/monitoring\.git\/\/manifests"; srcip-lint never lets kustomize reach the network\./) },
        { level: 'warning', file: 'overlays/helm/kustomization.yaml', message: expect.stringMatching(/^not built: overlays\/helm\/kustomization\.yaml uses helmCharts; srcip-lint never runs Helm/) },
        { level: 'warning', file: 'overlays/plugin/kustomization.yaml', message: expect.stringMatching(/^not built: overlays\/plugin\/kustomization\.yaml uses the plugin configuration "apiVersion: example\.com\/v1"; srcip-lint never runs kustomize plugins/) },
        { level: 'warning', file: 'overlays/remote/kustomization.yaml', message: expect.stringMatching(/^not built: overlays\/remote\/kustomization\.yaml names the remote resource "github\.com\/example\/app\/\/deploy\/base\?ref=v1\.2\.0"/) },
      ]);
      // The patch of the remote overlay is still skipped; the base is linted through the one build that reads it.
      expect(result.stats.skipped.map((s) => [s.path, s.reason])).toEqual([['overlays/remote/patch.yaml', 'kustomize-patch']]);
      expect(result.findings.filter((f) => f.file === 'overlays/remote/patch.yaml')).toEqual([]);
    });
  }

  it('a remote reference is recognised in every form kustomize fetches', async () => {
    const { isRemote } = await import('../src/kustomize/kustomization.js');
    for (const r of ['https://github.com/a/b//c?ref=v1', 'git::https://x/y.git', 'ssh://git@host/r.git', 'git@github.com:a/b.git', 'github.com/a/b/c', 'gitlab.com/a/b', 'gh:a/b', '../base?ref=main', 'file:///repo/x']) expect(isRemote(r), r).toBe(true);
    for (const l of ['../base', 'base', './service.yaml', 'overlays/prod', 'my.dir/sub', '../../github.com-mirror/base']) expect(isRemote(l), l).toBe(false);
  });
});

describe('pre-commit: only the staged files are passed', () => {
  it('a staged patch alone: its overlay is built, the finding on the patch is reported, the rest of the build is context', () => {
    const result = run(KFIX, ['ingress/overlays/plain/load-balancer.yaml']);
    expect(result.stats.skipped.map((s) => [s.path, s.reason])).toEqual([['ingress/overlays/plain/load-balancer.yaml', 'kustomize-patch']]);
    expect(result.stats.kustomize.overlays.map((o) => [o.path, o.status])).toEqual([['ingress/overlays/plain', 'built']]);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['ingress/overlays/plain/load-balancer.yaml:7:3 client-ip-lost-cluster-policy']);
  });

  it('a staged base file with the overlays as context: the overlays that build it are built, one finding on the base line', () => {
    const config = { ...defaultConfig(rules, KFIX), context: ['shop/**'] };
    const result = lint({ cwd: KFIX, files: ['shop/base/web-service.yaml'], config });
    expect(result.stats.kustomize.built).toBe(3);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['shop/base/web-service.yaml:7:5 proxy-protocol-invalid-annotation-value']);
  });

  it('a staged file that no kustomization reads: nothing is built', () => {
    const dir = write(path.join(tmp, 'unrelated'), {
      'kustomization.yaml': 'resources:\n  - app.yaml\n',
      'app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata: {a: "1"}\n',
      'other/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {type: ClusterIP, externalTrafficPolicy: Local}\n',
    });
    const result = run(dir, ['other/service.yaml']);
    expect(result.stats.kustomize.overlays.map((o) => o.status)).toEqual(['context']);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['other/service.yaml:4:25 service-etp-not-allowed']);
  });
});

describe('kustomize build output piped in, with origin annotations', () => {
  it('is mapped to the base and patch lines relative to --kustomize-root, annotations stripped', () => {
    const dir = copy('shop', 'piped');
    const kfile = path.join(dir, 'overlays/prod/kustomization.yaml');
    fs.writeFileSync(kfile, `${fs.readFileSync(kfile, 'utf8')}buildMetadata: [originAnnotations]\n`);
    const output = execFileSync(KUBECTL ?? 'kubectl', ['kustomize', 'overlays/prod'], { cwd: dir, encoding: 'utf8' });
    expect(output).toContain('config.kubernetes.io/origin');
    const result = run(dir, [], { texts: [{ path: '<stdin>', text: output }], kustomizeRoot: 'overlays/prod', kustomize: false });
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual([
      'base/web-deployment.yaml:14:5 local-etp-unspread-workload',
      'base/web-service.yaml:7:5 proxy-protocol-invalid-annotation-value',
    ]);
    const spread = only(result, 'local-etp-unspread-workload');
    expect(spread.related.map(rel)).toEqual(['overlays/prod/kustomization.yaml:5:5', 'overlays/prod/kustomization.yaml:14:9', 'overlays/prod/kustomization.yaml:17:5']);
    // Without the root, the paths do not resolve: the findings stay on the piped input.
    const lost = run(dir, [], { texts: [{ path: '<stdin>', text: output }] });
    expect(lost.findings.map((f) => f.file)).toEqual(['<stdin>', '<stdin>']);
    expect(lost.findings.every((f) => !f.message.includes('config.kubernetes.io'))).toBe(true);
  });

  it('through the command line', () => {
    const dir = path.join(tmp, 'piped');
    const output = execFileSync(KUBECTL ?? 'kubectl', ['kustomize', 'overlays/prod'], { cwd: dir, encoding: 'utf8' });
    const r = runBin(['-', '--kustomize-root', 'overlays/prod', '-f', 'compact'], { cwd: dir, input: output });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(': ')[0])).toEqual(['base/web-deployment.yaml:14:5', 'base/web-service.yaml:7:5']);
    const missing = runBin(['-', '--kustomize-root', 'nowhere'], { cwd: dir, input: output });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere: kustomize root directory not found');
  });
});

describe('suppressions where the finding lands', () => {
  it('comments in a base file and in a patch file, and an annotation in a base that two overlays build', () => {
    const dir = copy('shop', 'suppress');
    const service = path.join(dir, 'base/web-service.yaml');
    fs.writeFileSync(
      service,
      fs.readFileSync(service, 'utf8').replace('    service.beta', '    # srcip-lint-disable-next-line proxy-protocol-invalid-annotation-value -- moving to NLB\n    service.beta'),
    );
    const patch = path.join(dir, 'overlays/staging/nodeport-local.yaml');
    fs.writeFileSync(patch, fs.readFileSync(patch, 'utf8').replace('- op: add', '# srcip-lint-disable local-etp-nodeport-not-daemonset -- staging has one node\n- op: add'));
    const deployment = path.join(dir, 'base/web-deployment.yaml');
    fs.writeFileSync(deployment, fs.readFileSync(deployment, 'utf8').replace('  name: web\n', '  name: web\n  annotations:\n    srcip-lint.io/ignore: "local-etp-unspread-workload, local-itp-not-daemonset -- spread by the scheduler"\n'));
    const result = run(dir, ['.']);
    const by = (id: string) => result.findings.filter((f) => f.ruleId === id);
    expect(by('proxy-protocol-invalid-annotation-value').map((f) => [at(f), f.suppressed?.kind])).toEqual([['base/web-service.yaml:8:5', 'comment']]);
    expect(by('local-etp-nodeport-not-daemonset').map((f) => [at(f), f.suppressed?.kind])).toEqual([['overlays/staging/nodeport-local.yaml:7:3', 'comment']]);
    expect(by('local-etp-unspread-workload').map((f) => f.suppressed?.kind)).toEqual(['annotation']);
    // The annotation names a rule that fires nowhere: reported once, at the base line, for all the overlays.
    expect(by('unused-suppression').map((f) => `${at(f)} ${f.message}`)).toEqual([expect.stringMatching(/^base\/web-deployment\.yaml:6:5 .*local-itp-not-daemonset/)]);
  });
});

describe('builds through deeper trees', () => {
  it('a base two levels down, renamed at each level, patched by its original name', () => {
    const dir = write(path.join(tmp, 'deep'), {
      'base/kustomization.yaml': 'namePrefix: b-\nresources:\n  - service.yaml\n',
      'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  selector: {app: web}\n  ports:\n    - port: 80\n',
      'region/kustomization.yaml': 'namePrefix: eu-\nnamespace: eu\nresources:\n  - ../base\n',
      'prod/kustomization.yaml': 'resources:\n  - ../region\npatches:\n  - path: nodeport.yaml\n',
      'prod/nodeport.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n',
    });
    const result = run(dir, ['.']);
    expect(result.stats.kustomize.overlays.map((o) => [o.path, o.status])).toEqual([['prod', 'built']]);
    const f = only(result, 'service-etp-not-allowed');
    expect(at(f)).toBe('prod/nodeport.yaml:7:3');
    expect(f.object).toMatchObject({ name: 'eu-b-web', namespace: 'eu' });
    expect(f.related.map(rel)).toEqual(['prod/kustomization.yaml:2:5']);
  });

  it('a path kustomize changed in a way srcip-lint does not follow: reported at the overlay, saying why', () => {
    const dir = write(path.join(tmp, 'replaced'), {
      'kustomization.yaml': [
        'resources:',
        '  - service.yaml',
        '  - settings.yaml',
        'replacements:',
        '  - source: {kind: ConfigMap, name: settings, fieldPath: data.policy}',
        '    targets:',
        '      - select: {kind: Service, name: web}',
        '        fieldPaths: [spec.externalTrafficPolicy]',
        '',
      ].join('\n'),
      'service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n',
      'settings.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  policy: Locale\n',
    });
    const result = run(dir, ['.']);
    const f = only(result, 'service-traffic-policy-invalid-value');
    expect(at(f)).toBe('kustomization.yaml:2:5');
    expect(f.related[0]?.message).toMatch(/^srcip-lint cannot tell which line of the kustomization tree writes spec\.externalTrafficPolicy: the last writer found \(service\.yaml:7\) sets "Local", the build has "Locale" \(replacements, vars or transformers of kustomization\.yaml may\)\.$/);
  });
});

describe('objects of any kind', () => {
  it('deep paths in a custom resource (a Flux HelmRelease\'s spec.values) map to the patch and base lines that wrote them', () => {
    const dir = write(path.join(tmp, 'helmrelease'), {
      'base/kustomization.yaml': 'resources:\n  - release.yaml\n',
      'base/release.yaml': [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        '  name: ingress-nginx',
        'spec:',
        '  chart:',
        '    spec: {chart: ingress-nginx, version: 4.12.1}',
        '  values:',
        '    controller:',
        '      service:',
        '        type: LoadBalancer',
        '        externalTrafficPolicy: Local',
        '',
      ].join('\n'),
      'prod/kustomization.yaml': 'namespace: ingress\nresources:\n  - ../base\npatches:\n  - path: values.yaml\n',
      'prod/values.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\nspec:\n  values:\n    controller:\n      service:\n        externalTrafficPolicy: Cluster\n      config:\n        use-forwarded-headers: "true"\n',
      // A Flux Kustomization in a file of that name is an object, not a kustomize configuration.
      'flux/kustomization.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./prod\n  interval: 10m\n  prune: true\n  sourceRef: {kind: GitRepository, name: repo}\n',
    });
    const paths = [
      ['spec', 'values', 'controller', 'service', 'externalTrafficPolicy'],
      ['spec', 'values', 'controller', 'service', 'type'],
      ['spec', 'values', 'controller', 'config', 'use-forwarded-headers'],
      ['spec', 'values', 'controller', 'service', 'annotations'],
    ];
    const result = probeRun(dir, ['HelmRelease', 'Kustomization'], (o) => (o.kind === 'Kustomization' ? [['spec', 'path']] : paths));
    expect(result.findings.map((f) => `${f.message} ${at(f)}`).sort()).toEqual([
      'at spec.path flux/kustomization.yaml:6:3',
      'at spec.values.controller.config.use-forwarded-headers prod/values.yaml:11:9',
      // A missing key: its nearest existing ancestor, where the patch last wrote it.
      'at spec.values.controller.service.annotations prod/values.yaml:8:7',
      'at spec.values.controller.service.externalTrafficPolicy prod/values.yaml:9:9',
      'at spec.values.controller.service.type base/release.yaml:11:9',
    ]);
    const etp = result.findings.find((f) => f.message.endsWith('externalTrafficPolicy'));
    expect(etp?.related.map(rel)).toEqual(['base/release.yaml:12:9', 'prod/kustomization.yaml:3:5']);
  });
});

describe('chart values in a kustomize build', () => {
  it('a Flux HelmRelease built by an overlay: the objects its values make are linted, a values line an overlay patch sets lands on the patch', () => {
    const release = (values: string) =>
      `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\n  namespace: ingress-nginx\nspec:\n${values}`;
    const dir = write(path.join(tmp, 'flux'), {
      'base/kustomization.yaml': 'resources:\n  - release.yaml\n',
      'base/release.yaml': release('  interval: 10m\n  chart:\n    spec:\n      chart: ingress-nginx\n      version: 4.12.1\n      sourceRef: {kind: HelmRepository, name: ingress-nginx}\n  values:\n    controller:\n      service:\n        externalTrafficPolicy: Local\n'),
      'prod/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: values.yaml\n',
      'prod/values.yaml': release('  values:\n    controller:\n      config:\n        use-forwarded-headers: "true"\n'),
    });
    const result = run(dir, ['.']);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['prod/values.yaml:10:9 ingress-nginx-forwarded-headers-spoofable']);
    expect(result.stats.releases.length).toBeGreaterThan(0);
  });

  it('releases read from files (a helmfile) are read once, not again into each build', () => {
    const dir = copy('shop', 'with-helmfile');
    fs.cpSync(path.join(FIXTURES, 'values/helmfile'), path.join(dir, 'platform'), { recursive: true });
    const alone = run(path.join(dir, 'platform'), ['.']);
    const result = run(dir, ['.']);
    expect(result.stats.kustomize.built).toBeGreaterThan(1);
    expect(result.stats.releases.map((r) => r.source)).toEqual(alone.stats.releases.map((r) => r.source));
  });

  it('values inside a built valuesFrom ConfigMap\'s block scalar keep their exact line and column', () => {
    const dir = write(path.join(tmp, 'flux-values-from'), {
      'app/kustomization.yaml': 'resources:\n  - release.yaml\n  - values.yaml\n',
      'app/release.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\n  namespace: ingress-nginx\nspec:\n  chart:\n    spec:\n      chart: ingress-nginx\n      version: 4.12.1\n      sourceRef: {kind: HelmRepository, name: ingress-nginx}\n  valuesFrom:\n    - kind: ConfigMap\n      name: ingress-nginx-values\n  values:\n    controller:\n      service:\n        externalTrafficPolicy: Local\n',
      'app/values.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-values\n  namespace: ingress-nginx\ndata:\n  values.yaml: |\n    controller:\n      config:\n        hsts-max-age: 31536000\n',
    });
    const result = run(dir, ['.']);
    expect(result.stats.kustomize.built).toBe(1);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['app/values.yaml:10:9 ingress-nginx-exponent-number']);
  });

  it('values from a generator\'s files: entry are reported in that file, at their own line and column', () => {
    // Flux's documented pattern: a configMapGenerator (or secretGenerator) over values.yaml, its
    // hashed name followed into valuesFrom by a nameReference configuration.
    const release = (kind: string) =>
      `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\nspec:\n  chart:\n    spec:\n      chart: ingress-nginx\n      version: 4.12.1\n      sourceRef: {kind: HelmRepository, name: ingress-nginx}\n  valuesFrom:\n    - kind: ${kind}\n      name: ingress-nginx-values\n`;
    const values = 'controller:\n  service:\n    type: LoadBalancer\n    # srcip-lint-disable-next-line client-ip-lost-cluster-policy -- NLB in IP mode\n    externalTrafficPolicy: Cluster\n  config:\n    use-forwarded-headers: "true"\n';
    const tree = (kind: 'ConfigMap' | 'Secret') => ({
      'app/kustomization.yaml': `namespace: ingress-nginx\nresources:\n  - release.yaml\n${kind === 'Secret' ? 'secretGenerator' : 'configMapGenerator'}:\n  - name: ingress-nginx-values\n    files:\n      - values.yaml\nconfigurations:\n  - kustomizeconfig.yaml\n`,
      'app/kustomizeconfig.yaml': `nameReference:\n  - kind: ${kind}\n    version: v1\n    fieldSpecs:\n      - path: spec/valuesFrom/name\n        kind: HelmRelease\n`,
      'app/release.yaml': release(kind),
      'app/values.yaml': values,
    });
    for (const kind of ['ConfigMap', 'Secret'] as const) {
      const dir = write(path.join(tmp, `flux-generator-${kind}`), tree(kind));
      const whole = run(dir, ['.']);
      expect(whole.findings.map((f) => `${at(f)} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`), kind).toEqual([
        'app/values.yaml:5:5 client-ip-lost-cluster-policy (suppressed)',
        'app/values.yaml:7:5 ingress-nginx-forwarded-headers-spoofable',
      ]);
      // The staged values file alone, as a pre-commit hook lints it.
      expect(run(dir, ['app/values.yaml']).findings.filter((f) => !f.suppressed).map((f) => `${at(f)} ${f.ruleId}`), kind).toEqual(['app/values.yaml:7:5 ingress-nginx-forwarded-headers-spoofable']);
    }
  });

  it('a setting in a configuration file a generator puts in a ConfigMap is reported on its line of that file', () => {
    const dir = write(path.join(tmp, 'traefik-generator'), {
      'app/kustomization.yaml': 'namespace: traefik\nresources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: traefik-config\n    files:\n      - traefik.yml\n',
      'app/traefik.yml': 'entryPoints:\n  web:\n    address: ":8000"\n    forwardedHeaders:\n      insecure: true\n',
      'app/deployment.yaml': TRAEFIK_DEPLOYMENT,
    });
    expect(run(dir, ['.']).findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual(['app/traefik.yml:5:7 forwarded-headers-trust-all']);
  });

  it('a setting in a configuration file of a base ConfigMap is reported on its line of the base, unless a patch rewrote the file', () => {
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: traefik-config}\ndata:\n  traefik.yml: |\n    entryPoints:\n      web:\n        forwardedHeaders:\n          insecure: true\n';
    const dir = write(path.join(tmp, 'traefik-base'), {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - configmap.yaml\n',
      'base/deployment.yaml': TRAEFIK_DEPLOYMENT,
      'base/configmap.yaml': configMap,
      'prod/kustomization.yaml': 'namespace: traefik\nresources:\n  - ../base\n',
      'patched/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: config.yaml\n',
      'patched/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: traefik-config}\ndata:\n  traefik.yml: |\n    entryPoints:\n      web:\n        forwardedHeaders: {insecure: true}\n',
    });
    const result = run(dir, ['.']);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual([
      'base/configmap.yaml:9:11 forwarded-headers-trust-all',
      // The patch wrote the whole file: reported on the patch's key.
      'patched/config.yaml:5:3 forwarded-headers-trust-all',
    ]);
  });

  it('a merge generator\'s file replaces the key: values are reported in it, not in the base\'s file', () => {
    const dir = write(path.join(tmp, 'flux-generator-merged'), {
      'base/kustomization.yaml': 'resources:\n  - release.yaml\nconfigMapGenerator:\n  - name: ingress-nginx-values\n    options: {disableNameSuffixHash: true}\n    files:\n      - values.yaml\n',
      'base/release.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\n  namespace: ingress-nginx\nspec:\n  chart:\n    spec:\n      chart: ingress-nginx\n      version: 4.12.1\n      sourceRef: {kind: HelmRepository, name: ingress-nginx}\n  valuesFrom:\n    - kind: ConfigMap\n      name: ingress-nginx-values\n',
      'base/values.yaml': 'controller:\n  config:\n    use-forwarded-headers: "false"\n',
      'prod/kustomization.yaml': 'namespace: ingress-nginx\nresources:\n  - ../base\nconfigMapGenerator:\n  - name: ingress-nginx-values\n    behavior: merge\n    options: {disableNameSuffixHash: true}\n    files:\n      - values.yaml=prod-values.yaml\n',
      'prod/prod-values.yaml': 'controller:\n  config:\n    use-forwarded-headers: "true"\n',
    });
    const result = run(dir, ['prod']);
    expect(result.findings.map((f) => `${at(f)} ${f.ruleId}`)).toEqual([
      // The chart's default Service (LoadBalancer, Cluster): no values file writes it.
      'base/release.yaml:9:7 client-ip-lost-cluster-policy',
      'prod/prod-values.yaml:3:5 ingress-nginx-forwarded-headers-spoofable',
    ]);
  });
});

describe('every writer kustomize applies', () => {
  it('images, namespace, namePrefix, labels, annotations, a JSON6902 remove and a strategic-merge null: each path at the line that wrote it last', () => {
    const dir = write(path.join(tmp, 'writers'), {
      'base/kustomization.yaml': 'resources:\n  - app.yaml\n',
      'base/app.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: app',
        '  annotations:',
        '    team: web',
        'spec:',
        '  replicas: 2',
        '  selector:',
        '    matchLabels: {app: app}',
        '  template:',
        '    metadata:',
        '      labels: {app: app}',
        '    spec:',
        '      hostNetwork: true',
        '      containers:',
        '        - name: app',
        '          image: nginx:1.25',
        '          args: [--port=8080]',
        '',
      ].join('\n'),
      'prod/kustomization.yaml': [
        'namespace: prod',
        'namePrefix: prod-',
        'commonLabels:',
        '  tier: front',
        'commonAnnotations:',
        '  owner: platform',
        'resources:',
        '  - ../base',
        'images:',
        '  - name: nginx',
        '    newTag: "1.27"',
        'patches:',
        '  - path: no-host-network.yaml',
        '  - target: {kind: Deployment}',
        '    patch: |-',
        '      - op: remove',
        '        path: /spec/replicas',
        '',
      ].join('\n'),
      'prod/no-host-network.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      hostNetwork: null\n',
    });
    const paths: (string | number)[][] = [
      ['metadata', 'name'],
      ['metadata', 'namespace'],
      ['metadata', 'labels', 'tier'],
      ['metadata', 'annotations', 'owner'],
      ['metadata', 'annotations', 'team'],
      ['spec', 'template', 'spec', 'containers', 0, 'image'],
      ['spec', 'template', 'spec', 'containers', 0, 'args', 0],
      ['spec', 'replicas'],
      ['spec', 'template', 'spec', 'hostNetwork'],
    ];
    const result = probeRun(dir, ['Deployment'], () => paths);
    const where = Object.fromEntries(result.findings.map((f) => [f.message.slice(3), at(f)]));
    expect(where).toEqual({
      'metadata.name': 'prod/kustomization.yaml:2:1',
      'metadata.namespace': 'prod/kustomization.yaml:1:1',
      'metadata.labels.tier': 'prod/kustomization.yaml:4:3',
      'metadata.annotations.owner': 'prod/kustomization.yaml:6:3',
      'metadata.annotations.team': 'base/app.yaml:6:5',
      'spec.template.spec.containers.0.image': 'prod/kustomization.yaml:10:5',
      'spec.template.spec.containers.0.args.0': 'base/app.yaml:19:18',
      // Removed by the inline JSON6902 patch: its `path:` line.
      'spec.replicas': 'prod/kustomization.yaml:17:9',
      // Deleted by a null in a strategic-merge patch.
      'spec.template.spec.hostNetwork': 'prod/no-host-network.yaml:8:7',
    });
    const image = result.findings.find((f) => f.message.endsWith('image'));
    // The overlay's own kustomization file is the primary location: no "builds this" line besides.
    expect(image?.related.map((r) => `${rel(r)} ${r.message}`)).toEqual(['base/app.yaml:18:11 Deployment "app", which the build starts from, sets spec.template.spec.containers[0].image here.']);
    const args = result.findings.find((f) => f.message.endsWith('args.0'));
    expect(args?.related.map((r) => `${rel(r)} ${r.message}`)).toEqual(['prod/kustomization.yaml:8:5 Overlay prod builds this as Deployment "prod/prod-app".']);
  });
});

describe('SARIF of mapped findings', () => {
  it('passes the 2.1.0 schema and the multitool\'s GitHub rules', () => {
    const files: string[] = [];
    const cases: [string, LintResult][] = [
      ['repositories', run(KFIX, ['shop', 'ingress'])],
      ['failing', run(ROOT, ['fixtures/kustomize-build'])],
    ];
    for (const [name, result] of cases) {
      const text = formatters['sarif']!(result.findings, { rules, stats: result.stats, toolVersion: '0.1.0', color: false, notices: resultNotices(result), docsBaseUrl: DOCS_BASE_URL });
      const log = assertValidSarif(text);
      const results = log.runs[0]?.results ?? [];
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        for (const loc of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) expect(loc.physicalLocation?.artifactLocation?.uri).not.toMatch(/^\/|^\.\.\/|kustomize build/);
      }
      const file = path.join(tmp, `${name}.sarif`);
      fs.writeFileSync(file, text);
      files.push(file);
    }
    expect(multitoolErrors(files, path.join(ROOT, 'test/data/sarif-github-policy.xml'))).toEqual([]);
  }, 120_000);
});

describe('the command line', () => {
  it('builds in parallel, reports as the library does, and says how with --debug', () => {
    const r = runBin(['shop', 'ingress', '-f', 'json', '--debug'], { cwd: KFIX });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { stats: LintResult['stats']; results: { file: string }[] };
    expect(json.stats.kustomize.built).toBe(6);
    expect(r.stderr).toMatch(/; 6 kustomize builds by (kustomize|kubectl): 15 objects, \d+ ms\n$/);
    expect(r.stderr).not.toContain(os.tmpdir());
  });
});
