/**
 * Safety (issue 7, DESIGN.md §10): srcip-lint never uses the network, starts no process but
 * kustomize (`kustomize build` or `kubectl kustomize`, from one module, by a fixed name, with an
 * argument list and no shell), never runs code found in configurations or manifests, writes no
 * file but --output-file (kustomize's wrapper kustomizations go to a temporary directory that is
 * removed), never puts an absolute path in a report, and its regexes over user data finish on long
 * adversarial strings (a catastrophic one would hang its test until vitest's timeout).
 */

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPair, isScalar, parseAllDocuments, type Scalar, visit } from 'yaml';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { lint, type LintResult } from '../src/lint.js';
import { BIN, runBin } from './helpers/bin.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-safety-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function sub(name: string): string {
  const d = path.join(tmp, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

function write(file: string, content: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const SERVICE = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n`;

describe('no network, no process but kustomize', () => {
  /** Node modules that reach the network or start processes. `node:net` is allowed for its IP-address parsers alone. */
  const FORBIDDEN = ['child_process', 'cluster', 'dgram', 'dns', 'http', 'http2', 'https', 'inspector', 'net', 'tls', 'vm', 'worker_threads'];
  const NET_PARSERS = new Set(['isIP', 'isIPv4', 'isIPv6']);
  /** The one module that may start a process (kustomize), and the bundle that holds it. */
  const PROCESS_MODULE = path.join(ROOT, 'src/kustomize/process.ts');
  const BUNDLE = path.join(ROOT, 'dist/srcip-lint.mjs');

  /** Every module a source text imports or requires, with the names it takes from it. */
  function imports(source: string): { spec: string; names: string }[] {
    const out: { spec: string; names: string }[] = [];
    const stmt = /import\s*(\{[^}]*\}|[\w$*\s,{}]*?)\s*from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:require|getBuiltinModule)\s*\(\s*["']([^"']+)["']\s*\)/g;
    for (const m of source.matchAll(stmt)) {
      // `import type` is erased at compile time: it loads nothing.
      if (/^type\s/.test((m[1] ?? '').trim())) continue;
      out.push({ spec: (m[2] ?? m[3] ?? m[4]) as string, names: m[1] ?? '*' });
    }
    return out;
  }

  function violations(file: string): string[] {
    const out: string[] = [];
    const source = fs.readFileSync(file, 'utf8');
    const found = imports(source);
    // The process module (and the bundle, which holds it) may load node:child_process, once.
    const processes = found.filter((i) => i.spec.replace(/^node:/, '') === 'child_process');
    const mayStart = (file === PROCESS_MODULE || file === BUNDLE) && processes.length === 1;
    for (const { spec, names } of found) {
      const mod = spec.replace(/^node:/, '').split('/')[0] as string;
      if (!FORBIDDEN.includes(mod)) continue;
      if (mod === 'child_process' && mayStart) continue;
      const named = /^\{([^}]*)\}$/.exec(names.trim());
      const taken = named ? (named[1] as string).split(',').map((n) => n.trim().split(/\s+as\s+/)[0] as string).filter(Boolean) : [];
      if (mod === 'net' && taken.length > 0 && taken.every((n) => NET_PARSERS.has(n))) continue;
      out.push(`${path.relative(ROOT, file)}: ${spec} (${names.trim()})`);
    }
    if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(source)) out.push(`${path.relative(ROOT, file)}: eval or new Function`);
    return out;
  }

  function tsFiles(dir: string): string[] {
    return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  }

  it('src/, rules/ and the bundle import nothing that reaches the network, nothing that starts a process outside src/kustomize/process.ts, and never eval', () => {
    const files = [...tsFiles(path.join(ROOT, 'src')), ...tsFiles(path.join(ROOT, 'rules')), BUNDLE, BIN];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(violations)).toEqual([]);
    expect(imports(fs.readFileSync(PROCESS_MODULE, 'utf8')).map((i) => i.spec)).toContain('node:child_process');
  });

  it('src/kustomize/process.ts starts only kustomize or kubectl, by that fixed name, with an argument list, no shell, no Helm, plugins or network', () => {
    const source = fs.readFileSync(PROCESS_MODULE, 'utf8');
    // The binary is one of two fixed names, found on PATH and passed by name.
    expect(source).toMatch(/export type KustomizeBinary = 'kustomize' \| 'kubectl';/);
    expect(source).toMatch(/for \(const name of \['kustomize', 'kubectl'\] as const\)/);
    // Every call that starts a process: execFile or spawnSync of that binary, with its argument list and shell: false.
    const calls = [...source.matchAll(/\b(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\(([^;]*)/g)].map((m) => `${m[1]}(${m[2]}`);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toMatch(/^(execFile|spawnSync)\((space\.)?binary, space\.args\(dir\), \{ cwd: dir, env: space\.env\(\), encoding: 'utf8', shell: false, /);
    }
    // Every build has a time limit: spawnSync's own, or a timer that kills the asynchronous build
    // (armed once the run's synchronous read is over, so the read's time is not counted against it).
    expect(calls.find((c) => c.startsWith('spawnSync'))).toMatch(/shell: false, timeout: space\.timeoutMs,/);
    expect(source).toMatch(/setTimeout\(\(\) => \{\s*stopped = true;\s*child\.kill\('SIGKILL'\);\s*\}, space\.timeoutMs\)/);
    expect(source).not.toMatch(/--enable-helm['"]|--enable-alpha-plugins['"]|--enable-exec['"]|--network['"]|LoadRestrictionsNone/);
    expect(source).toMatch(/\['build', wrapperDir, \.\.\.restrict\] : \['kustomize', wrapperDir, \.\.\.restrict\]/);
  });

  it('the scanner allows node:child_process only in the process module, and only once', () => {
    const twice = write(path.join(sub('scanner-twice'), 'process.ts'), "import { execFile } from 'node:child_process';\nconst cp = process.getBuiltinModule('node:child_process');\n");
    expect(violations(twice)).toHaveLength(2);
  });

  it('the scanner sees a forbidden import when there is one', () => {
    const probe = write(path.join(sub('scanner'), 'probe.ts'), "import { isIPv4 } from 'node:net';\nimport { connect } from 'node:net';\nimport cp from 'node:child_process';\nconst dns = process.getBuiltinModule('node:dns');\n");
    expect(violations(probe)).toHaveLength(3);
  });

  /**
   * A preload that makes every network API throw, and every process API too unless it starts
   * `kustomize` or `kubectl` with an argument list and `shell: false`; it logs denied attempts to
   * `log` and the processes it let start to `allowed`.
   */
  function preload(): { file: string; log: string; allowed: string } {
    const dir = sub('preload');
    const log = path.join(dir, 'attempts.log');
    const allowed = path.join(dir, 'allowed.log');
    const file = write(
      path.join(dir, 'deny.mjs'),
      `import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
const require = createRequire(import.meta.url);
const LOG = ${JSON.stringify(log)};
const ALLOWED = ${JSON.stringify(allowed)};
const cp = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync']) {
  const real = cp[name];
  cp[name] = function guarded(command, args, options, ...rest) {
    const ok = (command === 'kustomize' || command === 'kubectl') && Array.isArray(args) && options !== null && typeof options === 'object' && options.shell === false;
    if (!ok) {
      fs.appendFileSync(LOG, 'node:child_process.' + name + ' ' + String(command) + '\\n');
      throw new Error('srcip-lint must not call node:child_process.' + name + ' ' + String(command));
    }
    fs.appendFileSync(ALLOWED, JSON.stringify([name, command, ...args]) + '\\n');
    return real.call(this, command, args, options, ...rest);
  };
}
const deny = (obj, name, label) => {
  if (typeof obj[name] !== 'function') return;
  obj[name] = function denied() {
    fs.appendFileSync(LOG, label + '\\n');
    throw new Error('srcip-lint must not call ' + label);
  };
};
for (const [mod, names] of Object.entries({
  'node:net': ['connect', 'createConnection', 'createServer'],
  'node:tls': ['connect', 'createServer'],
  'node:http': ['request', 'get', 'createServer'],
  'node:https': ['request', 'get', 'createServer'],
  'node:http2': ['connect', 'createServer'],
  'node:dgram': ['createSocket'],
  'node:dns': ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny'],
  'node:child_process': ['exec', 'execSync', 'fork'],
  'node:worker_threads': ['Worker'],
})) {
  const m = require(mod);
  for (const n of names) deny(m, n, mod + '.' + n);
}
deny(require('node:net').Socket.prototype, 'connect', 'net.Socket.connect');
deny(require('node:dns').promises, 'lookup', 'dns.promises.lookup');
deny(globalThis, 'fetch', 'fetch');
syncBuiltinESMExports();
`,
    );
    return { file, log, allowed };
  }

  it('a full run under a preload that denies every network API, and every process but kustomize, never calls one', () => {
    const { file, log, allowed } = preload();
    const importArg = ['--import', pathToFileURL(file).href];
    // The trap is armed: a script that connects is caught.
    const armed = write(path.join(tmp, 'preload', 'connects.mjs'), "import net from 'node:net';\ntry { net.connect(9, '127.0.0.1'); } catch {}\n");
    runBin([], { cwd: tmp, nodeArgs: [...importArg, armed] });
    expect(fs.readFileSync(log, 'utf8')).toContain('node:net.connect');
    fs.rmSync(log);

    const out = path.join(sub('preload-out'), 'report.sarif');
    const runs = [
      runBin(['fixtures', 'samples', '-f', 'sarif', '-o', out, '--rule', 'k8s-schema=error'], { cwd: ROOT, nodeArgs: importArg }),
      runBin(['fixtures/helm/rendered/edge.yaml', '--chart-dir', 'fixtures/helm/edge', '--values', 'fixtures/helm/values/prod.yaml', '-f', 'json'], { cwd: ROOT, nodeArgs: importArg }),
      runBin(['-', '--stdin-filename', 'piped.yaml'], { cwd: ROOT, nodeArgs: importArg, input: SERVICE('piped') }),
      runBin(['--list-rules'], { cwd: ROOT, nodeArgs: importArg }),
      runBin(['explain', 'service-etp-not-allowed'], { cwd: ROOT, nodeArgs: importArg }),
    ];
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/must not call|internal error/);
      expect([0, 1]).toContain(r.code);
    }
    expect(fs.existsSync(log)).toBe(false);
    // The fixtures hold kustomizations: kustomize (or kubectl) was started for them, and only that way.
    const started = fs.readFileSync(allowed, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
    expect(started.length).toBeGreaterThan(5);
    for (const [api, command, ...args] of started) {
      expect(api).toBe('execFile');
      expect(command === 'kustomize' ? args[0] : args[0]).toBe(command === 'kustomize' ? 'build' : 'kustomize');
      expect(args.slice(-2)).toEqual(['--load-restrictor', 'LoadRestrictionsRootOnly']);
      expect(args).toHaveLength(4);
    }
  });
});

describe('no code execution from configurations or manifests', () => {
  it('JavaScript and Python tags in manifests and configurations are inert text', async () => {
    const d = sub('tags');
    const marker = path.join(d, 'EXECUTED');
    const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const manifest = write(
      path.join(d, 'tags.yaml'),
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: tags}',
        'data:',
        `  f: !!js/function "function () { ${payload.replace(/"/g, '\\"')} }"`,
        `  g: !<tag:yaml.org,2002:js/function> "function () { ${payload.replace(/"/g, '\\"')} }"`,
        '  r: !!js/regexp /x/',
        "  u: !!js/undefined ''",
        `  p: !!python/object/apply:os.system ["touch ${marker}"]`,
        `  __proto__: {polluted: "yes"}`,
        '---',
        SERVICE('proto').replace('metadata:\n', 'metadata:\n  __proto__: {polluted: "yes"}\n  constructor: {prototype: {polluted: "yes"}}\n'),
      ].join('\n'),
    );
    const result = lint({ cwd: d, files: [manifest] });
    expect(result.internalErrors).toEqual([]);
    expect(result.stats.objects).toBe(2);
    write(path.join(d, '.srcip-lint.yaml'), `extends: recommended\nrules:\n  __proto__: {polluted: "yes"}\n  service-etp-not-allowed: !!js/function "function () { ${payload.replace(/"/g, '\\"')} }"\n`);
    const cli = await runCli(['tags.yaml'], { cwd: d });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^srcip-lint: configuration error: \.srcip-lint\.yaml:/);
    const bin = runBin(['tags.yaml', '--no-config', '-f', 'json'], { cwd: d });
    expect([0, 1]).toContain(bin.code);
    expect(fs.existsSync(marker)).toBe(false);
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('apiVersion and kind never choose a module to load', () => {
    const d = sub('modules');
    const marker = path.join(d, 'LOADED');
    write(path.join(d, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n`);
    const rel = path.relative(path.join(ROOT, 'node_modules/kubernetes-models'), path.join(d, 'evil'));
    const manifest = [
      `apiVersion: ${rel}/v1\nkind: ${rel}\nmetadata: {name: x}\n`,
      `apiVersion: v1/../../${rel}\nkind: ../../${rel}\nmetadata: {name: y}\n`,
      `apiVersion: ${path.join(d, 'evil')}\nkind: Service\nmetadata: {name: z}\n`,
    ].join('---\n');
    const result = lint({ cwd: d, texts: [{ path: 'm.yaml', text: manifest }], config: { ...defaultConfig(rules, d), levels: presetLevels(rules, 'all') } });
    expect(result.internalErrors).toEqual([]);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('no file written but --output-file', () => {
  /** Every file and directory under a root: path → size, mode and content hash. */
  function snapshot(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const abs = path.join(dir, rel);
      const st = fs.lstatSync(abs);
      const hash = st.isFile() ? createHash('sha256').update(fs.readFileSync(abs)).digest('hex') : st.isSymbolicLink() ? fs.readlinkSync(abs) : 'dir';
      out.set(rel, `${st.mode} ${st.size} ${hash}`);
    }
    return out;
  }

  it('a run over a project writes nothing; with -o it adds the report and nothing else', () => {
    const root = sub('writes');
    const proj = path.join(root, 'proj');
    write(path.join(proj, '.srcip-lint.yaml'), 'extends: recommended\nrules:\n  k8s-schema: error\n');
    write(path.join(proj, 'deploy/service.yaml'), SERVICE('web'));
    write(path.join(proj, 'deploy/broken.yaml'), 'a: [1,\n');
    fs.cpSync(path.join(FIXTURES, 'helm'), path.join(proj, 'helm'), { recursive: true });
    // Kustomizations are built through wrappers in a temporary directory (TMPDIR below), which is removed.
    fs.cpSync(path.join(FIXTURES, 'kustomize/shop'), path.join(proj, 'shop'), { recursive: true });
    const env = { HOME: path.join(root, 'home'), XDG_CACHE_HOME: path.join(root, 'home/.cache'), TMPDIR: path.join(root, 'tmp') };
    for (const d of Object.values(env)) fs.mkdirSync(d, { recursive: true });
    const before = snapshot(root);
    for (const format of ['stylish', 'json', 'sarif', 'compact', 'github']) {
      const r = runBin(['.', '-f', format, '--chart-dir', 'helm/edge'], { cwd: proj, env });
      expect([0, 1]).toContain(r.code);
      if (format === 'json') expect((JSON.parse(r.stdout) as { stats: { kustomize: { built: number } } }).stats.kustomize.built).toBe(3);
    }
    expect(snapshot(root)).toEqual(before);
    const r = runBin(['.', '-f', 'sarif', '-o', 'report.sarif'], { cwd: proj, env });
    expect([0, 1]).toContain(r.code);
    const after = snapshot(root);
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([path.join('proj', 'report.sarif')]);
    expect([...before].filter(([k, v]) => after.get(k) !== v)).toEqual([]);
  });
});

describe('reports never hold an absolute path', () => {
  it('absolute inputs, inputs outside the working directory and an absolute --stdin-filename are reported relative', () => {
    const root = sub('uris');
    const proj = path.join(root, 'proj');
    write(path.join(proj, 'a.yaml'), SERVICE('a'));
    write(path.join(proj, 'dir with space/b.yaml'), SERVICE('b'));
    write(path.join(root, 'outside/c.yaml'), SERVICE('c'));
    write(path.join(root, 'outside/d.yaml'), SERVICE('d'));
    const args = [path.join(proj, 'a.yaml'), 'dir with space', '../outside/c.yaml', path.join(root, 'outside/d.yaml'), '-', '--stdin-filename', path.join(proj, 'piped.yaml')];
    const reports: Record<string, string> = {};
    for (const format of ['sarif', 'json', 'stylish', 'compact', 'github']) {
      const r = runBin([...args, '-f', format], { cwd: proj, input: SERVICE('e') });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain(root);
      expect(r.stderr).not.toContain(root);
      reports[format] = r.stdout;
    }
    const log = JSON.parse(reports['sarif'] as string) as Log;
    const uris = (log.runs[0]?.results ?? []).map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation);
    expect([...new Set(uris.map((u) => u?.uri))].sort()).toEqual(['../outside/c.yaml', '../outside/d.yaml', 'a.yaml', 'dir%20with%20space/b.yaml', 'piped.yaml']);
    for (const u of uris) expect(u?.uriBaseId).toBe('%SRCROOT%');
    const json = JSON.parse(reports['json'] as string) as { results: { file: string }[] };
    expect([...new Set(json.results.map((x) => x.file))].sort()).toEqual(['../outside/c.yaml', '../outside/d.yaml', 'a.yaml', 'dir with space/b.yaml', 'piped.yaml']);
  });
});

describe('regexes over user data finish on long adversarial strings', () => {
  const ALL = { ...defaultConfig(rules, ROOT), levels: presetLevels(rules, 'all') };

  function lintText(text: string, file = 'adversarial.yaml'): LintResult {
    const result = lint({ cwd: ROOT, texts: [{ path: file, text }], config: ALL });
    expect(result.internalErrors).toEqual([]);
    return result;
  }

  it('an apiVersion with a 10 MB API group (the group check overflowed the regex stack)', () => {
    const r = lintText(`apiVersion: ${'a.'.repeat(5_000_000)}k8s.io/v1\nkind: Service\nmetadata: {name: x}\n---\napiVersion: ${'a.'.repeat(5_000_000)}x/v1\nkind: Service\nmetadata: {name: y}\n`);
    expect(r.stats.objects).toBe(2);
  });

  it('Secret data of 10 MB, valid base64 or not (the base64 check overflowed the regex stack)', () => {
    const r = lintText(`apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  ok: ${'QUJD'.repeat(2_500_000)}\n  bad: ${'QUJD'.repeat(2_500_000)}!\n`);
    expect(r.stats.objects).toBe(1);
  });

  it('a Helm template line with 40 actions matched against a long rendered value (exponential as a RegExp)', () => {
    const d = sub('helm-actions');
    write(path.join(d, 'chart/Chart.yaml'), 'apiVersion: v2\nname: chart\nversion: 0.1.0\n');
    const actions = Array.from({ length: 40 }, () => '{{ .Values.p }}').join('-');
    write(
      path.join(d, 'chart/templates/svc.yaml'),
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ "${'a'.repeat(2_000_000)}" | trunc 3 }}\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: ${actions}x\n`,
    );
    const rendered = `---\n# Source: chart/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: aaa\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: "${'-'.repeat(100_000)}"\n`;
    write(path.join(d, 'rendered.yaml'), rendered);
    const result = lint({ cwd: d, files: ['rendered.yaml'], chartDirs: ['chart'], config: ALL });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.helm?.reason ?? '').not.toMatch(/internal error/);
  });

  /** Strings that make backtracking regexes over them quadratic or worse, 100,000 characters each. */
  const PUMPS = [
    ' '.repeat(100_000),
    '\t.'.repeat(50_000),
    ' .'.repeat(50_000),
    'a:'.repeat(50_000),
    '1.'.repeat(50_000),
    '0'.repeat(100_000),
    ':1'.repeat(50_000),
    '--'.repeat(50_000),
    'a='.repeat(50_000),
    ', '.repeat(50_000),
    '_a'.repeat(50_000),
    '[:'.repeat(50_000),
    '{{ .a }}-'.repeat(11_112),
    '$(a)'.repeat(25_000),
    'x'.repeat(100_000),
  ].map((p) => `${p}!`);

  /** Keys that decide what a document is: left alone, so the rules still see the objects. */
  const KEEP = new Set(['apiVersion', 'kind']);
  /** Maps whose keys are user data too (ConfigMap keys, annotations, labels). */
  const DATA_MAPS = new Set(['data', 'stringData', 'annotations', 'labels', 'binaryData']);
  const PUMPED_PER_INPUT = 25;

  /**
   * A fixture with adversarial tails: of its string values (and the keys of data, annotation and
   * label maps), up to PUMPED_PER_INPUT, chosen with a seed, each get one of the pumps in turn.
   * Undefined for a fixture with YAML errors (those are the property tests' business).
   */
  function adversarial(text: string, seed: number): string | undefined {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
    const targets: Scalar[] = [];
    for (const doc of docs) {
      visit(doc, {
        Pair(_, pair, ancestors) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          if (isScalar(pair.value) && typeof pair.value.value === 'string' && !KEEP.has(key)) targets.push(pair.value);
          const owner = ancestors[ancestors.length - 2];
          if (isPair(owner) && isScalar(owner.key) && DATA_MAPS.has(String(owner.key.value)) && isScalar(pair.key)) targets.push(pair.key);
        },
        Seq(_, seq) {
          for (const item of seq.items) if (isScalar(item) && typeof item.value === 'string') targets.push(item);
        },
      });
    }
    const chosen = fc.sample(fc.shuffledSubarray(targets.map((_, i) => i), { minLength: Math.min(PUMPED_PER_INPUT, targets.length), maxLength: Math.min(PUMPED_PER_INPUT, targets.length) }), { seed, numRuns: 1 })[0] ?? [];
    chosen.forEach((i, n) => {
      const node = targets[i] as Scalar;
      node.value = `${String(node.value)}${PUMPS[(n + seed) % PUMPS.length] as string}`;
    });
    return docs.map((doc) => doc.toString({ lineWidth: 0 })).join('---\n');
  }

  function inputs(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ya?ml|json)$/.test(e.name) && !p.includes(`${path.sep}templates${path.sep}`)) out.push(p);
      }
    };
    walk(FIXTURES);
    walk(path.join(ROOT, 'samples'));
    return out.sort();
  }

  const seedOf = (rel: string): number => [...rel].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

  it.each(inputs().map((f) => [path.relative(ROOT, f)]))('%s with adversarial tails on its strings', (rel) => {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const pumped = adversarial(text, seedOf(rel));
    if (pumped === undefined) {
      // A fixture with YAML errors: linted as it is (the pumps need a document to rewrite).
      lintText(text, rel);
      return;
    }
    const original = lintText(text, rel);
    const result = lintText(pumped, rel);
    // The objects are still read as objects, so the rules and their models ran over the tails.
    expect(result.stats.objects).toBe(original.stats.objects);
  });

  it('the rewriting reaches values and data keys, and leaves apiVersion and kind alone', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\nlist: [x]\n';
    const out = adversarial(text, 1) ?? '';
    const doc = parseAllDocuments(out)[0];
    const js = doc && 'toJS' in doc ? (doc.toJS() as Record<string, unknown>) : {};
    expect([js['apiVersion'], js['kind']]).toEqual(['v1', 'ConfigMap']);
    expect(out.length).toBeGreaterThan(4 * 100_000);
    expect(Object.keys(js['data'] as object)[0]?.length).toBeGreaterThan(100_000);
  });
});
