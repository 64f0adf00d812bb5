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
/** The binaries srcip-lint may start, by fixed name, in the order it prefers them. */
export type KustomizeBinary = 'kustomize' | 'kubectl';
/** Milliseconds a build may take by default. */
export declare const BUILD_TIMEOUT_MS = 60000;
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
/** The first of `kustomize`, `kubectl` that is an executable file on PATH. */
export declare function findBinary(env?: Readonly<Record<string, string | undefined>>): KustomizeBinary | undefined;
export interface BuildJob {
    /** The kustomization directory to build (absolute). */
    readonly dir: string;
    /** `sortOptions` of the kustomization, copied into the wrapper. */
    readonly sortOptions?: unknown;
}
export type BuildOutcome = 
/** `dir`: the wrapper's directory (gone by now), which the output's origin paths are relative to. */
{
    readonly ok: true;
    readonly output: string;
    readonly ms: number;
    readonly dir: string;
} | {
    readonly ok: false;
    readonly message: string;
    readonly ms: number;
    readonly timedOut: boolean;
};
/** A temporary directory for the wrappers of one run; `close()` removes it. */
export declare class BuildSpace {
    readonly binary: KustomizeBinary;
    readonly root: string;
    private n;
    readonly timeoutMs: number;
    private readonly searchPath;
    constructor(binary: KustomizeBinary, options: BuildOptions);
    /**
     * Writes the wrapper kustomization of a job: its only resource is the kustomization's path
     * relative to the wrapper (kustomize rejects an absolute one), with origin annotations on.
     */
    wrapper(job: BuildJob): {
        dir: string;
        relative: string;
    };
    args(wrapperDir: string): string[];
    env(): Record<string, string>;
    close(): void;
}
/** Builds one after another (for the synchronous `lint()`). */
export declare function buildAllSync(binary: KustomizeBinary, jobs: readonly BuildJob[], options?: BuildOptions): BuildOutcome[];
/** Builds in parallel, up to `parallel` at a time (the number of CPUs by default). */
export declare function buildAll(binary: KustomizeBinary, jobs: readonly BuildJob[], options?: BuildOptions): Promise<BuildOutcome[]>;
