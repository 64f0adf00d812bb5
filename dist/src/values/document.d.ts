/**
 * Objects built from chart values, and the document that says where each of their fields was
 * written: the values line that set it, or, for a chart default, the line that names the chart
 * (with a related location where the key would go). This is the producer's side of
 * `ManifestDocument.origins` (src/engine/types.ts).
 */
import type { K8sObject, KubeVersion, ManifestDocument, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import type { ValuesLayer } from './layers.js';
import { type MergedValues } from './merged.js';
import type { PostRendered, PostRenderers } from './post-render.js';
/** A chart release read from its values, and where everything about it is written. */
export interface Release {
    /** What declares it, for messages: `HelmRelease flux-system/ingress-nginx`. */
    readonly source: string;
    /** The chart as named where it is declared (`ingress-nginx`, `oci://…/traefik`). */
    readonly chart: string;
    /** The chart repository (URL or name) as written, when known. */
    readonly repository?: string | undefined;
    /** The version as written (`4.12.0`, `4.x`, `*`), if any. */
    readonly version: string | undefined;
    /** The release name (Helm's `.Release.Name`). */
    readonly name: string;
    readonly namespace: string;
    /** The dependency alias of an umbrella chart's subchart (Helm's `.Chart.Name` then), if any. */
    readonly alias?: string | undefined;
    /** Where the chart's values sit in the files a person edits (`[alias]` for an umbrella's dependency). */
    readonly valuesPrefix?: Path | undefined;
    /** User values, weakest first (the chart's defaults come before them). */
    readonly layers: readonly ValuesLayer[];
    /** The line that names the chart: where findings about chart defaults land. */
    readonly chartSpan: SourceSpan;
    /** Where values of this release are written when a key is set nowhere (`spec.values:`, `values.yaml`). */
    readonly home: SourceSpan;
    /** Which layer a person edits first: "set it here" points into it. Default: the last user layer. */
    readonly primaryLayer?: ValuesLayer | undefined;
    /** What could not be read (values in objects or files not in view), for messages. */
    readonly notes: readonly string[];
    /** The document that declares the release; the built objects belong to its file. */
    readonly anchor: {
        readonly file: SourceFileRef;
        readonly index: number;
    };
    /** Kubernetes version the chart renders for (Argo CD `helm.kubeVersion`), if set. */
    readonly kubeVersion?: KubeVersion | undefined;
    /** Patches applied after Helm (Flux `spec.postRenderers`, a kustomization's patches): applied to the objects built. */
    readonly postRenderers?: PostRenderers | undefined;
}
/**
 * Where a field of a built object comes from: a values path (for a whole subtree written with
 * `toYaml`, `subtree: true`), or the chart's own text.
 */
export type FieldSource = {
    readonly values: Path;
    readonly subtree?: boolean;
    readonly what?: string;
} | 'chart';
/** An object under construction: its plain value and the source of each field written. */
export declare class ObjectBuilder {
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly raw: Record<string, unknown>;
    private readonly sources;
    constructor(apiVersion: string, kind: string, name: string, namespace: string);
    /** Writes a field (unless `value` is undefined) and records where it comes from. */
    set(path: Path, value: unknown, source?: FieldSource): this;
    /** Records where a field would come from, without writing it (an absent field's values key). */
    from(path: Path, source: FieldSource): this;
    get(path: Path): unknown;
    /** The source of the longest recorded prefix of a path, and the rest of the path below it. */
    lookup(path: Path): {
        source: FieldSource;
        depth: number;
    };
}
/** A built object's document: positions are its origins in the values and the declaring document. */
export declare class ReleaseDocument implements ManifestDocument {
    private readonly release;
    private readonly values;
    private readonly builder;
    /** `chart ingress-nginx 4.12.0` (and how the version was chosen). */
    private readonly chartText;
    /** What Flux post-renderers did to the object after Helm. */
    private readonly post?;
    readonly helmSource: undefined;
    readonly file: SourceFileRef;
    readonly index: number;
    constructor(release: Release, values: MergedValues, builder: ObjectBuilder, 
    /** `chart ingress-nginx 4.12.0` (and how the version was chosen). */
    chartText: string, 
    /** What Flux post-renderers did to the object after Helm. */
    post?: PostRendered | undefined);
    locate(path: Path): Range;
    /** A post-renderer patch srcip-lint cannot apply targets the object: nothing about it is known for sure. */
    rewritten(): boolean;
    /** The last post-renderer write at or above `path`, if any. */
    private patched;
    sourceText(path: Path): string | undefined;
    origins(path: Path): SourceSpan[];
    private valuesOrigins;
}
/** A built object as the model sees it. */
export declare function builtObject(b: ObjectBuilder, doc: ReleaseDocument): K8sObject;
