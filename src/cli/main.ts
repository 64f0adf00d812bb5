/**
 * The command line: argv → exit code. Streams, environment and the working directory are
 * injected so tests run it in-process; `bin/srcip-lint.js` is a shim. The only module that
 * decides exit codes: 0 nothing at or above the fail level, 1 findings at or above it (or too
 * many warnings), 2 usage, configuration or I/O errors.
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rules as allRules } from '../../rules/index.js';
import {
  ConfigError,
  defaultConfig,
  findConfigFile,
  loadConfigFile,
  type ResolvedConfig,
} from '../config/config.js';
import type { Rule } from '../engine/rule.js';
import { type Finding, type RuleLevel, SEVERITIES, type Severity } from '../engine/types.js';
import { type ChunkedFormatter, chunkedFormatters, FORMAT_NAMES, formatters, type Notice, resultNotices } from '../formatters/index.js';
import { sarifLimitNotices } from '../formatters/sarif.js';
import { formatKubeVersion, parseKubeVersion } from '../k8s/version.js';
import { DEFAULT_MAX_FILE_SIZE, describeError, displayPath, lintAsync, type LintResult } from '../lint.js';
import { DOCS_BASE_URL, listRulesJson, listRulesTable } from '../docs/catalog.js';
import { packageFile, packageVersion } from '../package.js';
import { closest } from '../util/strings.js';

export interface CliIO {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  /**
   * Reads all of standard input (only called when a path is `-`). May stop once it holds more than
   * `maxBytes` bytes (the run then skips stdin as too large). Bytes are decoded as files are.
   */
  readonly readStdin: (maxBytes: number) => Promise<string | Uint8Array>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const HELP = `Usage: srcip-lint [options] [path | glob | -]...
       srcip-lint explain RULE-ID

Finds Kubernetes manifests that lose, break or let clients forge the client source IP.
Paths are files, directories (searched for *.yaml, *.yml, *.json) and globs; - reads stdin.
With no path, the current directory is linted.

Output:
  -f, --format NAME        stylish (default), compact, json, sarif, github
  -o, --output-file FILE   write the report to FILE instead of stdout
      --color, --no-color  force colours on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
      --quiet              report errors only

Configuration:
  -c, --config FILE        use FILE instead of .srcip-lint.yaml found upward from here
      --no-config          use no configuration file
      --rule ID=LEVEL      set a rule's level: off, info, warning, error (repeatable)
      --kube-version X.Y   target Kubernetes version (default ${'$KUBE'}, the newest the rules know)
      --namespace NS       namespace of objects without one (default: default)
      --context PATH       load PATH (file, directory or glob) only so cross-object rules see it; a
                           finding is reported only where it touches a linted file (repeatable)
      --stdin-filename F   name standard input F in reports
      --chart-dir DIR      a Helm chart, or a directory of charts, behind rendered input: findings are
                           reported at the template line that wrote them (repeatable)
      --values FILE        a values file the chart was rendered with, as given to helm (repeatable;
                           the last one that sets a key wins): its lines become related locations
      --max-file-size N    skip files larger than N bytes (suffixes K, M, G; default 64M)
      --no-kustomize       build no kustomization (patches are still skipped; bases are linted alone)
      --kustomize-root DIR the directory piped \`kustomize build\` output with origin annotations was
                           built from (its origin paths are relative to it; default: here)
      --no-gitignore       also walk into what .gitignore files ignore (config: gitignore: false)

Exit status:
      --fail-on LEVEL      exit 1 when a finding is at LEVEL or above: error (default), warning, info
      --max-warnings N     also exit 1 when there are more than N warnings

Information:
      --list-rules         list the rules (with --format json: machine-readable)
      --print-config       print the configuration in effect and exit
      --debug              print stack traces and timings on stderr
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no findings at or above the fail level, 1 findings at or above it,
2 usage, configuration or I/O error.
`;

class UsageError extends Error {}

