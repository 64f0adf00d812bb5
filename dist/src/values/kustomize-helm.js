/**
 * kustomize's Helm chart inflation (`helmCharts:` in a kustomization; kustomize
 * api/types/helmchartargs.go and api/internal/builtins/HelmChartInflationGenerator.go): srcip-lint
 * never runs `kustomize build --enable-helm`, so each entry is read as a chart release instead.
 *
 * - The chart: `name` from `repo` at `version`; without `repo`, a chart directory under
 *   `helmGlobals.chartHome` (default `charts`) of the kustomization.
 * - Values, weakest first (kustomize writes one values file and passes it with `-f`, then each
 *   `additionalValuesFiles` entry): `valuesFile` (relative to the kustomization) and `valuesInline`
 *   combined by `valuesMerge`: `override` (the default) lets valuesInline win, `merge` lets the
 *   values file win, `replace` drops the values file; then `additionalValuesFiles` in order.
 * - The release: `releaseName` (kustomize passes `--generate-name` without one: the chart's name
 *   stands in) in `namespace`, else the kustomization's `namespace:` (which kustomize writes on every
 *   object the chart renders), else the run's default.
 *
 * The kustomization's patches are applied to the chart's objects (post-render.ts), and what they
 * write is reported on the patch; its other transformers are not applied (the release says so).
 */
import path from 'node:path';
import { parseKubeVersion } from '../k8s/version.js';
import { readYamlDocuments } from '../source/index.js';
import { isMap } from '../util/paths.js';
import { FILE_START, textLayer } from './layers.js';
import { fileLayer, localChart } from './local-charts.js';
import { kustomizationPatches } from './post-render.js';
import { releasesFor } from './targets.js';
const MERGE_OPTIONS = ['override', 'merge', 'replace'];
/** What a kustomization may change in the chart's objects besides their namespace and its patches (which are applied). */
const TRANSFORMER_KEYS = ['replicas', 'images', 'namePrefix', 'nameSuffix', 'commonLabels', 'labels', 'commonAnnotations', 'replacements', 'transformers', 'components'];
/** A kustomization file (`kustomization.yaml`, `kustomization.yml`, `Kustomization`) that inflates Helm charts. */
export function inflatesCharts(file) {
    return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file.file.path) && file.text.includes('helmCharts');
}
export function kustomizeHelmReleases(ctx, file) {
    const out = [];
    readYamlDocuments(file.text).forEach((view, docIndex) => {
        const k = view.value;
        if (!isMap(k) || !Array.isArray(k['helmCharts']))
            return;
        k['helmCharts'].forEach((entry, i) => {
            if (isMap(entry) && typeof entry['name'] === 'string' && entry['name'] !== '')
                out.push(...release(ctx, file, view, docIndex, k, entry, i));
        });
    });
    return out;
}
function release(ctx, file, view, docIndex, k, h, i) {
    const str = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
    const at = (p) => ({ file: file.file, range: view.locate(['helmCharts', i, ...p]) ?? view.locate(['helmCharts', i]) ?? view.locate([]) ?? FILE_START, message: '' });
    const kdir = path.dirname(ctx.abs(file.file.path));
    const name = h['name'];
    const version = str(h['version']);
    const repo = str(h['repo']);
    const merge = str(h['valuesMerge']) ?? 'override';
    // kustomize refuses the entry (and the whole build): nothing of it reaches a cluster.
    if (!MERGE_OPTIONS.includes(merge))
        return [];
    const notes = [];
    const transformers = TRANSFORMER_KEYS.filter((key) => k[key] !== undefined);
    if (transformers.length > 0)
        notes.push(`The kustomization's ${transformers.join(', ')} ${transformers.length > 1 ? 'are' : 'is'} not applied to the objects the chart renders.`);
    const ref = chartRef(ctx, kdir, k, name, version, repo, at(['name']));
    if (!ref)
        return [];
    const read = (rel, what) => {
        const f = ctx.read(path.resolve(kdir, rel));
        if (!f) {
            notes.push(`${what} "${rel}" is not in view: the values it sets are not known.`);
            return undefined;
        }
        const layer = fileLayer(f, f.file.path);
        if (layer.error !== undefined)
            notes.push(`${f.file.path} is not valid YAML (${layer.error}).`);
        return layer;
    };
    const valuesFile = str(h['valuesFile']);
    const fromFile = valuesFile !== undefined && merge !== 'replace' ? read(valuesFile, 'valuesFile') : undefined;
    if (valuesFile !== undefined && merge === 'replace')
        notes.push(`valuesMerge: replace: valuesFile "${valuesFile}" is not read by kustomize.`);
    const inline = isMap(h['valuesInline'])
        ? textLayer({ value: view.value, error: undefined, views: [view] }, file.file, `valuesInline of helmCharts entry ${name}`, ['helmCharts', i, 'valuesInline'], (r) => r, at(['valuesInline']))
        : undefined;
    if (inline && merge === 'merge' && valuesFile === undefined)
        notes.push('valuesMerge: merge lets the chart\'s own values.yaml win over valuesInline; srcip-lint reads valuesInline as set.');
    const layers = [];
    const push = (l) => {
        if (l)
            layers.push(l);
    };
    if (merge === 'merge')
        [inline, fromFile].forEach(push);
    else
        [fromFile, inline].forEach(push);
    const primary = inline ?? fromFile;
    (Array.isArray(h['additionalValuesFiles']) ? h['additionalValuesFiles'] : []).forEach((f) => {
        if (typeof f === 'string' && f !== '')
            push(read(f, 'additionalValuesFiles entry'));
    });
    const ns = str(h['namespace']);
    const kns = str(k['namespace']);
    if (ns !== undefined && kns !== undefined && ns !== kns) {
        notes.push(`The kustomization's namespace: ${kns} moves the chart's objects out of its release namespace ${ns}; what the chart names with the release namespace (a controller's --configmap=${ns}/…) then misses them. srcip-lint reads the release in ${ns}.`);
    }
    const releaseName = str(h['releaseName']);
    if (releaseName === undefined)
        notes.push(`No releaseName: kustomize lets Helm generate one; "${name}" stands in for it in object names.`);
    const kube = str(h['kubeVersion']);
    return releasesFor(ctx, ref, {
        source: `helmCharts entry ${name} of ${file.file.path}`,
        name: releaseName ?? name,
        namespace: ns ?? kns ?? ctx.defaultNamespace,
        layers,
        primaryLayer: primary,
        home: at(inline ? ['valuesInline'] : []),
        notes,
        anchor: { file: file.file, index: docIndex },
        kubeVersion: kube ? parseKubeVersion(kube) : undefined,
        postRenderers: kustomizationPatches(ctx, file, view, k),
    });
}
/** The chart an entry names: from its repository, else the directory kustomize would look in. */
function chartRef(ctx, kdir, k, name, version, repo, span) {
    if (repo !== undefined)
        return { kind: 'repository', chart: name, version, repository: repo, span };
    const globals = isMap(k['helmGlobals']) ? k['helmGlobals'] : {};
    const home = typeof globals['chartHome'] === 'string' && globals['chartHome'] !== '' ? globals['chartHome'] : 'charts';
    const dir = path.resolve(kdir, home, name);
    return localChart(ctx, dir) ? { kind: 'local', dir, span } : undefined;
}
