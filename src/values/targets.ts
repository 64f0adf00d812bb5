/**
 * From "this release installs chart X" to the chart releases srcip-lint models: a chart from a
 * repository is one release; a chart in the repository is either a copy of a modelled chart
 * (its values.yaml is a layer) or an umbrella chart (one release per modelled dependency, with the
 * wrapper's values under the dependency's key).
 */

import path from 'node:path';
import type { SourceSpan } from '../engine/types.js';
import type { ReadContext } from './context.js';
import type { Release } from './document.js';
import { subLayer, type ValuesLayer } from './layers.js';
import { type Dependency, dependencyEnabled, dependencyLayer, localChart } from './local-charts.js';
import { MergedValues } from './merged.js';
import { modelFor } from './charts/index.js';

/** A chart a source names: from a repository, or a directory in this repository. */
export type ChartRef =
  | { readonly kind: 'repository'; readonly chart: string; readonly version: string | undefined; readonly repository: string; readonly span: SourceSpan }
  | { readonly kind: 'local'; readonly dir: string; readonly span: SourceSpan };

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
export function chartBaseName(ref: string): string {
  const clean = ref.replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** The modelled releases a source's chart reference gives (none for charts srcip-lint does not model). */
export function releasesFor(ctx: ReadContext, ref: ChartRef, src: ReleaseSource): Release[] {
  if (ref.kind === 'repository') {
    const chart = chartBaseName(ref.chart);
    if (!modelFor(chart, ref.repository)) return [];
    return [{ ...src, chart, version: ref.version, chartSpan: ref.span, repository: ref.repository }];
  }
  const lc = localChart(ctx, ref.dir);
  if (!lc) return [];
  if (modelFor(lc.name, '')) {
    const layers = lc.values ? [lc.values, ...src.layers] : src.layers;
    return [{ ...src, chart: lc.name, version: lc.version, chartSpan: ref.span, layers, repository: '' }];
  }
  if (!lc.dependencies.some((d) => modelFor(d.chart, d.repository))) return [];
  const parent = new MergedValues(lc.values ? [lc.values, ...src.layers] : src.layers);
  return lc.dependencies
    .filter((d) => modelFor(d.chart, d.repository) && dependencyEnabled(d, parent))
    .map((d) => dependencyRelease(d, lc.values, src));
}

function dependencyRelease(dep: Dependency, own: ValuesLayer | undefined, src: ReleaseSource): Release {
  const layers = [...(own ? [dependencyLayer(own, dep)] : []), ...src.layers.map((l) => subLayer(l, [dep.key], `${l.label} (under ${dep.key}:)`))];
  const primary = src.primaryLayer ? subLayer(src.primaryLayer, [dep.key]) : own ? dependencyLayer(own, dep) : undefined;
  return {
    ...src,
    source: `${src.source} (dependency ${dep.alias ? `${dep.chart} as ${dep.alias}` : dep.chart})`,
    chart: dep.chart,
    version: dep.version,
    alias: dep.alias,
    valuesPrefix: [dep.key],
    chartSpan: dep.span,
    layers,
    primaryLayer: primary,
    repository: dep.repository,
  };
}

/** A local chart directory named relative to a file (`./charts/platform` in a helmfile). */
export function localDir(ctx: ReadContext, from: string, ref: string): string | undefined {
  if (!ref.startsWith('.') && !ref.startsWith('/')) return undefined;
  const dir = path.resolve(path.dirname(ctx.abs(from)), ref);
  return ctx.isDirectory(dir) ? dir : undefined;
}
