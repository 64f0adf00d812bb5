/**
 * Robustness (issue 7, DESIGN.md §10), through the built command line as CI runs it: every class
 * of bad input is survived and accounted for (read, or listed in `stats.skipped` with its reason),
 * the exit code follows the findings (2 only when an input could not be read), and failures of
 * the tool itself (its output, its configuration, its standard streams) end with exit 2, one line,
 * no stack trace, and never a half-written report.
 *
 * Big inputs (50 MB lines, 10,000 levels of nesting) are generated in a temporary directory.
 */

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SkipReason } from '../src/lint.js';
import { lint } from '../src/lint.js';
import { MAX_ERRORS_PER_DOCUMENT } from '../src/source/load.js';
import { parseAllDocuments } from 'yaml';
import { BIN, isOneLineFailure, runBin, type BinRun } from './helpers/bin.js';
import { CORPUS, CORPUS_NOTE, HAS_CORPUS } from './helpers/corpus.js';

interface JsonReport {
  results: { file: string; findings: { ruleId: string; severity: string; message: string; suppressed: unknown }[] }[];
  stats: {
    files: number;
    documents: number;
    kubernetesDocuments: number;
    skippedDocuments: number;
    unreadableDocuments: number;
    errors: number;
    skippedFiles: number;
    skipped: { path: string; reason: SkipReason; message: string; templates?: string }[];
  };
}

/** One input of a class of bad input. */
interface Case {
  /** The file (or link, or directory) made in the tree, relative to it. */
  readonly path: string;
  readonly make: (abs: string) => void;
  /** Read and linted, or skipped with this reason. */
  readonly expect: 'read' | SkipReason;
  /** Must (true) or must not (false) give a yaml-syntax finding; undefined: either. */
  readonly syntax?: boolean;
  /** What to name on the command line to lint it alone (default: `path`). */
  readonly arg?: string;
}

const MB = 1024 * 1024;
const DEEP = 10_000;

const text = (content: string | Buffer) => (abs: string) => fs.writeFileSync(abs, content);
const link = (target: string) => (abs: string) => fs.symlinkSync(target, abs);

/**
 * YAML syntax errors, one of each kind the parser and srcip-lint tell apart. Each file starts with
 * a comment that names apiVersion and kind: a file kubectl cannot read with no sign of being a
 * manifest is skipped as not Kubernetes instead (the cases at the end of cases()).
 */
const MANIFEST_SIGN = '# apiVersion: v1, kind: ConfigMap (a manifest with a YAML error)\n';
const SYNTAX_ERRORS: Record<string, string> = {
  'unclosed-flow-sequence': 'a: [1,\n',
  'unclosed-flow-mapping': 'a: {b: 1\n',
  'unterminated-double-quote': 'a: "x\n',
  'unterminated-single-quote': "a: 'x\n",
  'tab-indentation': 'a:\n\t- b\n',
  'mapping-as-implicit-key': 'a: b: c\n',
  'bad-indentation': 'a:\n  b: 1\n c: 2\n',
  'unresolved-alias': 'a: *nope\n',
  'alias-as-key-without-anchor': '*a : b\n',
  'stray-flow-end': ']\n',
  'bad-escape': 'a: "\\q"\n',
  'reserved-indicator-at': 'a: @b\n',
  'reserved-indicator-backtick': 'a: `b`\n',
  'implicit-key-over-1024-chars': `${'k'.repeat(2000)}: 1\n`,
  'two-anchors-on-a-node': 'a: &x &y b\n',
  'sequence-after-mapping': 'a: 1\n- b\n',
  'mapping-after-sequence': '- a\nb: c\n',
  'multi-line-implicit-key': '"a\nb": c\n',
  'extra-flow-end': '{a: 1}}\n',
  'block-scalar-less-indented': 'a: |\n    x\n  y\n',
  'document-marker-inside-flow': '[a,\n---\nb]\n',
  'content-after-flow-collection': '[a] b\n',
  'directive-without-document': '%YAML 1.2\n',
  'broken-document-then-a-good-one': 'a: [1,\n---\napiVersion: v1\nkind: Service\nmetadata: {name: after-broken}\nspec: {type: ClusterIP, externalTrafficPolicy: Local}\n',
};

