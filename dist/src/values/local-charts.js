/**
 * Charts in the repository: an umbrella chart whose `Chart.yaml` depends on a modelled chart (by
 * name, or under an `alias`), or a copy of a modelled chart itself. Helm gives a dependency the
 * parent's values under `<alias or name>:` (charts/FACTS.md §6.4); a copied chart's values.yaml
 * holds its defaults, edited in place.
 */
import path from 'node:path';
import { readYamlDocuments } from '../source/index.js';
import { isMap } from '../util/paths.js';
import { FILE_START, readValuesText, subLayer, textLayer } from './layers.js';
const cache = new WeakMap();
/** The chart in a directory, if it has a readable Chart.yaml. */
export function localChart(ctx, dir) {
    let charts = cache.get(ctx);
    if (!charts)
        cache.set(ctx, (charts = new Map()));
    if (charts.has(dir))
        return charts.get(dir);
    const chart = readChart(ctx, dir);
    charts.set(dir, chart);
    return chart;
}
function readChart(ctx, dir) {
    const chartFile = ctx.read(path.join(dir, 'Chart.yaml')) ?? ctx.read(path.join(dir, 'Chart.yml'));
    if (!chartFile)
        return undefined;
    const view = readYamlDocuments(chartFile.text)[0];
    if (!view || !isMap(view.value) || typeof view.value['name'] !== 'string')
        return undefined;
    const meta = view.value;
    const chartName = meta['name'];
    const at = (p) => ({ file: chartFile.file, range: view.locate(p) ?? FILE_START, message: '' });
    const lock = lockedVersions(ctx, dir);
    const dependencies = [];
    (Array.isArray(meta['dependencies']) ? meta['dependencies'] : []).forEach((d, i) => {
        if (!isMap(d) || typeof d['name'] !== 'string')
            return;
        const alias = typeof d['alias'] === 'string' && d['alias'] !== '' ? d['alias'] : undefined;
        const key = alias ?? d['name'];
        const written = typeof d['version'] === 'string' ? d['version'] : typeof d['version'] === 'number' ? String(d['version']) : undefined;
        dependencies.push({
            chart: d['name'],
            alias,
            key,
            version: lock.get(d['name']) ?? written,
            repository: typeof d['repository'] === 'string' ? d['repository'] : '',
            condition: typeof d['condition'] === 'string' ? d['condition'] : undefined,
            tags: Array.isArray(d['tags']) ? d['tags'].filter((t) => typeof t === 'string') : [],
            span: at(['dependencies', i, 'name']),
        });
    });
    const nameSpan = at(['name']);
    let values = null;
    return {
        get values() {
            if (values === null) {
                const valuesFile = ctx.read(path.join(dir, 'values.yaml')) ?? ctx.read(path.join(dir, 'values.yml'));
                values = valuesFile ? fileLayer(valuesFile, valuesFile.file.path) : undefined;
            }
            return values;
        },
        dir,
        name: chartName,
        version: typeof meta['version'] === 'string' ? meta['version'] : undefined,
        chartFile,
        nameSpan,
        dependencies,
        valuesHome: nameSpan,
    };
}
/** Chart.lock pins each dependency to one version. */
function lockedVersions(ctx, dir) {
    const out = new Map();
    const lock = ctx.read(path.join(dir, 'Chart.lock'));
    const value = lock ? readYamlDocuments(lock.text)[0]?.value : undefined;
    if (!isMap(value) || !Array.isArray(value['dependencies']))
        return out;
    for (const d of value['dependencies']) {
        if (isMap(d) && typeof d['name'] === 'string' && typeof d['version'] === 'string')
            out.set(d['name'], d['version']);
    }
    return out;
}
/** A values file as a layer (every document merged, positions exact). */
export function fileLayer(file, label) {
    const values = readValuesText(file.text);
    const first = { file: file.file, range: FILE_START, message: '' };
    return { ...textLayer(values, file.file, label, [], (r) => r, first), error: values.error };
}
/** A dependency's part of an umbrella chart's layer. */
export function dependencyLayer(layer, dep) {
    return subLayer(layer, [dep.key], `${layer.label} (under ${dep.key}:)`);
}
/**
 * Whether a dependency renders, as Helm decides (processDependencyEnabled in
 * pkg/chartutil/dependencies.go): every dependency starts enabled (an `enabled:` written in
 * Chart.yaml is overwritten); its tags then turn it off when one is false in the parent's `tags:`
 * values and none is true; the first path of its `condition` that holds a boolean decides last.
 * Non-boolean values are skipped, as Helm skips them with a warning.
 */
export function dependencyEnabled(dep, parent) {
    let enabled = true;
    const tags = parent.get(['tags']);
    if (isMap(tags)) {
        const set = dep.tags.map((t) => tags[t]).filter((v) => typeof v === 'boolean');
        enabled = set.includes(true) || !set.includes(false);
    }
    for (const cond of (dep.condition ?? '').trim().split(',')) {
        if (cond === '')
            continue;
        const v = parent.get(cond.split('.'));
        if (typeof v === 'boolean')
            return v;
    }
    return enabled;
}
