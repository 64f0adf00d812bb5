/** The command line contract (DESIGN.md §1): options, exit codes, one-line errors, no stack traces. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { sarifSizeNotices } from '../src/cli/main.js';
import { runCli } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';
import { assertValidSarif } from './helpers/sarif.js';

/** An ANSI colour escape. */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

let dir: string;

const BAD_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: whoami}
spec:
  replicas: 3
  selector: {matchLabels: {app: whoami}}
  template:
    metadata: {labels: {app: whoami}}
    spec:
      containers: [{name: whoami, image: docker.io/traefik/whoami:latest}]
`;
const LOCAL_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: whoami}\nspec: {type: NodePort, externalTrafficPolicy: Local, selector: {app: whoami}, ports: [{port: 80}]}\n';

function write(rel: string, text: string): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-cli-'));
  write('bad.yaml', BAD_SERVICE);
  write('ok.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: ok}\nspec: {type: LoadBalancer, externalTrafficPolicy: Local}\n');
  write('split/deploy.yaml', DEPLOYMENT);
  write('split/service.yaml', LOCAL_SERVICE);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Errors are one line (plus the --help hint), never a stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
}

describe('information', () => {
  it('--help and --version', async () => {
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: srcip-lint/);
    const version = await runCli(['--version'], { cwd: dir });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--list-rules lists every rule, as a table or as JSON', async () => {
    const table = await runCli(['--list-rules'], { cwd: dir });
    for (const r of rules) expect(table.stdout).toContain(r.meta.id);
    const json = await runCli(['--list-rules', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { id: string }[]).map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
  });

  it('explain prints the rule doc', async () => {
    const r = await runCli(['explain', 'service-etp-not-allowed'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# service-etp-not-allowed/);
    const bad = await runCli(['explain', 'service-etp-not-alowed'], { cwd: dir });
    expect(bad.code).toBe(2);
    expectOneLineError(bad.stderr, /did you mean "service-etp-not-allowed"/);
  });

  it('--print-config shows the configuration in effect', async () => {
    const r = await runCli(['--print-config', '--kube-version', '1.28', '--rule', 'k8s-schema=off', '--no-config'], { cwd: dir });
    const cfg = JSON.parse(r.stdout) as { kubeVersion: string; rules: Record<string, unknown> };
    expect(cfg.kubeVersion).toBe('1.28');
    expect(cfg.rules['k8s-schema']).toBe('off');
  });
});

describe('exit codes', () => {
  it('0 when clean, 1 with errors', async () => {
    expect((await runCli(['ok.yaml'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['bad.yaml', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.yaml:7:3: error: .*\[service-etp-not-allowed\]$/m);
  });

  it('--fail-on and --max-warnings decide on warnings', async () => {
    const files = ['split/deploy.yaml', 'split/service.yaml', '--rule', 'local-etp-nodeport-not-daemonset=off'];
    expect((await runCli(files, { cwd: dir })).code).toBe(0);
    expect((await runCli([...files, '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
    expect((await runCli([...files, '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await runCli([...files, '--max-warnings', '5'], { cwd: dir })).code).toBe(0);
  });

  it('--quiet reports errors only', async () => {
    const r = await runCli(['split/deploy.yaml', 'split/service.yaml', '--quiet', '--fail-on', 'warning', '-f', 'compact'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('2 for a path that names nothing', async () => {
    const r = await runCli(['nope.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /nope\.yaml: no such file or directory/);
  });

  it('2 for unreadable entries, after reporting the rest', async () => {
    const loop = path.join(dir, 'loop', 'a.yaml');
    fs.mkdirSync(path.dirname(loop), { recursive: true });
    if (!fs.existsSync(loop)) fs.symlinkSync(loop, loop);
    fs.copyFileSync(path.join(dir, 'bad.yaml'), path.join(dir, 'loop', 'b.yaml'));
    const r = await runCli(['loop/a.yaml', 'loop/b.yaml', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('loop/b.yaml:7:3');
    expect(r.stderr).toMatch(/loop\/a\.yaml: too many levels of symbolic links/);
  });
});

describe('usage errors exit 2 with one line', () => {
  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['-f', 'xml'], /unknown format "xml"/],
    [['--rule', 'nope=error'], /unknown rule id "nope"/],
    [['--rule', 'service-etp-not-allowed=loud'], /level must be off, info, warning or error/],
    [['--rule', 'service-etp-not-allowed'], /--rule expects ID=LEVEL/],
    [['--kube-version', 'latest'], /--kube-version expects a Kubernetes version/],
    [['--fail-on', 'fatal'], /--fail-on must be error, warning or info/],
    [['--max-warnings', 'many'], /--max-warnings expects a whole number/],
    [['--max-file-size', 'huge'], /--max-file-size expects a size/],
    [['--namespace', 'Bad_NS'], /not a valid namespace name/],
    [['--config', 'missing.yaml'], /configuration file not found/],
    [['--stdin-filename', 'x.yaml', 'ok.yaml'], /--stdin-filename needs -/],
  ])('%j', async (args, pattern) => {
    const r = await runCli([...args, 'ok.yaml'].slice(0, args[0] === '--stdin-filename' ? 3 : undefined), { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, pattern);
  });
});

describe('configuration', () => {
  it('is found upward from the working directory and applied', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-cfg-'));
    fs.writeFileSync(path.join(base, '.srcip-lint.yaml'), 'rules:\n  service-etp-not-allowed: warning\n');
    fs.mkdirSync(path.join(base, 'sub'));
    fs.writeFileSync(path.join(base, 'sub', 'bad.yaml'), BAD_SERVICE);
    const r = await runCli(['bad.yaml', '-f', 'compact'], { cwd: path.join(base, 'sub') });
    expect(r.stdout).toMatch(/warning: .*\[service-etp-not-allowed\]/);
    expect(r.code).toBe(0);
    const none = await runCli(['bad.yaml', '--no-config'], { cwd: path.join(base, 'sub') });
    expect(none.code).toBe(1);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it.each([
    ['rules:\n  service-etp-not-alowed: error\n', /\.srcip-lint\.yaml:2:3: unknown rule id "service-etp-not-alowed" \(did you mean "service-etp-not-allowed"\?\)/],
    ['extends: recommended\nrule:\n  x: off\n', /\.srcip-lint\.yaml:2:1: unknown key "rule" \(did you mean "rules"\?\)/],
    ['rules:\n  service-etp-not-allowed: loud\n', /\.srcip-lint\.yaml:2:\d+: rules\.service-etp-not-allowed: must be one of/],
    ['kubeVersion: 1.30\n', /kubeVersion must be a quoted string/],
    ['kubeVersion: "one"\n', /\.srcip-lint\.yaml:1:\d+: /],
    ['rules: [\n', /\.srcip-lint\.yaml:\d+:\d+: invalid YAML/],
    ['rules:\n  yaml-syntax: [error, {strict: true}]\n', /rule "yaml-syntax" takes no options/],
  ])('reports %j with file:line and exit 2', async (text, pattern) => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-cfg-'));
    fs.writeFileSync(path.join(base, '.srcip-lint.yaml'), text);
    fs.writeFileSync(path.join(base, 'ok.yaml'), 'a: 1\n');
    const r = await runCli(['ok.yaml'], { cwd: base });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, pattern);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('the shipped schema is what the loader validates against', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/srcip-lint.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['chartDirs', 'context', 'extends', 'gitignore', 'ignore', 'kubeVersion', 'kustomize', 'namespace', 'rules', 'values']);
  });
});

describe('.gitignore', () => {
  let repo: string;
  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-cli-gitignore-'));
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(path.join(repo, 'generated'));
    fs.writeFileSync(path.join(repo, '.gitignore'), 'generated/\n');
    fs.writeFileSync(path.join(repo, 'generated', 'svc.yaml'), BAD_SERVICE);
    fs.writeFileSync(path.join(repo, 'svc.yaml'), BAD_SERVICE);
  });
  afterAll(() => {
    if (repo) fs.rmSync(repo, { recursive: true, force: true });
  });
  const files = async (args: string[]): Promise<string[]> => {
    const r = await runCli(['.', '-f', 'json', '--no-config', ...args], { cwd: repo });
    return (JSON.parse(r.stdout) as { results: { file: string }[] }).results.map((x) => x.file);
  };

  it('leaves out what .gitignore ignores, unless --no-gitignore or gitignore: false says otherwise', async () => {
    expect(await files([])).toEqual(['svc.yaml']);
    expect(await files(['--no-gitignore'])).toEqual(['generated/svc.yaml', 'svc.yaml']);
    fs.writeFileSync(path.join(repo, 'cfg.yaml'), 'gitignore: false\n');
    const r = await runCli(['.', '-f', 'json', '-c', 'cfg.yaml'], { cwd: repo });
    expect((JSON.parse(r.stdout) as { results: { file: string }[] }).results.map((x) => x.file)).toEqual(['generated/svc.yaml', 'svc.yaml']);
    const printed = await runCli(['--print-config', '--no-gitignore', '--no-config'], { cwd: repo });
    expect(JSON.parse(printed.stdout)).toMatchObject({ gitignore: false });
    fs.writeFileSync(path.join(repo, 'bad.yaml'), 'gitignore: no-thanks\n');
    const bad = await runCli(['.', '-c', 'bad.yaml'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:1:\d+: gitignore: must be boolean/);
  });
});

describe('inputs', () => {
  it('reads stdin with a name', async () => {
    const r = await runCli(['-', '--stdin-filename', 'deploy/svc.yaml', '-f', 'compact'], { cwd: dir, stdin: BAD_SERVICE });
    expect(r.stdout).toMatch(/^deploy\/svc\.yaml:7:3: error/m);
    expect(r.code).toBe(1);
  });

  it('expands globs and walks directories', async () => {
    const r = await runCli(['split/*.yaml', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { stats: { files: number } }).stats.files).toBe(2);
    const d = await runCli(['split', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(d.stdout) as { stats: { files: number } }).stats.files).toBe(2);
  });

  it('--context loads counterparts: their findings are reported only from the linted side', async () => {
    const onlyDeploy = await runCli(['split/deploy.yaml', '-f', 'compact'], { cwd: dir });
    expect(onlyDeploy.stdout).toBe('');
    const withContext = await runCli(['split/deploy.yaml', '--context', 'split/service.yaml', '-f', 'compact'], { cwd: dir });
    expect(withContext.stdout).toMatch(/^split\/deploy\.yaml:\d+:\d+: warning: .*\[local-etp-unspread-workload\]$/m);
    // The Service's finding about the Deployment, told from the Deployment's side.
    expect(withContext.stdout).toMatch(/^split\/deploy\.yaml:2:1: warning: Deployment "whoami" is not a DaemonSet, but a NodePort Service .*\[local-etp-nodeport-not-daemonset\]$/m);
    expect(withContext.stdout).not.toContain('split/service.yaml:');
    const json = await runCli(['split/deploy.yaml', '--context', 'split/service.yaml', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(json.stdout) as { results: { file: string; findings: { messageId: string; related: { file: string; message: string }[] }[] }[] };
    expect(out.results.map((r) => r.file)).toEqual(['split/deploy.yaml']);
    const promoted = out.results[0]?.findings.find((f) => f.messageId === 'workloadNodePort');
    expect(promoted?.related[0]).toMatchObject({ file: 'split/service.yaml', message: 'NodePort Service "whoami" sets externalTrafficPolicy: Local here' });
    expect(json.stdout).not.toContain('"view"');
  });

  it('says when a context pattern matches no file, from --context or the configuration', async () => {
    write('ctx/.srcip-lint.yaml', 'context:\n  - "k8s/**/*.yaml"\n  - "missing/**"\n');
    write('ctx/k8s/deploy.yaml', DEPLOYMENT);
    write('ctx/svc.yaml', LOCAL_SERVICE);
    const r = await runCli(['svc.yaml', '--context', 'nothing.yaml', '-f', 'compact'], { cwd: path.join(dir, 'ctx') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^svc\.yaml:4:\d+: warning: .*\[local-etp-nodeport-not-daemonset\]$/m);
    expect(r.stderr).toContain('srcip-lint: warning: context pattern "missing/**" in .srcip-lint.yaml matches no file, so cross-file rules do not see the objects it was meant to load\n');
    expect(r.stderr).toContain('srcip-lint: warning: --context "nothing.yaml" matches no file, so cross-file rules do not see the objects it was meant to load\n');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    const json = await runCli(['svc.yaml', '-f', 'json'], { cwd: path.join(dir, 'ctx') });
    expect((JSON.parse(json.stdout) as { notices: { level: string; message: string }[] }).notices).toEqual([
      { level: 'warning', message: 'context pattern "missing/**" in .srcip-lint.yaml matches no file, so cross-file rules do not see the objects it was meant to load' },
    ]);
    const stylish = await runCli(['svc.yaml'], { cwd: path.join(dir, 'ctx') });
    expect(stylish.stdout).toContain('warning: context pattern "missing/**" in .srcip-lint.yaml matches no file');
  });

  it('--max-file-size skips large files with a warning', async () => {
    const r = await runCli(['bad.yaml', '--max-file-size', '10', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bad\.yaml: skipped: \d+ bytes is more than --max-file-size 10/);
  });

  it('--namespace sets the default namespace', async () => {
    const r = await runCli(['bad.yaml', '--namespace', 'shop', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { results: { findings: { object: { namespace: string } }[] }[] };
    expect(out.results[0]?.findings[0]?.object.namespace).toBe('shop');
  });
});

describe('output', () => {
  it('--output-file writes the report; SARIF is valid', async () => {
    const r = await runCli(['.', '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(r.stdout).toBe('');
    assertValidSarif(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    fs.rmSync(path.join(dir, 'out.sarif'));
  });

  it('colours only for a terminal or when forced, never with NO_COLOR', async () => {
    expect((await runCli(['bad.yaml'], { cwd: dir })).stdout).not.toMatch(ANSI);
    expect((await runCli(['bad.yaml'], { cwd: dir, tty: true })).stdout).toMatch(ANSI);
    expect((await runCli(['bad.yaml'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['bad.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['bad.yaml', '--no-color'], { cwd: dir, tty: true })).stdout).not.toMatch(ANSI);
  });
});

describe('SARIF size against GitHub upload limit', () => {
  // The report is never held whole: over 4x the gzip limit in raw bytes, it is made again, piece
  // by piece, into a gzip stream that only counts. A limit of 1,000 bytes stands for 10 MB here.
  const pieces = (n: number, seed: number) => () =>
    Array.from({ length: n }, (_, i) => `${i}:${((i + 1) * 2654435761 * seed) % 4294967291}:${Math.sin(i * seed).toFixed(12)}\n`);
  it('says nothing at or under 4x the limit in raw bytes, without compressing', async () => {
    expect(await sarifSizeNotices(4000, () => { throw new Error('must not be made again'); }, 1000)).toEqual([]);
  });
  it('warns when the gzip-compressed report is over the limit', async () => {
    const report = pieces(2000, 7);
    const bytes = report().join('').length;
    expect(bytes).toBeGreaterThan(4000);
    expect(await sarifSizeNotices(bytes, report, 1000)).toEqual([{ level: 'warning', message: expect.stringContaining('gzip-compressed; GitHub code scanning rejects uploads over 10 MB') }]);
  });
  it('says nothing when the report compresses under the limit', async () => {
    const report = () => Array.from({ length: 2000 }, () => 'the same line again\n');
    expect(await sarifSizeNotices(40_000, report, 1000)).toEqual([]);
  });
});
