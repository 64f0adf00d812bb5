/**
 * The library entry point: files or texts plus a configuration in, findings and statistics out.
 * `lint()` reads files; everything below it (source → model → engine) is pure.
 */
import { type ResolvedConfig } from './config/config.js';
import type { Rule } from './engine/rule.js';
import type { Finding, RuleLevel } from './engine/types.js';
import { type KustomizeNotice, type KustomizeStats } from './kustomize/index.js';
import { type SourceStats } from './source/index.js';
import { type InputProblem, type SkippedFile } from './source/inputs.js';
import { type ReleaseSummary } from './values/index.js';
export type { SkippedFile, SkipReason } from './source/inputs.js';
export type { KustomizeStats, KustomizeNotice, OverlayReport, OverlayStatus } from './kustomize/index.js';
export type { ReleaseSummary } from './values/index.js';
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
    readonly texts?: readonly {
        readonly path: string;
        readonly text: string | Uint8Array;
        readonly context?: boolean;
    }[];
    /** Leave out what `.gitignore` files ignore when walking directories (default: the configuration's `gitignore`, true). */
    readonly gitignore?: boolean;
    /**
     * Paths and globs loaded only so cross-object rules see them (`--context`; the configuration's
     * `context:` is added). A finding is reported only when one of its locations lies in a linted
     * file, at that location (DESIGN.md §3, partial views). A text with `context: true` is loaded
     * the same way.
     */
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
    /**
     * `false` builds no kustomization (as `--no-kustomize`; the configuration's `kustomize: false`
     * does the same). Patches are still skipped and the files kustomizations include linted alone.
     */
    readonly kustomize?: boolean;
    /**
     * The directory the `config.kubernetes.io/origin` paths of piped `kustomize build` output are
     * relative to (`--kustomize-root`; the directory that was built), relative to `cwd`. Default: `cwd`.
     */
    readonly kustomizeRoot?: string;
    /** The environment whose PATH kustomize (or kubectl) is looked up in and run with. Default: `process.env`. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Milliseconds a kustomize build may take before it is stopped (a `kustomize-build` finding). Default 60,000. */
    readonly kustomizeTimeout?: number;
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
    /**
     * Chart releases read from values (HelmRelease, Application, umbrella chart, helmfile, bound
     * values files), with the objects built for each; their objects are not in `objects`.
     */
    readonly releases: readonly ReleaseSummary[];
    /** Kustomizations: what was built, the objects the builds produced, the patches skipped. */
    readonly kustomize: KustomizeStats;
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
    /** What the run could not do as asked, other than files (kustomizations not built, and why). */
    readonly notices: readonly KustomizeNotice[];
    /** A rule threw: a bug in srcip-lint. */
    readonly internalErrors: string[];
    /** Context patterns that match no file (`--context` values, the configuration's `context:` entries). */
    readonly contextUnmatched: readonly UnmatchedContext[];
    /**
     * Milliseconds spent reading files, parsing them, running the rules (mapping built objects
     * included), and building kustomizations (wall time from the first build to the last; with
     * `lintAsync` it overlaps reading), for --debug.
     */
    readonly timings: {
        readonly read: number;
        readonly parse: number;
        readonly rules: number;
        readonly kustomize: number;
    };
}
export interface UnmatchedContext {
    /** The pattern as written. */
    readonly pattern: string;
    /** Where it was written: `--context`, or the configuration file. */
    readonly source: string;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/**
 * Lints synchronously. Kustomize builds (DESIGN.md §2) run one after another here; `lintAsync`
 * runs them in parallel and overlaps them with reading the files, with the same result.
 */
export declare function lint(request: LintRequest): LintResult;
/**
 * Lints with kustomize builds in parallel (up to the number of CPUs, each with a timeout), while
 * the other files are read. The command line uses it; the result is `lint()`'s.
 */
export declare function lintAsync(request: LintRequest): Promise<LintResult>;
/** Kinds some enabled rule reads in full; `'all'` when a rule reads every kind. */
export declare function fullKinds(rules: readonly Rule[], levels: ReadonlyMap<string, RuleLevel>): ReadonlySet<string> | 'all';
