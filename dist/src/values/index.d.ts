/**
 * Chart values → the objects the rules read (DESIGN.md §2 "Chart values"; issue 13).
 *
 * GitOps repositories install ingress controllers and CNIs from Helm charts and write only their
 * values: in a Flux HelmRelease, an Argo CD Application, an umbrella chart's values.yaml, a
 * helmfile, or a values file bound to a chart in `.srcip-lint.yaml`. For the charts srcip-lint
 * models (src/values/charts), this builds the Services, ConfigMaps, workloads and autoscalers the
 * chart would render from the merged values and the chart version's defaults, without Helm and
 * without the chart. Every field of a built object knows the values line that set it (or, for a
 * default, the line naming the chart); the engine reports findings there through
 * `ManifestDocument.origins`. Rules never know an object was built.
 *
 * Built objects belong to the file that declares the release: model lookups resolve to the
 * nearest copy, so a release's objects bind to each other before they bind to a rendered copy of
 * the same release elsewhere in the repository (both are linted, each at its own lines).
 */
import type { K8sObject, KubeVersion, SourceSpan } from '../engine/types.js';
import { type RunFile } from './context.js';
export { FLUX_HELM_GROUP } from './flux.js';
export type { RunFile } from './context.js';
/** Kinds a release reader looks up: read in full whatever rules are on. */
export declare const VALUES_SOURCE_KINDS: readonly string[];
/** Values files bound to a chart in the configuration (`values:`). */
export interface BoundValues {
    /** Absolute paths, in Helm's order (the last wins). */
    readonly files: readonly string[];
    readonly chart: string;
    readonly version: string | undefined;
    readonly release: string | undefined;
    readonly namespace: string | undefined;
    /** The entry's `chart:` in the configuration file. */
    readonly span: SourceSpan;
}
export interface ValuesRequest {
    readonly objects: readonly K8sObject[];
    /** Every file of the run with its text (linted and context). */
    readonly files: readonly RunFile[];
    readonly cwd: string;
    readonly defaultNamespace: string;
    readonly kubeVersion: KubeVersion;
    readonly bound: readonly BoundValues[];
    /** `--values` files (absolute): an umbrella chart's values over its values.yaml. */
    readonly cliValues: readonly string[];
    /** Read releases from files too (helmfiles, umbrella charts); false: from `objects` only (a kustomize build). */
    readonly discoverFiles?: boolean;
}
/** One release read from values (JSON `stats.releases`). */
export interface ReleaseSummary {
    /** `HelmRelease flux-system/ingress-nginx`. */
    readonly source: string;
    readonly file: string;
    readonly line: number;
    readonly chart: string;
    /** As written, if any. */
    readonly version: string | undefined;
    /** The chart version srcip-lint read it as. */
    readonly readAs: string;
    readonly release: string;
    readonly namespace: string;
    /** `kind namespace/name` of each object built. */
    readonly objects: readonly string[];
    /** What could not be known (values not in view, constraints on the version, template code). */
    readonly notes: readonly string[];
}
export interface ValuesResult {
    readonly objects: K8sObject[];
    readonly releases: ReleaseSummary[];
    /** A reader or chart model threw: a bug in srcip-lint, reported without stopping the run. */
    readonly internalErrors: string[];
}
/** Whether a run could hold chart values at all (a cheap test before any work). */
export declare function mayHoldReleases(request: Pick<ValuesRequest, 'objects' | 'files' | 'bound' | 'discoverFiles'>): boolean;
export declare function readChartValues(request: ValuesRequest): ValuesResult;
