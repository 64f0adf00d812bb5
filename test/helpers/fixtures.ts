/**
 * Self-describing fixtures (STYLE.md): each file states its own findings.
 *
 *   <line>   # expect: rule-id[/messageId][, ...]      a finding starts on this line
 *   #        ^^^^^^ rule-id                            (next line) its column span
 *   <line>   # expect-alone: rule-id/messageId[, ...]  when this line's document is linted alone,
 *                                                      the rest of the file as context, a finding
 *                                                      of another document is reported here
 *                                                      (partial views: the other side's message)
 *
 * Header comments on the first lines set up the run:
 *   # options: { ... }         options of the folder's rule (YAML flow)
 *   # kube-version: 1.28       target Kubernetes version
 *   # also: rule-a, rule-b     more rules to run (their findings must be marked too)
 *   # namespace: ns            default namespace
 */

import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { rules } from '../../rules/index.js';
import { defaultConfig, type ResolvedConfig } from '../../src/config/config.js';
import type { Finding, RuleLevel } from '../../src/engine/types.js';
import { NEWEST_KNOWN, parseKubeVersion } from '../../src/k8s/version.js';
import { lint } from '../../src/lint.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');

export interface Expectation {
  line: number;
  ruleId: string;
  messageId?: string;
  column?: number;
  endColumn?: number;
}

export interface FixtureHeader {
  options?: unknown;
  kubeVersion?: string;
  also: string[];
  namespace?: string;
}

const MARKER = /#\s*expect:\s*([a-z0-9-]+(?:\/[A-Za-z0-9]+)?(?:\s*,\s*[a-z0-9-]+(?:\/[A-Za-z0-9]+)?)*)/;
const ALONE_MARKER = /#\s*expect-alone:\s*([a-z0-9-]+\/[A-Za-z0-9]+(?:\s*,\s*[a-z0-9-]+\/[A-Za-z0-9]+)*)/;
const CARET = /^(\s*#\s*?)(\s*)(\^+)\s+([a-z0-9-]+)\s*$/;

export function readHeader(text: string): FixtureHeader {
  const header: FixtureHeader = { also: [] };
  for (const line of text.split('\n')) {
    const m = /^#\s*(options|kube-version|also|namespace):\s*(.*)$/.exec(line);
    if (!m) {
      if (line.startsWith('#') || line.trim() === '' || line.startsWith('---')) continue;
      break;
    }
    const value = (m[2] as string).trim();
    if (m[1] === 'options') header.options = parseYaml(value);
    else if (m[1] === 'kube-version') header.kubeVersion = value;
    else if (m[1] === 'namespace') header.namespace = value;
    else header.also = value.split(/[\s,]+/).filter(Boolean);
  }
  return header;
}

/** Parses the markers of a fixture (1-based lines). */
export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    for (const item of (m[1] as string).split(',').map((s) => s.trim()).filter(Boolean)) {
      const [ruleId, messageId] = item.split('/') as [string, string | undefined];
      out.push({ line: i + 1, ruleId, ...(messageId ? { messageId } : {}) });
    }
    const next = lines[i + 1];
    const caret = next !== undefined ? CARET.exec(next) : null;
    if (caret) {
      const col = next!.indexOf('^') + 1;
      const len = (caret[3] as string).length;
      const target = out.find((e) => e.line === i + 1 && e.ruleId === caret[4] && e.column === undefined);
      if (target) {
        target.column = col;
        target.endColumn = col + len;
      }
    }
  });
  return out;
}

/** The `# expect-alone:` markers of a fixture (1-based lines). */
export function readAloneExpectations(text: string): Expectation[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const m = ALONE_MARKER.exec(line);
    if (!m) return [];
    return (m[1] as string).split(',').map((item) => {
      const [ruleId, messageId] = item.trim().split('/') as [string, string];
      return { line: i + 1, ruleId, messageId };
    });
  });
}

const DOCUMENT_MARKER = /^(---|\.\.\.)(\s|$)/;

/** The 0-based first and last lines of the document that holds `line` (1-based), between `---` markers. */
export function documentLines(lines: readonly string[], line: number): [number, number] {
  const marker = (i: number) => DOCUMENT_MARKER.test(lines[i] ?? '');
  let start = line - 1;
  while (start > 0 && !marker(start - 1)) start--;
  let end = line - 1;
  while (end < lines.length - 1 && !marker(end + 1)) end++;
  return [start, end];
}

