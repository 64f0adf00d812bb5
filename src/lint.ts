/**
 * The library entry point: files or texts plus a configuration in, findings and statistics out.
 * `lint()` reads files; everything below it (source → model → engine) is pure.
 */

import fs from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { defaultConfig, type ResolvedConfig } from './config/config.js';
import type { Rule } from './engine/rule.js';
import { runRules } from './engine/run.js';
import type { FileDirectives, Finding, K8sObject, ManifestDocument, Range, RuleLevel, SyntaxReport } from './engine/types.js';
import { traceToCharts } from './helm/index.js';
import { MODEL_KINDS } from './model/kinds.js';
import { Model } from './model/model.js';
import { type LoadInput, type LoadResult, type SourceStats, emptyStats, loadInput, parseYamlValue } from './source/index.js';
import { describeError, expandPaths, type InputProblem, type SkippedFile } from './source/inputs.js';
import { isDirectory, isFile } from './util/fs.js';

export type { SkippedFile, SkipReason } from './source/inputs.js';
export { describeError, displayPath } from './source/inputs.js';

export interface LintRequest {
  /** Working directory: relative paths and displayed paths are relative to it. */
  readonly cwd?: string;
  /** Paths, directories and globs to lint. */
  readonly files?: readonly string[];
  /**
   * In-memory documents to lint (stdin), each with the path reports name. Bytes are decoded as
   * files are (invalid UTF-8 and NUL bytes become `yaml-syntax` findings); `--max-file-size`
   * applies to them too.
   */
  readonly texts?: readonly { readonly path: string; readonly text: string | Uint8Array }[];
  /** Leave out what `.gitignore` files ignore when walking directories (default: the configuration's `gitignore`, true). */
  readonly gitignore?: boolean;
  /** Paths and globs loaded only so cross-object rules see them; their findings are dropped. */
  readonly context?: readonly string[];
  readonly config?: ResolvedConfig;
  readonly rules?: readonly Rule[];
  /** Files larger than this many bytes are reported and skipped (default 64 MiB). */
  readonly maxFileSize?: number;
  /**
   * Directories that are Helm charts or hold charts (`--chart-dir`), relative to `cwd`; the
   * configuration's `chartDirs` are added. Findings in Helm output are reported at the chart's
   * template line when its chart is found (DESIGN.md §2).
   */
  readonly chartDirs?: readonly string[];
  /** Values files the charts were rendered with (`--values`, in helm's order: the last wins). */
  readonly values?: readonly string[];
  /**
   * `false` reads every document with the full `yaml` parser, positions included, and every kind
   * in full: slower, and the same findings (a test proves it over the corpus). Default `true`.
   */
  readonly fastPaths?: boolean;
  /** Called after each file is read (for progress displays). */
  readonly onFile?: (done: number, total: number) => void;
}

/**
 * The numbers of a run (JSON output `stats`). Every input is accounted for:
 *   files found = files + contextFiles + the files in `skipped` (too large, vanished, unreadable,
 *   Helm chart templates, files that are not manifests)
 * and `skipped` also lists the entries of a walked tree that were not followed (links out of the
 * tree, loops, broken links, special files, directories that cannot be listed). Documents:
 *   documents = kubernetesDocuments + skippedDocuments + unreadableDocuments
 * (see SourceStats).
 */
export interface RunStats extends SourceStats {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly suppressed: number;
  /** Files given with --context (loaded, not reported). */
  readonly contextFiles: number;
  /** Inputs not read: `skipped.length`. */
  readonly skippedFiles: number;
  /** Each input not read, with the reason (in the order met). */
  readonly skipped: readonly SkippedFile[];
}