function aliasBomb(): string {
  const names = 'abcdefghij';
  const lines = ['  a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < names.length; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n${lines.join('\n')}\n`;
}

function deepBlockMapping(levels: number): (abs: string) => void {
  return (abs) => {
    const fd = fs.openSync(abs, 'w');
    try {
      fs.writeSync(fd, MANIFEST_SIGN);
      for (let i = 0; i < levels; i++) fs.writeSync(fd, `${' '.repeat(i)}k:\n`);
    } finally {
      fs.closeSync(fd);
    }
  };
}

/** Helm-style template source where no Chart.yaml says so: a template throughout, skipped with the reason. */
const GO_TEMPLATE = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "x" . }}\ndata:\n${'  {{- if .Values.a }}\n  {{ .Values.k }}: {{ .Values.v | quote }}\n  {{- end }}\n'.repeat(100)}`;

/** A hundred broken lines in one document: hundreds of YAML errors. */
const MANY_ERRORS = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: broken}\ndata:\n${Array.from({ length: 100 }, (_, i) => `  k${i}: a: b\n`).join('')}`;

const SERVICE = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n`;

function cases(): Case[] {
  const list: Case[] = Object.entries(SYNTAX_ERRORS).map(([name, yaml]) => ({ path: `syntax/${name}.yaml`, make: text(MANIFEST_SIGN + yaml), expect: 'read', syntax: true }));
  list.push(
    { path: 'alias-bomb.yaml', make: text(aliasBomb()), expect: 'read', syntax: true },
    { path: 'deep-flow-sequence.yaml', make: text(`${MANIFEST_SIGN}a: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`), expect: 'read', syntax: true },
    { path: 'deep-flow-mapping.yaml', make: text(`${MANIFEST_SIGN}a: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`), expect: 'read', syntax: true },
    { path: 'deep-block-sequence.yaml', make: text(`${MANIFEST_SIGN}${'- '.repeat(DEEP)}x\n`), expect: 'read', syntax: true },
    // 10,000 levels of block indentation: 50 MB of leading spaces.
    { path: 'deep-block-mapping.yaml', make: deepBlockMapping(DEEP), expect: 'read', syntax: true },
    {
      path: 'huge-line-in-a-configmap.yaml',
      make: text(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  big: "${'x'.repeat(50 * MB)}"\n`),
      expect: 'read',
      syntax: false,
    },
    { path: 'huge-line-plain.yaml', make: text('a'.repeat(50 * MB)), expect: 'read', syntax: false },
    { path: 'binary.yaml', make: text(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])), expect: 'read', syntax: true },
    { path: 'invalid-utf8.yaml', make: text(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a])), expect: 'read', syntax: true },
    { path: 'utf16.yaml', make: text(Buffer.from('\uFEFFapiVersion: v1\nkind: Service\n', 'utf16le')), expect: 'read', syntax: true },
    { path: 'empty.yaml', make: text(''), expect: 'read', syntax: false },
    { path: 'blank.yaml', make: text('\n   \n\n'), expect: 'read', syntax: false },
    { path: 'comments-only.yaml', make: text('# nothing\n---\n# here\n'), expect: 'read', syntax: false },
    { path: 'many-empty-documents.yaml', make: text(`${'---\n'.repeat(DEEP)}${SERVICE('after-many')}`), expect: 'read', syntax: false },
    { path: 'a-directory.yaml/inside.yaml', make: text(SERVICE('inside-a-directory-named-yaml')), expect: 'read', syntax: false, arg: 'a-directory.yaml' },
    { path: 'duplicate-keys.yaml', make: text('apiVersion: v1\nkind: Service\nmetadata: {name: dup}\nspec:\n  type: ClusterIP\n  type: NodePort\n'), expect: 'read', syntax: true },
    {
      path: 'tags.yaml',
      make: text(
        'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: !!binary aGVsbG8=\n---\n' +
          'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: !Ref Name}\ndata: {a: !Sub "${AWS::Region}", b: !GetAtt X.Y, c: !!str 1}\n',
      ),
      expect: 'read',
    },
    { path: 'scalar-document.yaml', make: text('just a string\n'), expect: 'read', syntax: false },
    { path: 'sequence-document.yaml', make: text('- apiVersion: v1\n  kind: Service\n- 2\n'), expect: 'read', syntax: false },
    { path: 'null-document.yaml', make: text('~\n---\nnull\n'), expect: 'read', syntax: false },
    { path: 'kind-without-apiversion.yaml', make: text('kind: Service\nmetadata: {name: a}\nspec: {externalTrafficPolicy: Local}\n'), expect: 'read', syntax: false },
    { path: 'apiversion-without-kind.yaml', make: text('apiVersion: v1\nmetadata: {name: a}\n'), expect: 'read', syntax: false },
    {
      path: 'metadata-not-a-map.yaml',
      make: text('apiVersion: v1\nkind: Service\nmetadata: [a, b]\n---\napiVersion: v1\nkind: Service\nmetadata: just-text\n---\napiVersion: v1\nkind: Service\nmetadata:\n'),
      expect: 'read',
      syntax: false,
    },
    {
      path: 'numeric-labels.yaml',
      make: text('apiVersion: v1\nkind: Service\nmetadata:\n  name: 123\n  labels: {app: 1, 2: 3, on: yes}\n  annotations: {a: 4.5}\nspec: {selector: {app: 1}, ports: [{port: "80"}]}\n'),
      expect: 'read',
      syntax: false,
    },
    {
      path: 'prototype-keys.yaml',
      make: text('apiVersion: v1\nkind: Service\nmetadata:\n  name: proto\n  labels: {__proto__: {polluted: "yes"}, constructor: x}\n__proto__: {polluted: "yes"}\nspec: {type: ClusterIP}\n'),
      expect: 'read',
    },
    { path: 'go-template-outside-a-chart.yaml', make: text(GO_TEMPLATE), expect: 'template' },
    { path: 'many-errors.yaml', make: text(MANY_ERRORS), expect: 'read', syntax: true },
    { path: 'bom-and-crlf.yaml', make: text(`\uFEFF${SERVICE('crlf').replace(/\n/g, '\r\n')}`), expect: 'read', syntax: false },
    // Links and special files while walking a tree: listed, not followed.
    { path: 'self-loop.yaml', make: link('self-loop.yaml'), expect: 'symlink-loop' },
    { path: 'loop/up', make: link('..'), expect: 'symlink-loop' },
    { path: 'link-out-of-tree.yaml', make: link('../outside/target.yaml'), expect: 'symlink-outside-tree' },
    { path: 'link-out-of-tree-dir', make: link('../outside'), expect: 'symlink-outside-tree' },
    { path: 'broken-link.yaml', make: link('nothing-here.yaml'), expect: 'broken-symlink' },
    { path: 'fifo.yaml', make: (abs) => mkfifo(abs), expect: 'not-a-file' },
    // A Helm chart: its templates are Go template source, skipped with the reason; the rest is YAML.
    { path: 'chart/Chart.yaml', make: text('apiVersion: v2\nname: chart\nversion: 0.1.0\n'), expect: 'read', syntax: false },
    { path: 'chart/values.yaml', make: text('service:\n  type: LoadBalancer\n'), expect: 'read', syntax: false },
    {
      path: 'chart/templates/service.yaml',
      make: text('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "chart.fullname" . }}\n  {{- with .Values.annotations }}\n  annotations: {{ toYaml . | nindent 4 }}\n  {{- end }}\n'),
      expect: 'helm-template',
    },
    { path: 'chart/charts/sub/Chart.yaml', make: text('apiVersion: v2\nname: sub\nversion: 0.1.0\n'), expect: 'read', syntax: false },
    { path: 'chart/charts/sub/templates/deep/cm.yaml', make: text('{{- if .Values.x }}\nkind: ConfigMap\n{{- end }}\n'), expect: 'helm-template' },
    // What kubectl reads is not a YAML error, whatever the YAML spec says (a comment right after a quoted value).
    { path: 'go-yaml-reads-it.yaml', make: text('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "b"# note\n'), expect: 'read', syntax: false },
    // Files kubectl cannot read with no apiVersion or kind key: not manifests, skipped with the reason.
    { path: 'not-manifests/extensions.json', make: text('{\n\t// Extension identifier format: ${publisher}.${name}. Example: vscode.csharp\n\t"recommendations": ["a.b",],\n}\n'), expect: 'not-kubernetes' },
    { path: 'not-manifests/dashboard.json', make: text('/* Licensed under the Apache License 2.0 */\n{"title": "x", "panels": []}\n'), expect: 'not-kubernetes' },
    { path: 'not-manifests/syntax-error.yaml', make: text('a: [1,\n'), expect: 'not-kubernetes' },
  );
  return list;
}

