/**
 * From "this release installs chart X" to the chart releases srcip-lint models: a chart from a
 * repository is one release; a chart in the repository is either a copy of a modelled chart
 * (its values.yaml is a layer) or an umbrella chart (one release per modelled dependency, with the
 * wrapper's values under the dependency's key).
 */
import type { SourceSpan } from '../engine/types.js';
import type { ReadContext } from './context.js';
import type { Release } from './document.js';
import { type ValuesLayer } from './layers.js';
/** A chart a source names: from a repository, or a directory in this repository. */
export type ChartRef = {
    readonly kind: 'repository';
    readonly chart: string;
    readonly version: string | undefined;
    readonly repository: string;
    readonly span: SourceSpan;
} | {
    readonly kind: 'local';
    readonly dir: string;
    readonly span: SourceSpan;
};
/** What a source says about its release, whatever the chart turns out to be. */
export interface ReleaseSource {
    readonly source: string;
    readonly name: string;
    readonly namespace: string;
    /** The source's values, weakest first, for the chart it names. */
    readonly layers: readonly ValuesLayer[];
    readonly primaryLayer?: ValuesLayer | undefined;
    readonly home: SourceSpan;
    readonly notes: readonly string[];
    readonly anchor: Release['anchor'];
    readonly kubeVersion?: Release['kubeVersion'];
    readonly postRenderers?: Release['postRenderers'];
}
/** The last path element of a chart reference (`ingress-nginx/ingress-nginx`, `oci://ghcr.io/traefik/helm/traefik`, `./charts/x`). */
export declare function chartBaseName(ref: string): string;
/** The modelled releases a source's chart reference gives (none for charts srcip-lint does not model). */
export declare function releasesFor(ctx: ReadContext, ref: ChartRef, src: ReleaseSource): Release[];
/** A local chart directory named relative to a file (`./charts/platform` in a helmfile). */
export declare function localDir(ctx: ReadContext, from: string, ref: string): string | undefined;