export interface LintResult {
  readonly findings: Finding[];
  readonly stats: RunStats;
  /** Paths that name no file: a usage error. */
  readonly missing: InputProblem[];
  /**
   * Inputs not read (the same list as `stats.skipped`). Those with reason `unreadable` are I/O
   * errors (the CLI exits 2 after reporting everything else); the others are warnings.
   */
  readonly fileProblems: readonly SkippedFile[];
  /** A rule threw: a bug in srcip-lint. */
  readonly internalErrors: string[];
  /** Milliseconds spent reading files, parsing them, and running the rules (for --debug). */
  readonly timings: { readonly read: number; readonly parse: number; readonly rules: number };
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export function lint(request: LintRequest): LintResult {
  const cwd = path.resolve(request.cwd ?? process.cwd());
  const rules = request.rules ?? allRules;
  const config = request.config ?? defaultConfig(rules, cwd);
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const fast = request.fastPaths !== false;
  const needed = fullKinds(rules, config.levels);
  const loadOptions = { defaultNamespace: config.namespace, fullKinds: fast ? needed : ('all' as const), fast, placeholderKinds: needed };
  const out: LoadResult = { files: [], objects: [], problems: [], stats: emptyStats() };
  const skipped: SkippedFile[] = [];
  const missing: InputProblem[] = [];

  const expandOptions = { cwd, ignore: config.ignore, ignoreBase: config.baseDir, gitignore: request.gitignore ?? config.gitignore };
  const targets = request.files && request.files.length > 0 ? expandPaths(request.files, expandOptions) : undefined;
  const focus = new Set(targets?.files.map((f) => f.abs) ?? []);
  const contextPatterns = [...config.context.map((g) => path.resolve(config.baseDir, g)), ...(request.context ?? [])];
  const contexts = contextPatterns.length > 0 ? expandPaths(contextPatterns, expandOptions) : undefined;
  if (targets) {
    missing.push(...targets.missing);
    skipped.push(...targets.skipped);
  }
  const chartDirs = [
    ...(request.chartDirs ?? []).map((d) => path.resolve(cwd, d)),
    ...config.chartDirs.map((d) => path.resolve(config.baseDir, d)),
  ];
  for (const d of request.chartDirs ?? []) {
    if (!isDirectory(path.resolve(cwd, d))) missing.push({ path: d, message: 'chart directory not found' });
  }
  const valuesFiles = (request.values ?? []).map((v) => path.resolve(cwd, v));
  (request.values ?? []).forEach((v, i) => {
    if (!isFile(valuesFiles[i] as string)) missing.push({ path: v, message: 'values file not found' });
  });
  if (contexts) {
    // A context glob that matches nothing is not an error: context is optional by nature.
    const known = new Set(skipped.map((s) => s.path));
    skipped.push(...contexts.skipped.filter((s) => !known.has(s.path)));
  }

  let readTime = 0;
  let parseTime = 0;
  const tooLarge = (display: string, size: number | undefined): void => {
    const what = size === undefined ? 'more than' : `${size} bytes is more than`;
    skipped.push({ path: display, reason: 'too-large', message: `skipped: ${what} --max-file-size ${maxFileSize} bytes` });
  };
  const read = (abs: string, display: string, context: boolean): boolean => {
    const t0 = performance.now();
    const content = readInput(abs, maxFileSize);
    if (content.skip) {
      if (content.skip === 'too-large') tooLarge(display, content.size);
      else skipped.push({ path: display, reason: content.skip, message: content.message });
      return false;
    }
    const t1 = performance.now();
    const notTaken = loadInput({ path: display, content: content.bytes, context, skipIfNotKubernetes: true }, loadOptions, out);
    readTime += t1 - t0;
    parseTime += performance.now() - t1;
    if (notTaken === undefined) return true;
    skipped.push({ path: display, ...notTaken });
    return false;
  };
  for (const text of request.texts ?? []) {
    const size = typeof text.text === 'string' ? Buffer.byteLength(text.text) : text.text.byteLength;
    if (size > maxFileSize) tooLarge(text.path, size);
    else {
      const notTaken = loadInput({ path: text.path, content: text.text, context: false } satisfies LoadInput, loadOptions, out);
      if (notTaken) skipped.push({ path: text.path, ...notTaken });
    }
  }
  const contextList = (contexts?.files ?? []).filter((f) => !focus.has(f.abs));
  const total = (targets?.files.length ?? 0) + contextList.length;
  let done = 0;
  for (const f of targets?.files ?? []) {
    read(f.abs, f.display, false);
    request.onFile?.(++done, total);
  }
  let contextFiles = 0;
  for (const f of contextList) {
    if (read(f.abs, f.display, true)) contextFiles++;
    request.onFile?.(++done, total);
  }

  const rulesStart = performance.now();
  const model = new Model(out.objects, { yaml: parseYamlValue });
  const syntax: SyntaxReport[] = out.problems.map((p) => ({
    file: p.file,
    documentIndex: p.documentIndex,
    range: p.file.range(p.start, p.end),
    code: p.code,
    message: p.message,
  }));
  const directives: FileDirectives[] = out.files.map((f) => ({
    file: f.file,
    directives: f.directives,
    range: (a, b) => f.file.range(a, b),
  }));
  const { findings, internalErrors } = runRules(
    { rules, levels: config.levels, options: config.options, kubeVersion: config.kubeVersion },
    { objects: out.objects, model, syntax, directives },
  );
  const traced = traceToCharts(withoutPlaceholderFindings(findings, out.objects), out.objects, { cwd, chartDirs, valuesFiles });
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let suppressed = 0;
  for (const f of traced) {
    if (f.suppressed) suppressed++;
    else if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  const stats: RunStats = {
    ...out.stats,
    files: out.stats.files - contextFiles,
    errors,
    warnings,
    infos,
    suppressed,
    contextFiles,
    skippedFiles: skipped.length,
    skipped,
  };
  const timings = { read: readTime, parse: parseTime, rules: performance.now() - rulesStart };
  return { findings: traced, stats, missing, fileProblems: skipped, internalErrors, timings };
}

/**
 * Findings about the placeholders of unrendered templates are about the template's syntax, not the
 * manifest (a `${REPLICAS}` that is not an integer): the ones whose range lies within a value that
 * holds a placeholder are dropped. The `unrendered-template` finding says once that there were
 * placeholders.
 */
function withoutPlaceholderFindings(findings: Finding[], objects: readonly K8sObject[]): Finding[] {
  const spans = new Map<string, Range[]>();
  const seen = new Set<ManifestDocument>();
  for (const o of objects) {
    const t = o.doc.template;
    if (!t || seen.has(o.doc)) continue;
    seen.add(o.doc);
    let list = spans.get(o.doc.file.path);
    if (!list) spans.set(o.doc.file.path, (list = []));
    for (const p of t.paths) list.push(o.doc.locate(p));
  }
  if (spans.size === 0) return findings;
  const before = (a: { line: number; column: number }, b: { line: number; column: number }): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);
  return findings.filter((f) => {
    if (f.ruleId === UNRENDERED_TEMPLATE) return true;
    const list = spans.get(f.file);
    return !list?.some((r) => before(r, f) && before({ line: f.endLine, column: f.endColumn }, { line: r.endLine, column: r.endColumn }));
  });
}

const UNRENDERED_TEMPLATE = 'unrendered-template';

type ReadOutcome =
  | { readonly skip?: undefined; readonly bytes: Buffer }
  | { readonly skip: 'too-large'; readonly size: number | undefined }
  | { readonly skip: 'unreadable' | 'vanished'; readonly message: string };

/**
 * Reads one input with one open and one fstat. A file that is gone by now was listed a moment
 * ago (`vanished`); other errors make it `unreadable`. The size limit holds while reading too, so
 * a file that grows, a pipe or a device (`/dev/zero` named on the command line) cannot exhaust
 * memory.
 */
function readInput(abs: string, maxFileSize: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { skip: 'unreadable', message: 'is a directory' };
    if (st.isFile() && st.size > maxFileSize) return { skip: 'too-large', size: st.size };
    const bytes = readAll(fd, st.isFile() ? st.size : 64 * 1024, maxFileSize);
    return bytes ? { bytes } : { skip: 'too-large', size: undefined };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skip: 'vanished', message: 'skipped: the file disappeared before it could be read' };
    return { skip: 'unreadable', message: describeError(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads an open file from a size hint; undefined once it holds more than `limit` bytes. */
function readAll(fd: number, size: number, limit: number): Buffer | undefined {
  let buf = Buffer.allocUnsafe(Math.max(Math.min(size, limit) + 1, 1));
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > limit) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    const n = fs.readSync(fd, buf, length, buf.length - length, null);
    if (n === 0) return buf.subarray(0, length);
    length += n;
  }
}

/** Kinds some enabled rule reads in full; `'all'` when a rule reads every kind. */
export function fullKinds(rules: readonly Rule[], levels: ReadonlyMap<string, RuleLevel>): ReadonlySet<string> | 'all' {
  const kinds = new Set<string>(MODEL_KINDS);
  for (const r of rules) {
    if (!r.check || (levels.get(r.meta.id) ?? 'off') === 'off') continue;
    if (r.meta.appliesTo === 'all') {
      if (!r.meta.metadataOnly) return 'all';
      continue;
    }
    for (const k of r.meta.appliesTo) kinds.add(k);
    for (const k of r.meta.reads ?? []) kinds.add(k);
  }
  return kinds;
}
