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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/** node:child_process, loaded by the first build: runs that build nothing never load it. */
function childProcess() {
    return process.getBuiltinModule('node:child_process');
}
/** Milliseconds a build may take by default. */
export const BUILD_TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 256 * 1024 * 1024;
/** The first of `kustomize`, `kubectl` that is an executable file on PATH. */
export function findBinary(env = process.env) {
    const dirs = (env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '');
    for (const name of ['kustomize', 'kubectl']) {
        for (const dir of dirs) {
            try {
                const file = path.join(dir, name);
                if (!fs.statSync(file).isFile())
                    continue;
                fs.accessSync(file, fs.constants.X_OK);
                return name;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** A temporary directory for the wrappers of one run; `close()` removes it. */
export class BuildSpace {
    binary;
    root;
    n = 0;
    timeoutMs;
    searchPath;
    constructor(binary, options) {
        this.binary = binary;
        this.searchPath = (options.env ?? process.env)['PATH'] ?? '';
        this.timeoutMs = options.timeoutMs ?? BUILD_TIMEOUT_MS;
        this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-lint-kustomize-'));
        fs.mkdirSync(path.join(this.root, 'home'));
    }
    /**
     * Writes the wrapper kustomization of a job: its only resource is the kustomization's path
     * relative to the wrapper (kustomize rejects an absolute one), with origin annotations on.
     */
    wrapper(job) {
        const dir = path.join(this.root, `build-${++this.n}`);
        fs.mkdirSync(dir);
        const relative = path.relative(dir, job.dir).split(path.sep).join('/');
        const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', `resources:\n- ${JSON.stringify(relative)}`, 'buildMetadata: [originAnnotations]'];
        if (job.sortOptions !== undefined)
            lines.push(`sortOptions: ${JSON.stringify(job.sortOptions)}`);
        fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `${lines.join('\n')}\n`);
        return { dir, relative };
    }
    args(wrapperDir) {
        const restrict = ['--load-restrictor', 'LoadRestrictionsRootOnly'];
        return this.binary === 'kustomize' ? ['build', wrapperDir, ...restrict] : ['kustomize', wrapperDir, ...restrict];
    }
    env() {
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
    close() {
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}
/** Builds one after another (for the synchronous `lint()`). */
export function buildAllSync(binary, jobs, options = {}) {
    if (jobs.length === 0)
        return [];
    const space = new BuildSpace(binary, options);
    try {
        return jobs.map((job) => {
            const { dir } = space.wrapper(job);
            const t0 = performance.now();
            const r = childProcess().spawnSync(binary, space.args(dir), { cwd: dir, env: space.env(), encoding: 'utf8', shell: false, timeout: space.timeoutMs, maxBuffer: MAX_OUTPUT, windowsHide: true });
            const ms = performance.now() - t0;
            if (r.error && r.error.code !== 'ETIMEDOUT')
                return failed(String(r.error.message), ms, false, space);
            if (r.status === 0 && !r.error)
                return { ok: true, output: r.stdout, ms, dir };
            return failed(r.stderr || r.stdout, ms, r.signal !== null || r.error?.code === 'ETIMEDOUT', space);
        });
    }
    finally {
        space.close();
    }
}
/** Builds in parallel, up to `parallel` at a time (the number of CPUs by default). */
export async function buildAll(binary, jobs, options = {}) {
    if (jobs.length === 0)
        return [];
    const space = new BuildSpace(binary, options);
    const parallel = options.parallel ?? os.availableParallelism();
    const out = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < jobs.length) {
            const i = next++;
            out[i] = await buildOne(space, jobs[i], options.armAfter);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
    }
    finally {
        space.close();
    }
    return out;
}
function buildOne(space, job, armAfter) {
    const { dir } = space.wrapper(job);
    const t0 = performance.now();
    return new Promise((resolve) => {
        let timer;
        let stopped = false;
        let done = false;
        const child = childProcess().execFile(space.binary, space.args(dir), { cwd: dir, env: space.env(), encoding: 'utf8', shell: false, maxBuffer: MAX_OUTPUT, windowsHide: true }, (error, stdout, stderr) => {
            done = true;
            if (timer)
                clearTimeout(timer);
            const ms = performance.now() - t0;
            // Stopped by our timer: a failure whatever the exit code and output say.
            if (stopped)
                resolve(failed('', ms, true, space));
            else if (!error)
                resolve({ ok: true, output: stdout, ms, dir });
            else
                resolve(failed(stderr || stdout || error.message, ms, error.killed === true || error.signal !== null, space));
        });
        const arm = () => {
            if (done)
                return;
            timer = setTimeout(() => {
                stopped = true;
                child.kill('SIGKILL');
            }, space.timeoutMs);
        };
        if (armAfter)
            void armAfter.then(arm);
        else
            arm();
    });
}
/** A failed build, its message cleaned of the temporary directory. */
function failed(message, ms, timedOut, space) {
    const text = timedOut ? `kustomize did not finish within ${space.timeoutMs / 1000} s (the build was stopped)` : message;
    return { ok: false, message: withoutTemp(text, space.root), ms, timedOut };
}
/** Removes the temporary wrapper's directory from kustomize's message (callers make the remaining paths relative). */
function withoutTemp(message, root) {
    return message.replace(new RegExp(`${escape(root)}/build-\\d+/?`, 'g'), '');
}
function escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
