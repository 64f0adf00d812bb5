/**
 * Where each field of a built object was written. kustomize's `config.kubernetes.io/origin`
 * annotation names the object's source (a resource file, or a generator in a kustomization); the
 * kustomization tree says what was applied to it on the way up, in kustomize's own order
 * (api/internal/target/kusttarget.go `accumulateTarget` and kusttarget_configplugin.go, at
 * kubernetes-sigs/kustomize@12f9e63): at each level, the included kustomizations first, then the
 * level's generators, its components (each: its generators, its components, its transformers),
 * then its transformers: patchesStrategicMerge, patches, namespace, namePrefix, nameSuffix,
 * labels, annotations, patchesJson6902, replicas, images, replacements.
 *
 * A path's origins are the source line (or generator entry) and every transformer that writes
 * it, the last writer first. A missing path takes the writers of its nearest existing ancestor,
 * and the patches that delete it. When the last writer found does not hold the built value (a
 * replacement, var or transformer srcip-lint does not follow changed it), or nothing writes it,
 * the finding goes to the top kustomization's entry and says why.
 */
import type { K8sObject, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import type { Generator, Kustomization } from './kustomization.js';
import type { SourceRegistry } from './sources.js';
import type { Kustomizations, Step } from './tree.js';
/** `config.kubernetes.io/origin`, as kustomize writes it (api/resource/origin.go). */
export interface Origin {
    readonly path?: string;
    readonly repo?: string;
    readonly configuredIn?: string;
    readonly configuredBy?: {
        readonly kind?: string;
        readonly name?: string;
    };
}
export declare const ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
export declare function parseOrigin(text: unknown): Origin | undefined;
/** The annotations kustomize adds (and srcip-lint removes before any rule sees an object). */
export declare function isKustomizeAnnotation(key: string): boolean;
/** The built objects of one tree (a build, or piped output with origin annotations). */
export declare class TreeTracer {
    private readonly root;
    private readonly base;
    private readonly ks;
    private readonly sources;
    readonly overlay: string;
    private readonly defaultNamespace;
    readonly uncertainAtRoot: boolean;
    /**
     * @param root the top kustomization, when known
     * @param base the directory origin paths are relative to (the wrapper of a build, or `--kustomize-root`)
     * @param overlay how the top kustomization is named in messages (`overlays/prod`)
     * @param uncertainAtRoot a field whose line cannot be told goes to the top kustomization (a
     *   build); otherwise it has no origins and stays where the object was read (piped output)
     */
    constructor(root: Kustomization | undefined, base: string, ks: Kustomizations, sources: SourceRegistry, overlay: string, defaultNamespace: string, uncertainAtRoot: boolean);
    trace(built: K8sObject, origin: Origin | undefined): ObjectTrace;
    /** @internal */ get ctx(): {
        root: Kustomization | undefined;
        base: string;
        ks: Kustomizations;
        sources: SourceRegistry;
        defaultNamespace: string;
    };
}
interface Resolved {
    readonly chain: Step[] | undefined;
    readonly source: K8sObject | undefined;
    readonly generator: {
        readonly k: Kustomization;
        readonly g: Generator;
    } | undefined;
    readonly original: {
        readonly name: string;
        readonly namespace: string;
    } | undefined;
    readonly lost: string | undefined;
}
/** Where the fields of one built object were written. Worked out on first use: most objects never get a finding. */
export declare class ObjectTrace {
    private readonly tracer;
    private readonly built;
    private readonly origin;
    private state;
    private applied;
    private readonly cache;
    private readonly ctx;
    constructor(tracer: TreeTracer, built: K8sObject, origin: Origin | undefined);
    /** The object in its source file, when found. */
    get source(): K8sObject | undefined;
    get generator(): Resolved['generator'];
    /** Name and namespace where the object is written, before the build renamed it. */
    get original(): {
        readonly name: string;
        readonly namespace: string;
    } | undefined;
    private get chain();
    /** Why the source was not found (the finding then goes to the top kustomization). */
    private get lost();
    private get effects();
    private get resolved();
    private resolve;
    /** Where `p` (a path from the object root) was written: the last writer first. */
    origins(p: Path): readonly SourceSpan[] | undefined;
    /** The top kustomization's entry that brings this object in, as a related location. */
    builtBy(): SourceSpan | undefined;
    /** The source text of the value at `p` where it was written, when the writer is a YAML document holding the built value. */
    sourceText(p: Path): string | undefined;
    /** Where a range inside the string value at `p` lies in the source document, when the build copied the value from it unchanged. */
    embeddedRange(p: Path, text: string, within: Range): {
        file: SourceFileRef;
        range: Range;
    } | undefined;
    private qualified;
    private compute;
    /** Why the last writer found may not be the one that wrote the built value. */
    private doubt;
    private untracedNote;
    private rootEntry;
    /** A span in a kustomization file: the entry at `kpath`, or its nearest existing ancestor. */
    private kspan;
    private findSource;
    /** Whether the build could have named a generated object `name` from this generator (prefixes, suffixes, hash). */
    private generates;
    private sourceCandidates;
    private generatorWrites;
    /** A `files:` entry whose file is, byte for byte, the built value (ConfigMap data, or Secret data decoded). */
    private fileContent;
    /** The line of an env file that sets `key` (kustomize reads `KEY=VALUE` lines, `#` comments). */
    private envLine;
    /** What the kustomizations of a chain apply, inner first; `generated`: the object is generated at the bottom. */
    private chainEffects;
    private components;
    /** Everything a component applies to what is there when it runs. */
    private wholesale;
    /** The effects that apply to this object (patch targets, generator names), following its renames. */
    private applicable;
    private names;
    /** The documents of a patch that apply to this object: SM documents (records) and JSON6902 operation lists. */
    private patchDocs;
    private patchText;
    /**
     * The places an effect writes `anchor` (the path, or its nearest existing ancestor when the
     * path is missing), and, for a missing path `p`, the places it deletes it.
     */
    private writes;
    private patchWrites;
    /** The documents of each applicable patch that apply to this object. */
    private readonly matched;
}
export {};