/** An I/O failure of the tool itself (its output file, standard input): one line, exit 2. */
class IoError extends Error {}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    return await run(argv, io, (d) => (debug = d));
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`srcip-lint: ${e.message}\nTry 'srcip-lint --help' for the options.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.stderr.write(`srcip-lint: configuration error: ${e.describe()}\n`);
      return 2;
    }
    if (e instanceof IoError) {
      io.stderr.write(`srcip-lint: ${e.message}\n`);
      if (debug && e.cause instanceof Error && e.cause.stack) io.stderr.write(`${e.cause.stack}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`srcip-lint: ${err.message ?? String(e)}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('(run with --debug for details)\n');
    return 2;
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'kube-version': { type: 'string' },
        context: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        namespace: { type: 'string' },
        'max-file-size': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'chart-dir': { type: 'string', multiple: true },
        values: { type: 'string', multiple: true },
        'no-kustomize': { type: 'boolean' },
        'kustomize-root': { type: 'string' },
        debug: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'print-config': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option/, 'unknown option'));
  }
}

async function run(argv: readonly string[], io: CliIO, setDebug: (d: boolean) => void): Promise<number> {
  const { values: opts, positionals } = parse(argv);
  setDebug(opts.debug === true);
  const started = performance.now();
  if (opts.help) {
    io.stdout.write(HELP.replace('$KUBE', defaultKube()));
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const rules = allRules;
  const format = opts.format ?? 'stylish';
  if (!(format in formatters)) {
    throw new UsageError(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}`);
  }
  if (positionals[0] === 'explain') return explain(positionals.slice(1), rules, io);

  const config = resolveConfig(opts, rules, io.cwd);
  if (opts['print-config']) {
    io.stdout.write(`${JSON.stringify(printableConfig(config), null, 2)}\n`);
    return 0;
  }
  if (opts['list-rules']) {
    io.stdout.write(format === 'json' ? `${JSON.stringify(listRulesJson(rules, config.levels), null, 2)}\n` : listRulesTable(rules, config.levels));
    return 0;
  }

  const failOn = parseSeverity(opts['fail-on'] ?? 'error', '--fail-on');
  const maxWarnings = opts['max-warnings'] === undefined ? undefined : parseCount(opts['max-warnings'], '--max-warnings');
  const maxFileSize = opts['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(opts['max-file-size']);
  const paths = positionals.length > 0 ? positionals : ['.'];
  const stdinCount = paths.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('standard input (-) can be read only once');
  if (opts['stdin-filename'] !== undefined && stdinCount === 0) throw new UsageError('--stdin-filename needs - among the paths');
  // Reports name files relative to the working directory, never by an absolute path (DESIGN.md §10).
  const stdinName = opts['stdin-filename'] === undefined ? '<stdin>' : path.isAbsolute(opts['stdin-filename']) ? displayPath(opts['stdin-filename'], io.cwd) : opts['stdin-filename'];
  const texts = stdinCount > 0 ? [{ path: stdinName, text: await readStdin(io, maxFileSize) }] : [];
  const files = paths.filter((p) => p !== '-');

  const progress = progressReporter(io);
  const result = await lintAsync({
    cwd: io.cwd,
    files,
    texts,
    context: opts.context ?? [],
    chartDirs: opts['chart-dir'] ?? [],
    values: opts.values ?? [],
    config,
    rules,
    maxFileSize,
    env: io.env,
    ...(opts['no-kustomize'] ? { kustomize: false } : {}),
    ...(opts['kustomize-root'] !== undefined ? { kustomizeRoot: opts['kustomize-root'] } : {}),
    ...(progress ? { onFile: progress } : {}),
  });
  progress?.(-1, 0);
  if (result.missing.length > 0) {
    for (const m of result.missing) io.stderr.write(`srcip-lint: ${m.path}: ${m.message}\n`);
    return 2;
  }

  let findings = result.findings;
  if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
  const notices = resultNotices(result);
  const stats = opts.quiet ? { ...result.stats, warnings: 0, infos: 0 } : result.stats;
  const toFile = opts['output-file'];
  const color = useColor(opts, io, toFile !== undefined);
  const formatter = chunkedFormatters[format] as ChunkedFormatter;
  const report = () => formatter(findings, { rules, stats, toolVersion: packageVersion(), color, notices, docsBaseUrl: DOCS_BASE_URL });
  const bytes = toFile !== undefined ? writeReport(path.resolve(io.cwd, toFile), toFile, report()) : writeStdout(io, report());
  if (format !== 'stylish') {
    const said = format === 'sarif' ? [...notices, ...sarifLimitNotices(findings), ...(await sarifSizeNotices(bytes, report))] : notices;
    for (const n of said) io.stderr.write(`srcip-lint: ${n.level}: ${n.file ? `${n.file}: ` : ''}${n.message}\n`);
  }
  if (opts.debug) {
    const t = result.timings;
    io.stderr.write(
      `srcip-lint: ${result.stats.files} files, ${result.stats.objects} objects in ${(performance.now() - started).toFixed(0)} ms ` +
        `(read ${t.read.toFixed(0)}, parse ${t.parse.toFixed(0)}, rules ${t.rules.toFixed(0)}, format and rest ${(performance.now() - started - t.read - t.parse - t.rules).toFixed(0)})${kustomizeDebug(result)}\n`,
    );
  }
  return exitCode(result, findings, failOn, maxWarnings);
}

/** `; 3 kustomize builds by kubectl: 41 objects, 180 ms` for --debug. */
function kustomizeDebug(result: LintResult): string {
  const k = result.stats.kustomize;
  if (k.built + k.failed === 0) return '';
  return `; ${k.built + k.failed} kustomize builds by ${k.binary ?? '?'}: ${k.objects} objects, ${result.timings.kustomize.toFixed(0)} ms`;
}