/** The text with only the lines `[start, end]` kept (`keep`), or with them blanked; lines stay where they are. */
export function cutDocument(lines: readonly string[], [start, end]: [number, number], keep: boolean): string {
  return lines.map((l, i) => (DOCUMENT_MARKER.test(l) || (i >= start && i <= end) === keep ? l : '')).join('\n');
}

/** Where `lintAlone` puts the document it lints. */
export const ALONE_FILE = 'alone.yaml';

/**
 * Lints the document of a fixture that holds `line` alone (as `ALONE_FILE`), the rest of the
 * fixture as context (under its own path), with the fixture's header and `also:` rules, or with
 * `linted: true` the two parts both linted. Returns the unsuppressed findings.
 */
export function lintAlone(ruleId: string, file: string, line: number, options: { linted?: boolean } = {}): Finding[] {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const doc = documentLines(lines, line);
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const result = lint({
    cwd: ROOT,
    texts: [
      { path: ALONE_FILE, text: cutDocument(lines, doc, true) },
      { path: rel, text: cutDocument(lines, doc, false), context: options.linted !== true },
    ],
    config: configFor(ruleId, readHeader(text)),
  });
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return result.findings.filter((f) => !f.suppressed);
}

export function configFor(ruleId: string, header: FixtureHeader): ResolvedConfig {
  const base = defaultConfig(rules, ROOT);
  const levels = new Map<string, RuleLevel>();
  for (const r of rules) {
    const on = r.meta.id === ruleId || header.also.includes(r.meta.id);
    levels.set(r.meta.id, on ? r.meta.defaultSeverity : 'off');
  }
  const options = new Map<string, unknown>();
  if (header.options !== undefined) {
    const rule = rules.find((r) => r.meta.id === ruleId);
    const defaults = rule?.meta.defaultOptions as Record<string, unknown> | undefined;
    options.set(ruleId, { ...defaults, ...(header.options as Record<string, unknown>) });
  }
  const kube = header.kubeVersion ? parseKubeVersion(header.kubeVersion) : NEWEST_KNOWN;
  if (!kube) throw new Error(`bad kube-version ${header.kubeVersion}`);
  return { ...base, levels, options, kubeVersion: kube, namespace: header.namespace ?? 'default' };
}

/** Lints one fixture file with its folder's rule; returns unsuppressed findings. */
export function lintFixture(ruleId: string, file: string): { findings: Finding[]; expected: Expectation[]; text: string } {
  const text = fs.readFileSync(file, 'utf8');
  const header = readHeader(text);
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const result = lint({ cwd: ROOT, texts: [{ path: rel, text }], config: configFor(ruleId, header) });
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return { findings: result.findings.filter((f) => !f.suppressed), expected: readExpectations(text), text };
}

/**
 * A fixture tree: a directory under fixtures/<id>/ (kustomize overlays and their bases), linted as
 * a directory with the real kustomize on PATH; the markers of all its files (YAML and env files)
 * must equal the findings. Header comments (`# also:` ...) of any file apply to the whole tree.
 */
export function lintFixtureTree(ruleId: string, dir: string): { findings: Finding[]; expected: (Expectation & { file: string })[] } {
  const files = treeFiles(dir);
  const header: FixtureHeader = { also: [] };
  const expected: (Expectation & { file: string })[] = [];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const h = readHeader(text);
    header.also.push(...h.also);
    if (h.kubeVersion) header.kubeVersion = h.kubeVersion;
    const rel = path.relative(ROOT, f).split(path.sep).join('/');
    for (const e of readExpectations(text)) expected.push({ ...e, file: rel });
  }
  const result = lint({ cwd: ROOT, files: [path.relative(ROOT, dir)], config: configFor(ruleId, header) });
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return { findings: result.findings.filter((f) => !f.suppressed), expected };
}

/** The subdirectories of a rule's fixture folder: fixture trees. */
export function fixtureTrees(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Every YAML and env file of a fixture tree. */
export function treeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|json|env)$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

export function fixtureFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A readable one-line form for comparing findings and markers. */
export function describe(e: { line: number; ruleId: string; messageId?: string }): string {
  return `${e.line}: ${e.ruleId}${e.messageId ? `/${e.messageId}` : ''}`;
}
