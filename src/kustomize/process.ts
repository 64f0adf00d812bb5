/**
 * The one place srcip-lint starts a process (DESIGN.md §10): `kustomize build` or, without it,
 * `kubectl kustomize`, found on PATH, run by its fixed name with an argument list and no shell, on
 * a wrapper kustomization in a temporary directory (so the user's files are never written), with
 * an environment that keeps it offline and plugin-free:
 * - never `--enable-helm`, `--enable-alpha-plugins`, `--enable-exec` or `--network`, and
 *   `--load-restrictor LoadRestrictionsRootOnly` (kustomize's default, said explicitly): files are
 *   read only from inside a kustomization's own directory tree;
 * - `KUSTOMIZE_PLUGIN_HOME`, `HOME` and `XDG_CONFIG_HOME` point into the empty temporary directory;
 * - `GIT_ALLOW_PROTOCOL=file` and proxies that point at a closed local port make any fetch fail
 *   at once (callers never build a tree with a remote reference; this is the second lock).
 * Builds run in parallel up to the number of CPUs (async), or one after another (sync), each
 * with a timeout.
 */

import type * as ChildProcess from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The binaries srcip-lint may start, by fixed name, in the order it prefers them. */
export type KustomizeBinary = 'kustomize' | 'kubectl';

/** node:child_process, loaded by the first build: runs that build nothing never load it. */
function childProcess(): typeof ChildProcess {
  return process.getBuiltinModule('node:child_process');
}

/** Milliseconds a build may take by default. */
export const BUILD_TIMEOUT_MS = 60_000;

export interface BuildOptions {
  /** The environment whose PATH the binary is run from (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds a build may take (default BUILD_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** Builds at a time (async only; default: the number of CPUs). */
  readonly parallel?: number;
  /**
   * Async only: the timeouts start when this settles. `lintAsync` reads the other files while the
   * first builds run, and a synchronous read holds the event loop: a timer running meanwhile would
   * fire the moment the read ends and stop a build that had all the time it needed.
   */
  readonly armAfter?: Promise<void>;
}
const MAX_OUTPUT = 256 * 1024 * 1024;