function mkfifo(abs: string): void {
  const r = spawnSync('mkfifo', [abs]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr?.toString() ?? r.error?.message ?? ''}`);
}

let root: string;
let tree: string;
const CASES = cases();

/** A world-readable scratch directory (runs as nobody read it when the tests run as root). */
function scratch(name: string): string {
  const d = path.join(root, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-robust-'));
  fs.chmodSync(root, 0o755);
  tree = scratch('tree');
  const outside = scratch('outside');
  fs.writeFileSync(path.join(outside, 'target.yaml'), SERVICE('outside'));
  for (const c of CASES) {
    const abs = path.join(tree, c.path);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    c.make(abs);
  }
});

afterAll(() => {
  // Directories made unreadable for a test are made readable again so they can be removed.
  const restore = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        fs.chmodSync(p, 0o755);
        restore(p);
      }
    }
  };
  if (root) {
    restore(root);
    fs.rmSync(root, { recursive: true, force: true });
  }
});

function json(run: BinRun): JsonReport {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return JSON.parse(run.stdout) as JsonReport;
}

function syntaxFindings(report: JsonReport, file: string): number {
  return report.results.filter((r) => r.file === file).flatMap((r) => r.findings).filter((f) => f.ruleId === 'yaml-syntax').length;
}

/** Exit code as the findings decide (fail level error): 1 with an unsuppressed error, else 0. */
function expectedCode(report: JsonReport): number {
  return report.results.some((r) => r.findings.some((f) => f.severity === 'error' && !f.suppressed)) ? 1 : 0;
}

describe('every class of bad input is survived and accounted for', () => {
  let report: JsonReport;
  let run: BinRun;
  beforeAll(() => {
    run = runBin(['.', '-f', 'json'], { cwd: tree });
    report = json(run);
  });

  it('a whole tree of them: exit code by findings, stats add up to every entry made', () => {
    expect(run.code).toBe(expectedCode(report));
    const read = CASES.filter((c) => c.expect === 'read');
    const skipped = CASES.filter((c) => c.expect !== 'read');
    expect(report.stats.files).toBe(read.length);
    expect(report.stats.skipped.map((s) => `${s.path} ${s.reason}`).sort()).toEqual(skipped.map((c) => `${c.path} ${c.expect}`).sort());
    expect(report.stats.skippedFiles).toBe(report.stats.skipped.length);
    expect(report.stats.files + report.stats.skippedFiles).toBe(CASES.length);
    const s = report.stats;
    expect(s.documents).toBe(s.kubernetesDocuments + s.skippedDocuments + s.unreadableDocuments);
    // A skipped file has no findings; every finding names a file that was read.
    const skippedPaths = new Set(skipped.map((c) => c.path));
    const readPaths = new Set(read.map((c) => c.path));
    for (const r of report.results) {
      expect(skippedPaths.has(r.file)).toBe(false);
      expect(readPaths.has(r.file)).toBe(true);
    }
    // Each skipped entry says why, in words.
    for (const sk of s.skipped) expect(sk.message).toMatch(/^skipped: /);
  });

  it('syntax errors of every kind, bombs and deep nesting are yaml-syntax findings; the rest is not', () => {
    for (const c of CASES) {
      if (c.syntax === true) expect(syntaxFindings(report, c.path), c.path).toBeGreaterThan(0);
      if (c.syntax === false) expect(syntaxFindings(report, c.path), c.path).toBe(0);
    }
  });

  it('YAML errors past the first 20 of a document are counted in one more finding', () => {
    const docs = parseAllDocuments(MANY_ERRORS);
    const errors = Array.isArray(docs) ? docs.reduce((n, d) => n + d.errors.length, 0) : 0;
    expect(errors).toBeGreaterThan(MAX_ERRORS_PER_DOCUMENT);
    const found = report.results.filter((r) => r.file === 'many-errors.yaml').flatMap((r) => r.findings).filter((f) => f.ruleId === 'yaml-syntax');
    expect(found).toHaveLength(MAX_ERRORS_PER_DOCUMENT + 1);
    expect(found.at(-1)?.message).toContain(`${errors - MAX_ERRORS_PER_DOCUMENT} more YAML errors in this document are not listed`);
  });

  it('the documents after a broken one are still read', () => {
    const file = report.results.find((r) => r.file === 'syntax/broken-document-then-a-good-one.yaml');
    expect(file?.findings.some((f) => f.ruleId === 'yaml-syntax')).toBe(true);
    expect(file?.findings.some((f) => f.ruleId === 'service-etp-not-allowed')).toBe(true);
  });

  it('stylish prints the same summary, skipped files and their reasons included', () => {
    const stylish = runBin(['.'], { cwd: tree });
    expect(stylish.code).toBe(run.code);
    expect(stylish.stderr).toBe('');
    const s = report.stats;
    expect(stylish.stdout).toContain(`${s.files} files, ${s.documents} documents`);
    expect(stylish.stdout).toContain(`${s.skippedFiles} files not read (`);
    expect(stylish.stdout).toContain(`${s.skippedDocuments} non-Kubernetes documents skipped`);
    for (const sk of s.skipped) {
      // Files that are not manifests are counted, not announced.
      if (sk.reason === 'not-kubernetes') expect(stylish.stdout).not.toContain(sk.path);
      else if (sk.reason !== 'helm-template') expect(stylish.stdout).toContain(`warning: ${sk.path}: ${sk.message}`);
    }
    // A chart's templates are named once, by their templates/ directory, with their number.
    const charts = new Map<string, number>();
    for (const sk of s.skipped.filter((x) => x.reason === 'helm-template')) {
      const dir = sk.templates ?? '';
      expect(dir).toMatch(/(^|\/)templates\/$/);
      expect(sk.path.startsWith(dir)).toBe(true);
      charts.set(dir, (charts.get(dir) ?? 0) + 1);
    }
    expect(charts.size).toBeGreaterThan(0);
    for (const [dir, n] of charts) expect(stylish.stdout).toContain(`warning: ${dir}: skipped ${n} Helm chart template${n === 1 ? '' : 's'} (Go template source`);
  });

  it.each(CASES.filter((c) => c.expect === 'read').map((c) => [c.path, c] as const))('alone on the command line: %s', (_, c) => {
    const one = runBin([c.arg ?? c.path, '-f', 'json'], { cwd: tree });
    const r = json(one);
    expect(one.code).toBe(expectedCode(r));
    expect(r.stats.files).toBe(1);
    expect(r.stats.skippedFiles).toBe(0);
    if (c.syntax === true) expect(syntaxFindings(r, c.path)).toBeGreaterThan(0);
  });

  it('files over --max-file-size are listed as skipped and the rest is linted, stdin included', () => {
    const d = scratch('sizes');
    fs.writeFileSync(path.join(d, 'small.yaml'), SERVICE('small'));
    fs.writeFileSync(path.join(d, 'large.yaml'), `${SERVICE('large')}${'# padding\n'.repeat(300)}`);
    const r = runBin(['.', '-', '--stdin-filename', 'piped.yaml', '--max-file-size', '1K', '-f', 'json'], { cwd: d, input: `${SERVICE('piped')}${'#'.repeat(2000)}\n` });
    const rep = json(r);
    expect(r.code).toBe(expectedCode(rep));
    expect(rep.stats.skipped.map((s) => `${s.path} ${s.reason}`).sort()).toEqual(['large.yaml too-large', 'piped.yaml too-large']);
    expect(rep.stats.files).toBe(1);
    expect(rep.results.map((x) => x.file)).toEqual(['small.yaml']);
  });
});

describe('inputs that cannot be read: exit 2 after reporting everything else', () => {
  let server: net.Server | undefined;
  afterAll(() => server?.close());

  it('a file without read permission and a directory that cannot be listed (as an unprivileged user)', () => {
    const d = scratch('perm');
    fs.writeFileSync(path.join(d, 'good.yaml'), SERVICE('good'));
    fs.writeFileSync(path.join(d, 'secret.yaml'), SERVICE('secret'));
    fs.chmodSync(path.join(d, 'secret.yaml'), 0o000);
    fs.mkdirSync(path.join(d, 'locked'));
    fs.writeFileSync(path.join(d, 'locked', 'in.yaml'), SERVICE('locked'));
    fs.chmodSync(path.join(d, 'locked'), 0o000);
    const r = runBin(['.', '-f', 'json'], { cwd: d, unprivileged: true });
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.results.map((x) => x.file)).toEqual(['good.yaml']);
    expect(rep.stats.skipped.map((s) => `${s.path} ${s.reason}`).sort()).toEqual(['locked unreadable', 'secret.yaml unreadable']);
    expect(rep.stats.files + rep.stats.skippedFiles).toBe(3);
    expect(r.stderr).toMatch(/^srcip-lint: error: secret\.yaml: permission denied$/m);
    fs.chmodSync(path.join(d, 'locked'), 0o755);
  });

  it('a socket named on the command line, as any user (root included)', async () => {
    const d = scratch('socket');
    fs.writeFileSync(path.join(d, 'good.yaml'), SERVICE('good'));
    const sock = path.join(d, 'sock.yaml');
    const s = net.createServer();
    server = s;
    await new Promise<void>((resolve) => s.listen(sock, resolve));
    const r = runBin(['good.yaml', 'sock.yaml', '-f', 'json'], { cwd: d });
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.results.map((x) => x.file)).toEqual(['good.yaml']);
    expect(rep.stats.skipped.map((x) => `${x.path} ${x.reason}`)).toEqual(['sock.yaml unreadable']);
    expect(r.stderr).toMatch(/^srcip-lint: error: sock\.yaml: no such device or address/m);
  });

  it('files that vanish between listing and reading (library)', () => {
    const d = scratch('vanish');
    for (const n of ['a.yaml', 'b.yaml', 'c.yaml']) fs.writeFileSync(path.join(d, n), SERVICE(n.slice(0, 1)));
    const result = lint({ cwd: d, files: ['.'], onFile: (done) => done === 1 && fs.rmSync(path.join(d, 'b.yaml')) });
    expect(result.internalErrors).toEqual([]);
    expect(result.stats.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual(['b.yaml vanished']);
    expect(result.stats.files + result.stats.skippedFiles).toBe(3);
    expect([...new Set(result.findings.map((f) => f.file))]).toEqual(['a.yaml', 'c.yaml']);
  });
});

describe('failures of the tool itself: exit 2, one line, no stack trace, no half-written report', () => {
  let d: string;
  beforeAll(() => {
    d = scratch('io');
    fs.writeFileSync(path.join(d, 'bad.yaml'), SERVICE('bad'));
  });

  /** Runs the CLI with a 1 KiB file size limit (SIGXFSZ ignored): any write past it fails with EFBIG. */
  function withFileSizeLimit(command: string): BinRun {
    const r = spawnSync('/bin/sh', ['-c', `trap '' XFSZ; ulimit -f 1; ${command}`], { cwd: d, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: d } });
    return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  }

  it('--output-file in a directory it may not write to: the existing report stays as it was (as an unprivileged user)', () => {
    const ro = scratch('io/read-only');
    fs.writeFileSync(path.join(ro, 'report.json'), 'the previous report\n');
    fs.chmodSync(ro, 0o555);
    const r = runBin(['bad.yaml', '-f', 'json', '-o', 'read-only/report.json'], { cwd: d, unprivileged: true });
    fs.chmodSync(ro, 0o755);
    expect(isOneLineFailure(r)).toBe(true);
    expect(r.stderr).toMatch(/^srcip-lint: cannot write the report to read-only\/report\.json: permission denied$/m);
    expect(fs.readFileSync(path.join(ro, 'report.json'), 'utf8')).toBe('the previous report\n');
    expect(fs.readdirSync(ro)).toEqual(['report.json']);
  });

  it('--output-file when the write fails half-way (file size limit): the existing report stays, no temporary file is left', () => {
    fs.writeFileSync(path.join(d, 'report.sarif'), 'the previous report\n');
    const before = fs.readdirSync(d).sort();
    const r = withFileSizeLimit(`exec "${process.execPath}" "${BIN}" bad.yaml -f sarif -o report.sarif`);
    expect(isOneLineFailure(r)).toBe(true);
    expect(r.stderr).toMatch(/^srcip-lint: cannot write the report to report\.sarif: file too large/);
    expect(fs.readFileSync(path.join(d, 'report.sarif'), 'utf8')).toBe('the previous report\n');
    expect(fs.readdirSync(d).sort()).toEqual(before);
  });

  it('standard output redirected to a file that cannot take the whole report', () => {
    const r = withFileSizeLimit(`exec "${process.execPath}" "${BIN}" bad.yaml -f sarif > stdout.sarif`);
    expect(isOneLineFailure(r)).toBe(true);
    expect(r.stderr).toMatch(/^srcip-lint: cannot write the report to standard output: EFBIG/);
  });

  it('--output-file that is a directory, or in a directory that does not exist', () => {
    fs.mkdirSync(path.join(d, 'a-dir'), { recursive: true });
    const dir = runBin(['bad.yaml', '-o', 'a-dir'], { cwd: d });
    expect(isOneLineFailure(dir)).toBe(true);
    expect(dir.stderr).toMatch(/a-dir: it is a directory/);
    const missing = runBin(['bad.yaml', '-o', 'no/such/dir/report.json'], { cwd: d });
    expect(isOneLineFailure(missing)).toBe(true);
    expect(missing.stderr).toMatch(/no\/such\/dir\/report\.json: no such file or directory/);
    expect(fs.existsSync(path.join(d, 'no'))).toBe(false);
  });

  it('--debug adds the stack trace', () => {
    const r = runBin(['bad.yaml', '-o', 'no/such/dir/report.json', '--debug'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('a configuration file that cannot be read: without permission (as an unprivileged user), or a directory', () => {
    const c = scratch('io/config');
    fs.writeFileSync(path.join(c, '.srcip-lint.yaml'), 'rules: {}\n');
    fs.chmodSync(path.join(c, '.srcip-lint.yaml'), 0o000);
    fs.writeFileSync(path.join(c, 'ok.yaml'), 'a: 1\n');
    const found = runBin(['ok.yaml'], { cwd: c, unprivileged: true });
    expect(isOneLineFailure(found)).toBe(true);
    expect(found.stderr).toMatch(/^srcip-lint: configuration error: \.srcip-lint\.yaml: cannot read the configuration file: permission denied/);
    const asDir = runBin(['ok.yaml', '--config', '.'], { cwd: c });
    expect(isOneLineFailure(asDir)).toBe(true);
    expect(asDir.stderr).toMatch(/cannot read the configuration file: is a directory/);
  });

  it('standard input empty, closed, or a directory', () => {
    const empty = runBin(['-'], { cwd: d, input: '' });
    expect(isOneLineFailure(empty)).toBe(true);
    expect(empty.stderr).toMatch(/^srcip-lint: standard input is empty/);
    const closed = runBin(['-'], { cwd: d, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(isOneLineFailure(closed)).toBe(true);
    expect(closed.stderr).toMatch(/^srcip-lint: standard input is empty/);
    const fd = fs.openSync(d, 'r');
    try {
      const dir = runBin(['-'], { cwd: d, stdio: [fd, 'pipe', 'pipe'] });
      expect(isOneLineFailure(dir)).toBe(true);
      expect(dir.stderr).toMatch(/^srcip-lint: cannot read standard input: is a directory/);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('standard output closed by its reader before the report is written (EPIPE)', async () => {
    fs.writeFileSync(path.join(d, 'many.yaml'), Array.from({ length: 3000 }, (_, i) => SERVICE(`svc-${i}`)).join('---\n'));
    const child = spawn(process.execPath, [BIN, 'many.yaml', '-f', 'json'], { cwd: d, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(isOneLineFailure({ code: code ?? -1, signal: null, stdout: '', stderr })).toBe(true);
    expect(stderr).toMatch(/^srcip-lint: cannot write the report to standard output: .*EPIPE/);
  });
});

describe('the shared corpus', () => {
  it.skipIf(!HAS_CORPUS)(`a Helm chart's directory: templates skipped with the reason, no yaml-syntax findings${CORPUS_NOTE}`, () => {
    const chart = path.join(CORPUS, 'helm/ingress-nginx-2020/chart/ingress-nginx');
    const templates = fs
      .readdirSync(path.join(chart, 'templates'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|json)$/i.test(f));
    expect(templates.length).toBeGreaterThan(10);
    const r = runBin(['.', '-f', 'json'], { cwd: chart });
    const rep = json(r);
    expect(r.code).toBe(expectedCode(rep));
    expect(rep.stats.skipped.filter((s) => s.reason === 'helm-template').map((s) => s.path).sort()).toEqual(templates.map((t) => `templates/${t.split(path.sep).join('/')}`).sort());
    expect(rep.results.flatMap((x) => x.findings).filter((f) => f.ruleId === 'yaml-syntax')).toEqual([]);
    const stylish = runBin(['.'], { cwd: chart });
    expect(stylish.stdout).toContain(`${templates.length} files not read (${templates.length} Helm chart templates)`);
    // One notice for the chart's templates/, not one per template.
    const compact = runBin(['.', '-f', 'compact'], { cwd: chart });
    expect(compact.stderr.split('\n').filter((l) => l.includes('Helm chart template'))).toEqual([
      `srcip-lint: warning: templates/: skipped ${templates.length} Helm chart templates (Go template source, not YAML); lint what \`helm template\` renders from the chart instead`,
    ]);
  });

  it.skipIf(!HAS_CORPUS)(`all of it, nasty/ included: no crash, stats add up to the files given${CORPUS_NOTE}`, () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') walk(p);
        else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) files.push(p);
      }
    };
    walk(CORPUS);
    const r = runBin([CORPUS, '-f', 'json'], { cwd: path.dirname(CORPUS) });
    const rep = json(r);
    expect(r.code).toBe(expectedCode(rep));
    expect(rep.stats.files + rep.stats.skippedFiles).toBe(files.length);
    // Chart templates, Go templates outside a chart (nasty/helm-templates-unrendered) and files
    // that are not manifests are skipped with their reason; nothing else is.
    for (const sk of rep.stats.skipped) {
      if (sk.reason === 'template') expect(sk.path).toMatch(/helm-templates-unrendered\//);
      else expect(['helm-template', 'not-kubernetes']).toContain(sk.reason);
    }
    const s = rep.stats;
    expect(s.documents).toBe(s.kubernetesDocuments + s.skippedDocuments + s.unreadableDocuments);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
