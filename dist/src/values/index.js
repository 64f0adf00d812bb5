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
import path from 'node:path';
import { argoReleases, isArgoApplication } from './argo.js';
import { modelFor } from './charts/index.js';
import { evaluateTpl, UnknownValue } from './charts/model.js';
import { ReadContext } from './context.js';
import { builtObject, ReleaseDocument } from './document.js';
import { fluxReleases, isHelmRelease } from './flux.js';
import { helmfileReleases, isHelmfile } from './helmfile.js';
import { inflatesCharts, kustomizeHelmReleases } from './kustomize-helm.js';
import { defaultsLayer, FILE_START } from './layers.js';
import { fileLayer, localChart } from './local-charts.js';
import { MergedValues } from './merged.js';
import { releasesFor } from './targets.js';
import { formatVersion, parseRequested } from './version.js';
export { FLUX_HELM_GROUP } from './flux.js';
/** Kinds a release reader looks up: read in full whatever rules are on. */
export const VALUES_SOURCE_KINDS = ['HelmRelease', 'Application', 'OCIRepository', 'HelmChart', 'HelmRepository', 'Secret'];
/** Whether a run could hold chart values at all (a cheap test before any work). */
export function mayHoldReleases(request) {
    if (request.bound.length > 0)
        return true;
    if (request.objects.some((o) => isHelmRelease(o) || isArgoApplication(o)))
        return true;
    if (request.discoverFiles === false)
        return false;
    return request.files.some((f) => isHelmfile(f.file.path) || inflatesCharts(f) || /(^|\/)(Chart\.ya?ml|values[^/]*\.ya?ml)$/.test(f.file.path));
}
export function readChartValues(request) {
    if (!mayHoldReleases(request))
        return { objects: [], releases: [], internalErrors: [] };
    const ctx = new ReadContext(request.objects, request.files, request.cwd, request.defaultNamespace);
    const internalErrors = [];
    const guard = (what, fn) => {
        try {
            return fn();
        }
        catch (e) {
            internalErrors.push(`chart values: ${what}: ${e instanceof Error ? e.message : String(e)}`);
            return [];
        }
    };
    const releases = [];
    for (const o of request.objects) {
        const where = `${o.kind} ${o.namespace}/${o.name} in ${o.doc.file.path}`;
        if (isHelmRelease(o))
            releases.push(...guard(where, () => fluxReleases(ctx, o)));
        else if (isArgoApplication(o))
            releases.push(...guard(where, () => argoReleases(ctx, o)));
    }
    if (request.discoverFiles !== false) {
        for (const f of request.files)
            if (isHelmfile(f.file.path))
                releases.push(...guard(f.file.path, () => helmfileReleases(ctx, f)));
        for (const f of request.files)
            if (inflatesCharts(f))
                releases.push(...guard(f.file.path, () => kustomizeHelmReleases(ctx, f)));
        releases.push(...guard('umbrella charts', () => umbrellaReleases(ctx, request, releases)));
    }
    for (const b of request.bound)
        releases.push(...guard(b.span.file.path, () => boundReleases(ctx, b)));
    const objects = [];
    const summaries = [];
    for (const release of releases) {
        const [built] = guard(`${release.source} (chart ${release.chart})`, () => {
            const b = buildRelease(release, request.kubeVersion);
            return b ? [b] : [];
        });
        if (!built)
            continue;
        objects.push(...built.objects);
        summaries.push(built.summary);
    }
    return { objects, releases: summaries, internalErrors };
}
/** Builds a release's objects; undefined for charts or versions srcip-lint does not model. */
function buildRelease(release, runKube) {
    const model = modelFor(release.chart, release.repository ?? '');
    if (!model)
        return undefined;
    const resolved = model.resolve(parseRequested(release.version));
    if (!resolved)
        return undefined;
    const notes = [...(resolved.note ? [resolved.note] : []), ...release.notes];
    const withNotes = { ...release, notes };
    const chartName = release.alias ?? model.chartName ?? model.name;
    const readAs = formatVersion(resolved.version);
    const chartText = `chart ${model.name} ${release.version && parseRequested(release.version).kind === 'exact' ? release.version.replace(/^v/, '') : readAs}`;
    const layers = [defaultsLayer(model.defaults(resolved.version), release.chartSpan), ...release.layers];
    const values = new MergedValues(layers);
    const kube = release.kubeVersion ?? runKube;
    let objects = [];
    try {
        const builders = model.build({
            release: withNotes,
            values,
            version: resolved.version,
            kube,
            chartName,
            tpl: (text, helpers) => evaluateTpl(text, withNotes, helpers),
        });
        // Flux post-renderers: applied to each object they target, before any rule reads it.
        const post = builders.map((b) => release.postRenderers?.apply({ kind: b.kind, name: b.name, namespace: b.namespace, raw: b.raw }));
        const unknown = builders.filter((_, i) => post[i] === 'unknown').map((b) => `${b.kind} ${b.name}`);
        if (unknown.length > 0)
            notes.push(`Patches applied after Helm change ${unknown.join(', ')} in a way srcip-lint does not apply (a $patch directive, copy or move, a missing path, a name pattern it does not evaluate): nothing is reported on ${unknown.length > 1 ? 'them' : 'it'}.`);
        objects = builders.map((b, i) => builtObject(b, new ReleaseDocument(withNotes, values, b, chartText, post[i])));
    }
    catch (e) {
        if (!(e instanceof UnknownValue))
            throw e;
        notes.push(`Nothing was built: ${e.message}.`);
    }
    return {
        objects,
        summary: {
            source: release.source,
            file: release.chartSpan.file.path,
            line: release.chartSpan.range.line,
            chart: model.name,
            version: release.version,
            readAs,
            release: release.name,
            namespace: release.namespace,
            objects: objects.map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`),
            notes,
        },
    };
}
/**
 * Umbrella charts in view that no HelmRelease, Application or helmfile installs: each `Chart.yaml`
 * of the run (or beside a values file of the run) whose dependencies include a modelled chart.
 * Its release name is not known: the chart's name is assumed. `--values` files apply over its
 * values.yaml.
 */
function umbrellaReleases(ctx, request, known) {
    const used = new Set(known.map((r) => r.chartSpan.file.path));
    const dirs = new Set();
    for (const f of request.files) {
        if (f.file.context)
            continue;
        const m = /(^|\/)(Chart\.ya?ml|values[^/]*\.ya?ml)$/.exec(f.file.path);
        if (!m)
            continue;
        const dir = path.dirname(ctx.abs(f.file.path));
        // A chart vendored under another chart's charts/ is that chart's dependency, not a release.
        if (path.basename(path.dirname(dir)) === 'charts' && localChart(ctx, path.dirname(path.dirname(dir))))
            continue;
        dirs.add(dir);
    }
    const out = [];
    const cli = request.cliValues.flatMap((abs) => {
        const f = ctx.read(abs);
        return f ? [fileLayer(f, `${f.file.path} (--values)`)] : [];
    });
    for (const dir of dirs) {
        const lc = localChart(ctx, dir);
        // releasesFor keeps the modelled dependencies that the values enable.
        if (!lc || used.has(lc.chartFile.file.path) || modelFor(lc.name, ''))
            continue;
        out.push(...releasesFor(ctx, { kind: 'local', dir, span: lc.nameSpan }, {
            source: `umbrella chart ${lc.name}`,
            name: lc.name,
            namespace: ctx.defaultNamespace,
            layers: cli,
            home: lc.valuesHome,
            notes: [`The release name is not known; "${lc.name}" (the umbrella chart's name) was assumed.`],
            anchor: { file: lc.chartFile.file, index: 0 },
        }));
    }
    return out;
}
/** Values files bound to a chart in the configuration. */
function boundReleases(ctx, b) {
    const files = b.files.flatMap((abs) => {
        const f = ctx.read(abs);
        return f ? [f] : [];
    });
    const first = files[0];
    if (!first)
        return [];
    const layers = files.map((f) => fileLayer(f, f.file.path));
    const model = modelFor(b.chart, '');
    return [
        {
            source: `values bound to chart ${b.chart} in ${b.span.file.path}`,
            chart: model?.name ?? b.chart,
            version: b.version,
            name: b.release ?? b.chart,
            namespace: b.namespace ?? ctx.defaultNamespace,
            layers,
            chartSpan: b.span,
            home: { file: first.file, range: FILE_START, message: '' },
            notes: [],
            anchor: { file: first.file, index: 0 },
        },
    ];
}
