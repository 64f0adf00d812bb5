/**
 * From "this release installs chart X" to the chart releases srcip-lint models: a chart from a
 * repository is one release; a chart in the repository is either a copy of a modelled chart
 * (its values.yaml is a layer) or an umbrella chart (one release per modelled dependency, with the
 * wrapper's values under the dependency's key).
 */
import path from 'node:path';
import { subLayer } from './layers.js';
import { dependencyEnabled, dependencyLayer, localChart } from './local-charts.js';
import { MergedValues } from './merged.js';
import { modelFor } from './charts/index.js';
/** The last path element of a chart reference (`ingress-nginx/ingress-nginx`, `oci://ghcr.io/traefik/helm/traefik`, `./charts/x`). */
export function chartBaseName(ref) {
    const clean = ref.replace(/\/+$/, '');
    return clean.slice(clean.lastIndexOf('/') + 1);
}
/** The modelled releases a source's chart reference gives (none for charts srcip-lint does not model). */
export function releasesFor(ctx, ref, src) {
    if (ref.kind === 'repository') {
        const chart = chartBaseName(ref.chart);
        if (!modelFor(chart, ref.repository))
            return [];
        return [{ ...src, chart, version: ref.version, chartSpan: ref.span, repository: ref.repository }];
    }
    const lc = localChart(ctx, ref.dir);
    if (!lc)
        return [];
    if (modelFor(lc.name, '')) {
        const layers = lc.values ? [lc.values, ...src.layers] : src.layers;
        return [{ ...src, chart: lc.name, version: lc.version, chartSpan: ref.span, layers, repository: '' }];
    }
    if (!lc.dependencies.some((d) => modelFor(d.chart, d.repository)))
        return [];
    const parent = new MergedValues(lc.values ? [lc.values, ...src.layers] : src.layers);
    return lc.dependencies
        .filter((d) => modelFor(d.chart, d.repository) && dependencyEnabled(d, parent))
        .map((d) => dependencyRelease(d, lc.values, src));
}
function dependencyRelease(dep, own, src) {
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
export function localDir(ctx, from, ref) {
    if (!ref.startsWith('.') && !ref.startsWith('/'))
        return undefined;
    const dir = path.resolve(path.dirname(ctx.abs(from)), ref);
    return ctx.isDirectory(dir) ? dir : undefined;
}
