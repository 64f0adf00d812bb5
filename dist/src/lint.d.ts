/**
 * The library entry point: files or texts plus a configuration in, findings and statistics out.
 * `lint()` reads files; everything below it (source → model → engine) is pure.
 */
import { type ResolvedConfig } from './config/config.js';
import type { Rule } from './engine/rule.js';
import type { Finding, RuleLevel } from './engine/types.js';
import { type SourceStats } from './source/index.js';
import { type InputProblem, type SkippedFile } from './source/inputs.js';
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
    readonly texts?: readonly {
        readonly path: string;
        readonly text: string | Uint8Array;
    }[];
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
    readonly timings: {
        readonly read: number;
        readonly parse: number;
        readonly rules: number;
    };
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
export declare function lint(request: LintRequest): LintResult;
/** Kinds some enabled rule reads in full; `'all'` when a rule reads every kind. */
export declare function fullKinds(rules: readonly Rule[], levels: ReadonlyMap<string, RuleLevel>): ReadonlySet<string> | 'all';
