/**
 * A kustomization file read as kustomize reads it, with the position of every entry: what it
 * includes (resources, components), what it writes (patches, generators, `replicas:`, `images:`,
 * `namespace:`, `namePrefix`/`nameSuffix`, labels, annotations), the other files it reads, and
 * what srcip-lint refuses to build (remote references, Helm charts, plugins). No process, no
 * network: files only. Field names and semantics: kustomize v5 `api/types/kustomization.go`
 * (kubernetes-sigs/kustomize@12f9e63), with the fields kustomize before v5 still reads
 * (`bases`, `patchesStrategicMerge`, `patchesJson6902`, `commonLabels`, bare strings under `patches`).
 */
import type { Path } from '../engine/types.js';
/** The names kustomize looks for in a directory, in its order (`konfig.RecognizedKustomizationFileNames`). */
export declare const KUSTOMIZATION_FILE_NAMES: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** The kustomization file of a directory, if it has one. */
export declare function kustomizationFileIn(dir: string): string | undefined;
export declare function isKustomizationFileName(abs: string): boolean;
/** An entry of the kustomization: its text and where it is written (a path in the kustomization document). */
export interface Entry {
    readonly text: string;
    readonly kpath: Path;
}
/** A `resources`, `bases` or `components` entry. */
export interface Ref extends Entry {
    readonly abs: string;
    readonly kind: 'dir' | 'file' | 'remote' | 'missing';
}
/** A patch target selector (`patches[].target`, `patchesJson6902[].target`). */
export interface Selector {
    readonly group?: string;
    readonly version?: string;
    readonly kind?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly labelSelector?: string;
    readonly annotationSelector?: string;
}
/** The transformer that applies a patch, in kustomize's order of transformers. */
export type PatchField = 'patchesStrategicMerge' | 'patches' | 'patchesJson6902';
export interface PatchRef {
    readonly field: PatchField;
    /** The entry in the kustomization (`patches[2]`). */
    readonly kpath: Path;
    /** A patch in a file: its absolute path. */
    readonly file?: string;
    /** A patch written in the kustomization: the path of its text (`patches[2].patch`). */
    readonly inline?: Path;
    readonly target?: Selector;
}
export interface GeneratorSource {
    /** The ConfigMap or Secret key it writes (`undefined` for an env file: every key in it). */
    readonly key?: string;
    readonly kpath: Path;
    /** A file it reads (env file, or a `files:` entry). */
    readonly file?: string;
}
export interface Generator {
    readonly field: 'configMapGenerator' | 'secretGenerator';
    readonly kind: 'ConfigMap' | 'Secret';
    readonly kpath: Path;
    readonly name: string;
    readonly namespace: string | undefined;
    readonly behavior: 'create' | 'merge' | 'replace';
    readonly hash: boolean;
    readonly literals: readonly GeneratorSource[];
    readonly envs: readonly GeneratorSource[];
    readonly files: readonly GeneratorSource[];
}
export interface ReplicasEntry {
    readonly name: string;
    readonly kpath: Path;
}
export interface ImageEntry {
    readonly name: string;
    readonly kpath: Path;
}
export interface LabelEntry {
    readonly key: string;
    readonly kpath: Path;
    /** Also written into selectors and pod templates (`commonLabels`, `labels[].includeSelectors`). */
    readonly selectors: boolean;
    readonly templates: boolean;
}
export interface Kustomization {
    readonly dir: string;
    /** The kustomization file (absolute). */
    readonly abs: string;
    /** The file is not a YAML mapping kustomize can read. */
    readonly error: string | undefined;
    /** `kind: Component`. */
    readonly component: boolean;
    readonly resources: readonly Ref[];
    readonly components: readonly Ref[];
    readonly patches: readonly PatchRef[];
    readonly generators: readonly Generator[];
    readonly replicas: readonly ReplicasEntry[];
    readonly images: readonly ImageEntry[];
    readonly namespace: Entry | undefined;
    readonly namePrefix: Entry | undefined;
    readonly nameSuffix: Entry | undefined;
    readonly labels: readonly LabelEntry[];
    readonly annotations: readonly Entry[];
    /** Fields whose effect srcip-lint does not trace (`replacements`, `vars`, `transformers`, ...): their entries. */
    readonly untraced: readonly Entry[];
    /** References to remote places (URLs, `git@…`, `github.com/…`, `?ref=`): never built. */
    readonly remote: readonly Entry[];
    /** `helmCharts` (or the Helm inflation generator): never built. */
    readonly helm: Entry | undefined;
    /** Generators, transformers or validators that are not kustomize built-ins: never built. */
    readonly plugins: readonly Entry[];
    /** Other local files it reads (generator inputs, replacements, configurations, CRDs, OpenAPI). */
    readonly otherFiles: readonly string[];
    /** `sortOptions`, copied into the wrapper kustomization (only the top kustomization's apply). */
    readonly sortOptions: unknown;
}
/**
 * A reference kustomize would fetch: a URL (`https://`, `git::`, `ssh://`, `file://` clones too),
 * `git@host:…`, a `gh:` shorthand, a `host.tld/org/repo` path (`github.com/…`), or a `?ref=` /
 * `?version=` query. Local paths never have these shapes.
 */
export declare function isRemote(entry: string): boolean;
/**
 * Reads a kustomization file; never throws (an unreadable file gives `error`). Undefined when the
 * file holds an object of another API (a Flux `Kustomization` is a Kubernetes object).
 */
export declare function readKustomization(abs: string): Kustomization | undefined;
