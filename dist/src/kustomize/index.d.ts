/**
 * Kustomize in a run (DESIGN.md §2, issue "Kustomize"):
 * - Roles. A directory holding a kustomization file is a kustomization; the files it names as
 *   patches are never linted as whole objects, and the kustomization file is not a Kubernetes
 *   object. Kustomizations are found among the inputs and the context, in the directories of the
 *   inputs, and above each input up to the working directory (so that a patch passed alone, as
 *   pre-commit passes it, is still known for a patch).
 * - Builds. Each top-level kustomization (one no other kustomization in view includes) whose tree
 *   holds an input is built with the real kustomize (process.ts) unless its tree names a remote
 *   resource, uses Helm charts or plugins, or building is off or impossible; the files it reads are
 *   then linted through the build only. A build that fails is a `kustomize-build` finding, and its
 *   files are linted alone.
 * - Mapping. Built objects lose kustomize's annotations and answer `origins(path)` (trace.ts).
 * - Piped output. Objects that already carry `config.kubernetes.io/origin` (a user's
 *   `buildMetadata: [originAnnotations]` build, piped in) are mapped the same way, relative to
 *   `--kustomize-root` (or the working directory).
 */
import type { FileDirectives, K8sObject } from '../engine/types.js';
import type { ExternalReport } from '../engine/run.js';
import { type LoadOptions } from '../source/index.js';
import { type Entry, type Kustomization } from './kustomization.js';
import type { BuildJob, BuildOutcome, KustomizeBinary } from './process.js';
import { Kustomizations, type TreeFiles } from './tree.js';
export { buildAll, buildAllSync, findBinary, type BuildJob, type BuildOptions, type BuildOutcome, type KustomizeBinary } from './process.js';
export interface KustomizeOptions {
    readonly cwd: string;
    /** Input files (absolute): linted. */
    readonly targets: readonly string[];
    /** Context files (absolute, not among the targets): loaded for cross-object lookups only. */
    readonly contexts: readonly string[];
    /** Building is on (`--no-kustomize` and `kustomize: false` turn it off). */
    readonly build: boolean;
    /** The binary found on PATH. */
    readonly binary: KustomizeBinary | undefined;
    /** The directory origin paths of piped build output are relative to (`--kustomize-root`). */
    readonly pipeRoot: string;
}
/**
 * What became of a top-level kustomization: built; failed (a `kustomize-build` finding); not built
 * because no input is in its tree (`context`), or because it names a remote resource, uses Helm
 * charts or plugins, building is off, or no kustomize is on PATH.
 */
export type OverlayStatus = 'pending' | 'built' | 'failed' | 'context' | 'remote' | 'helm' | 'plugin' | 'off' | 'unavailable';
export interface Overlay {
    readonly k: Kustomization;
    /** The kustomization's directory as reports name it (`overlays/prod`). */
    readonly path: string;
    /** Its kustomization file as reports name it. */
    readonly file: string;
    readonly tree: readonly Kustomization[];
    readonly files: TreeFiles;
    /** The kustomization file is an input (the user asked for this overlay). */
    readonly linted: boolean;
    status: OverlayStatus;
    /** The entry that keeps it from being built (remote, helm, plugin). */
    blocker?: {
        readonly entry: Entry;
        readonly k: Kustomization;
    };
}
/** An overlay's outcome, as JSON stats list it. */
export interface OverlayReport {
    readonly path: string;
    readonly status: Exclude<OverlayStatus, 'pending'>;
    /** Why it was not built, when that is not obvious from the status. */
    readonly reason?: string;
    /** Objects the build produced. */
    readonly objects?: number;
}
export interface KustomizeStats {
    /** The binary that builds (`kustomize` or `kubectl`), or null. */
    readonly binary: KustomizeBinary | null;
    /** Top-level kustomizations in view. */
    readonly overlays: readonly OverlayReport[];
    readonly built: number;
    readonly failed: number;
    /** Objects the builds produced (linted in place of the documents they were built from). */
    readonly objects: number;
    /** Patch files among the inputs (skipped as whole objects). */
    readonly patches: number;
    /** Files read only as the sources of built objects (not among the inputs, not counted in `files`). */
    readonly sourceFiles: number;
}
export interface KustomizeNotice {
    readonly level: 'warning' | 'error';
    readonly message: string;
    readonly file?: string;
}
export type FileRole = 'patch' | 'kustomization' | 'build';
export interface FinishInput {
    /** How documents are read (the run's options). */
    readonly load: LoadOptions;
    /** The objects of an input file set aside for a build (role `build`). */
    readonly inputObjects: (abs: string) => readonly K8sObject[] | undefined;
    /** Whether the run holds an input file's suppression comments already. */
    readonly hasDirectives: (abs: string) => boolean;
    /** Objects read from the inputs (piped build output among them is mapped here). */
    readonly plain: readonly K8sObject[];
    readonly defaultNamespace: string;
}
export interface KustomizeResult {
    /** The objects of each build, one set each. */
    readonly sets: readonly {
        readonly overlay: Overlay;
        readonly objects: readonly K8sObject[];
    }[];
    /** The plain objects, piped build output mapped to its sources. */
    readonly plain: readonly K8sObject[];
    /** Whether an input file set aside for a build is linted through it (else alone after all). */
    readonly built: (abs: string) => boolean;
    readonly reports: readonly ExternalReport[];
    readonly directives: readonly FileDirectives[];
    readonly notices: readonly KustomizeNotice[];
    readonly stats: KustomizeStats;
}
export declare class KustomizeRun {
    private readonly options;
    readonly ks: Kustomizations;
    readonly overlays: Overlay[];
    private readonly targets;
    private readonly contexts;
    private readonly patchFiles;
    private readonly consumers;
    constructor(options: KustomizeOptions);
    /** The builds to run, in the order `finish` expects their outcomes. */
    jobs(): BuildJob[];
    /**
     * How an input file is read: a patch (skipped), a kustomization file (not a Kubernetes object),
     * a file a build reads (its objects wait for the build), or as usual (undefined).
     */
    role(abs: string): FileRole | undefined;
    /** Whether a file is only context: an input given as context, or a file reached only through overlays the user did not name. */
    isContext(abs: string): boolean;
    finish(outcomes: readonly BuildOutcome[], input: FinishInput): KustomizeResult;
    /** The objects of a build: read from its output, kustomize's annotations removed, mapped to their sources. */
    private builtObjects;
    /** Objects of the inputs that carry kustomize's annotations: a build piped in. */
    private mapPiped;
    private failure;
    /**
     * Where a failure is reported: the entry of the tree whose file kustomize's message names last
     * (a missing resource, a patch that matches nothing), else the kustomization it names last,
     * else the top of the overlay's kustomization file.
     */
    private failureAt;
    private firstLine;
    private blockerText;
    private notices;
}
/**
 * kustomize's error, as one line without its wrappers: kubectl's log prefix, `Error: `, the
 * accumulation steps of srcip-lint's wrapper kustomization, and absolute paths (made relative to
 * the working directory: reports never hold an absolute or temporary path).
 */
export declare function cleanMessage(raw: string, cwd: string): string;