/**
 * GitHub rejects a SARIF upload over 10 MB gzip-compressed (ECOSYSTEM.md §1). srcip-lint's SARIF
 * compresses far better than 4:1 (its keys and rule texts repeat), so only a file over 40 MB can
 * come near the limit and is worth compressing to check. The report is not held in memory: it is
 * made again, piece by piece, into a gzip stream that only counts its output.
 */
const GITHUB_MAX_GZIP_BYTES = 10 * 1000 * 1000;
export async function sarifSizeNotices(bytes: number, report: () => Iterable<string>, maxGzipBytes = GITHUB_MAX_GZIP_BYTES): Promise<Notice[]> {
  if (bytes <= 4 * maxGzipBytes) return [];
  const [{ Readable, Writable }, { pipeline }, zlib] = await Promise.all([import('node:stream'), import('node:stream/promises'), import('node:zlib')]);
  let size = 0;
  const count = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  await pipeline(Readable.from(report()), zlib.createGzip(), count);
  if (size <= maxGzipBytes) return [];
  return [{ level: 'warning', message: `the SARIF file is ${(size / 1e6).toFixed(1)} MB gzip-compressed; GitHub code scanning rejects uploads over 10 MB. Lint fewer paths per upload.` }];
}

/** Writes the report's pieces to standard output as they are made; returns the bytes written. */
function writeStdout(io: CliIO, chunks: Iterable<string>): number {
  let bytes = 0;
  for (const chunk of chunks) {
    io.stdout.write(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  return bytes;
}

function exitCode(result: LintResult, findings: readonly Finding[], failOn: Severity, maxWarnings: number | undefined): number {
  if (result.internalErrors.length > 0 || result.fileProblems.some((p) => p.reason === 'unreadable')) return 2;
  const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);
  const failing = findings.some((f) => !f.suppressed && rank(f.severity) >= rank(failOn));
  if (failing) return 1;
  if (maxWarnings !== undefined) {
    const warnings = findings.filter((f) => !f.suppressed && f.severity === 'warning').length;
    if (warnings > maxWarnings) return 1;
  }
  return 0;
}

async function readStdin(io: CliIO, maxFileSize: number): Promise<string | Uint8Array> {
  let input: string | Uint8Array;
  try {
    input = await io.readStdin(maxFileSize);
  } catch (e) {
    throw new IoError(`cannot read standard input: ${describeError(e)}`, { cause: e });
  }
  // Closed or at end of file at once: most often the command piping into srcip-lint failed
  // (`helm template ... | srcip-lint -`), and "no problems" would hide that.
  if (input.length === 0) throw new IoError('standard input is empty (closed or at end of file at once): nothing to lint. Check the command that feeds it, or name files instead of -');
  return input;
}

/**
 * Writes the report all at once or not at all: its pieces go to a temporary file beside the
 * target, renamed over it at the end, so a failure (disk full, quota, a signal) never leaves half
 * a report where CI looks for one; on failure the temporary file is removed. Targets that are not
 * regular files (`/dev/stdout`, `/dev/null`, a FIFO) are written in place: renaming over them
 * would replace the device or pipe. A link is resolved first, so the file it points to is
 * replaced, not the link. Returns the bytes written.
 */
function writeReport(abs: string, shown: string, chunks: Iterable<string>): number {
  let target = abs;
  try {
    target = fs.realpathSync(abs);
  } catch {
    // Does not exist yet (or a broken link): write the path as given.
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new IoError(`cannot write the report to ${shown}: it is a directory`);
  const failed = (e: unknown) => new IoError(`cannot write the report to ${shown}: ${describeError(e)}`, { cause: e });
  if ((st && !st.isFile()) || /^\/(?:dev|proc)\//.test(abs)) {
    let fd: number;
    try {
      fd = fs.openSync(target, 'w');
    } catch (e) {
      throw failed(e);
    }
    try {
      return writeChunks(fd, chunks, failed);
    } finally {
      fs.closeSync(fd);
    }
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    try {
      fd = fs.openSync(tmp, 'wx', st ? st.mode & 0o777 : 0o666);
    } catch (e) {
      throw failed(e);
    }
    const bytes = writeChunks(fd, chunks, failed);
    try {
      fs.closeSync(fd);
      fd = undefined;
      fs.renameSync(tmp, target);
    } catch (e) {
      throw failed(e);
    }
    return bytes;
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes every piece to `fd` in full; an I/O failure becomes `failed(e)`. Returns the bytes written. */
function writeChunks(fd: number, chunks: Iterable<string>, failed: (e: unknown) => Error): number {
  let bytes = 0;
  for (const chunk of chunks) {
    const buf = Buffer.from(chunk);
    try {
      for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off);
    } catch (e) {
      throw failed(e);
    }
    bytes += buf.length;
  }
  return bytes;
}

interface Opts {
  config?: string | undefined;
  'no-config'?: boolean | undefined;
  'kube-version'?: string | undefined;
  namespace?: string | undefined;
  rule?: string[] | undefined;
  'no-gitignore'?: boolean | undefined;
}

function resolveConfig(opts: Opts, rules: readonly Rule[], cwd: string): ResolvedConfig {
  if (opts.config !== undefined && opts['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  let config: ResolvedConfig;
  if (opts.config !== undefined) {
    const file = path.resolve(cwd, opts.config);
    if (!fs.existsSync(file)) throw new UsageError(`configuration file not found: ${opts.config}`);
    config = loadConfigFile(file, rules, opts.config);
  } else if (!opts['no-config']) {
    const found = findConfigFile(cwd);
    config = found ? loadConfigFile(found, rules, path.relative(cwd, found) || found) : defaultConfig(rules, cwd);
  } else {
    config = defaultConfig(rules, cwd);
  }
  const levels = new Map(config.levels);
  const ids = rules.map((r) => r.meta.id);
  for (const spec of opts.rule ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule expects ID=LEVEL, got "${spec}"`);
    const id = (m[1] as string).trim();
    const level = (m[2] as string).trim();
    if (!ids.includes(id)) {
      const hint = closest(id, ids);
      throw new UsageError(`--rule: unknown rule id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; see --list-rules`);
    }
    if (!['off', ...SEVERITIES].includes(level)) throw new UsageError(`--rule ${id}: level must be off, info, warning or error, got "${level}"`);
    levels.set(id, level as RuleLevel);
  }
  let kubeVersion = config.kubeVersion;
  if (opts['kube-version'] !== undefined) {
    const v = parseKubeVersion(opts['kube-version']);
    if (!v) throw new UsageError(`--kube-version expects a Kubernetes version like 1.30, got "${opts['kube-version']}"`);
    kubeVersion = v;
  }
  const namespace = opts.namespace ?? config.namespace;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63) {
    throw new UsageError(`--namespace "${namespace}" is not a valid namespace name`);
  }
  return { ...config, levels, kubeVersion, namespace, gitignore: config.gitignore && !opts['no-gitignore'] };
}

function printableConfig(config: ResolvedConfig): Record<string, unknown> {
  return {
    file: config.file ?? null,
    extends: config.preset,
    kubeVersion: formatKubeVersion(config.kubeVersion),
    namespace: config.namespace,
    ignore: config.ignore,
    gitignore: config.gitignore,
    context: config.context,
    chartDirs: config.chartDirs,
    kustomize: config.kustomize,
    rules: Object.fromEntries(
      [...config.levels].map(([id, level]) => [id, config.options.has(id) ? [level, config.options.get(id)] : level]),
    ),
  };
}

function explain(args: readonly string[], rules: readonly Rule[], io: CliIO): number {
  const id = args[0];
  if (!id || args.length > 1) throw new UsageError('explain expects one rule id, e.g. srcip-lint explain service-etp-not-allowed');
  const ids = rules.map((r) => r.meta.id);
  if (!ids.includes(id)) {
    const hint = closest(id, ids);
    throw new UsageError(`unknown rule id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; see --list-rules`);
  }
  io.stdout.write(fs.readFileSync(packageFile(`rules/${id}.md`), 'utf8'));
  return 0;
}

function parseSeverity(value: string, flag: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`${flag} must be error, warning or info, got "${value}"`);
  return value as Severity;
}

function parseCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

function parseSize(value: string): number {
  const m = /^(\d+)\s*([kKmMgG]?)(i?[bB])?$/.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size expects a size like 500K or 64M, got "${value}"`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] as string).toLowerCase()] as number;
  return Number(m[1]) * unit;
}

function useColor(opts: { color?: boolean | undefined; 'no-color'?: boolean | undefined }, io: CliIO, toFile: boolean): boolean {
  if (opts['no-color']) return false;
  if (opts.color) return true;
  if (toFile) return false;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** Progress on a terminal's stderr for long runs; never in CI logs or pipes. */
function progressReporter(io: CliIO): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY || io.env['CI']) return undefined;
  const start = performance.now();
  let last = 0;
  let shown = false;
  return (done, total) => {
    if (done < 0) {
      if (shown) io.stderr.write('\r\x1b[K');
      return;
    }
    const now = performance.now();
    if (now - start < 1000 || now - last < 100) return;
    last = now;
    shown = true;
    io.stderr.write(`\r\x1b[Ksrcip-lint: ${done}/${total} files`);
  };
}

function defaultKube(): string {
  return formatKubeVersion(defaultConfig([], '.').kubeVersion);
}