/** The first of `kustomize`, `kubectl` that is an executable file on PATH. */
export function findBinary(env: Readonly<Record<string, string | undefined>> = process.env): KustomizeBinary | undefined {
  const dirs = (env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of ['kustomize', 'kubectl'] as const) {
    for (const dir of dirs) {
      try {
        const file = path.join(dir, name);
        if (!fs.statSync(file).isFile()) continue;
        fs.accessSync(file, fs.constants.X_OK);
        return name;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export interface BuildJob {
  /** The kustomization directory to build (absolute). */
  readonly dir: string;
  /** `sortOptions` of the kustomization, copied into the wrapper. */
  readonly sortOptions?: unknown;
}

export type BuildOutcome =
  /** `dir`: the wrapper's directory (gone by now), which the output's origin paths are relative to. */
  | { readonly ok: true; readonly output: string; readonly ms: number; readonly dir: string }
  | { readonly ok: false; readonly message: string; readonly ms: number; readonly timedOut: boolean };

/** A temporary directory for the wrappers of one run; `close()` removes it. */
export class BuildSpace {
  readonly root: string;
  private n = 0;

  readonly timeoutMs: number;
  private readonly searchPath: string;

  constructor(
    readonly binary: KustomizeBinary,
    options: BuildOptions,
  ) {
    this.searchPath = (options.env ?? process.env)['PATH'] ?? '';
    this.timeoutMs = options.timeoutMs ?? BUILD_TIMEOUT_MS;
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-lint-kustomize-'));
    fs.mkdirSync(path.join(this.root, 'home'));
  }

  /**
   * Writes the wrapper kustomization of a job: its only resource is the kustomization's path
   * relative to the wrapper (kustomize rejects an absolute one), with origin annotations on.
   */
  wrapper(job: BuildJob): { dir: string; relative: string } {
    const dir = path.join(this.root, `build-${++this.n}`);
    fs.mkdirSync(dir);
    const relative = path.relative(dir, job.dir).split(path.sep).join('/');
    const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', `resources:\n- ${JSON.stringify(relative)}`, 'buildMetadata: [originAnnotations]'];
    if (job.sortOptions !== undefined) lines.push(`sortOptions: ${JSON.stringify(job.sortOptions)}`);
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `${lines.join('\n')}\n`);
    return { dir, relative };
  }

  args(wrapperDir: string): string[] {
    const restrict = ['--load-restrictor', 'LoadRestrictionsRootOnly'];
    return this.binary === 'kustomize' ? ['build', wrapperDir, ...restrict] : ['kustomize', wrapperDir, ...restrict];
  }

  env(): Record<string, string> {
    const home = path.join(this.root, 'home');
    const closed = 'http://127.0.0.1:9';
    return {
      PATH: this.searchPath,
      HOME: home,
      XDG_CONFIG_HOME: home,
      KUSTOMIZE_PLUGIN_HOME: path.join(home, 'plugins'),
      TMPDIR: this.root,
      GIT_ALLOW_PROTOCOL: 'file',
      GIT_TERMINAL_PROMPT: '0',
      GIT_CONFIG_NOSYSTEM: '1',
      HTTP_PROXY: closed,
      HTTPS_PROXY: closed,
      http_proxy: closed,
      https_proxy: closed,
      NO_PROXY: '',
      no_proxy: '',
      KUBECONFIG: path.join(home, 'no-kubeconfig'),
    };
  }

  close(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Builds one after another (for the synchronous `lint()`). */
export function buildAllSync(binary: KustomizeBinary, jobs: readonly BuildJob[], options: BuildOptions = {}): BuildOutcome[] {
  if (jobs.length === 0) return [];
  const space = new BuildSpace(binary, options);
  try {
    return jobs.map((job) => {
      const { dir } = space.wrapper(job);
      const t0 = performance.now();
      const r = childProcess().spawnSync(binary, space.args(dir), { cwd: dir, env: space.env(), encoding: 'utf8', shell: false, timeout: space.timeoutMs, maxBuffer: MAX_OUTPUT, windowsHide: true });
      const ms = performance.now() - t0;
      if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') return failed(String(r.error.message), ms, false, space);
      if (r.status === 0 && !r.error) return { ok: true, output: r.stdout, ms, dir };
      return failed(r.stderr || r.stdout, ms, r.signal !== null || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT', space);
    });
  } finally {
    space.close();
  }
}

/** Builds in parallel, up to `parallel` at a time (the number of CPUs by default). */
export async function buildAll(binary: KustomizeBinary, jobs: readonly BuildJob[], options: BuildOptions = {}): Promise<BuildOutcome[]> {
  if (jobs.length === 0) return [];
  const space = new BuildSpace(binary, options);
  const parallel = options.parallel ?? os.availableParallelism();
  const out: BuildOutcome[] = new Array<BuildOutcome>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await buildOne(space, jobs[i] as BuildJob, options.armAfter);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
  } finally {
    space.close();
  }
  return out;
}

function buildOne(space: BuildSpace, job: BuildJob, armAfter: Promise<void> | undefined): Promise<BuildOutcome> {
  const { dir } = space.wrapper(job);
  const t0 = performance.now();
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    let done = false;
    const child = childProcess().execFile(space.binary, space.args(dir), { cwd: dir, env: space.env(), encoding: 'utf8', shell: false, maxBuffer: MAX_OUTPUT, windowsHide: true }, (error, stdout, stderr) => {
      done = true;
      if (timer) clearTimeout(timer);
      const ms = performance.now() - t0;
      // Stopped by our timer: a failure whatever the exit code and output say.
      if (stopped) resolve(failed('', ms, true, space));
      else if (!error) resolve({ ok: true, output: stdout, ms, dir });
      else resolve(failed(stderr || stdout || error.message, ms, error.killed === true || error.signal !== null, space));
    });
    const arm = (): void => {
      if (done) return;
      timer = setTimeout(() => {
        stopped = true;
        child.kill('SIGKILL');
      }, space.timeoutMs);
    };
    if (armAfter) void armAfter.then(arm);
    else arm();
  });
}

/** A failed build, its message cleaned of the temporary directory. */
function failed(message: string, ms: number, timedOut: boolean, space: BuildSpace): BuildOutcome {
  const text = timedOut ? `kustomize did not finish within ${space.timeoutMs / 1000} s (the build was stopped)` : message;
  return { ok: false, message: withoutTemp(text, space.root), ms, timedOut };
}

/** Removes the temporary wrapper's directory from kustomize's message (callers make the remaining paths relative). */
function withoutTemp(message: string, root: string): string {
  return message.replace(new RegExp(`${escape(root)}/build-\\d+/?`, 'g'), '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
