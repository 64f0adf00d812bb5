/**
 * helmfile (helmfile/helmfile `pkg/state/state.go`; charts/FACTS.md §6.3): `releases[]` with
 * `name`, `namespace`, `chart` (`repo/chart`, `oci://…`, or a local path), `version`, and values,
 * weakest first: `values[]` in order (a string is a file relative to the helmfile, a map is
 * inline values), then `set[]` (`--set`), then `setString[]` (`--set-string`). Files ending in
 * `.gotmpl` are templates and are not read; neither are `secrets`, `environments` and
 * `templates`/`inherit`.
 */
import path from 'node:path';
import { readYamlDocuments } from '../source/index.js';
import { isMap } from '../util/paths.js';
import { FILE_START, scalar, setLayer, textLayer } from './layers.js';
import { fileLayer } from './local-charts.js';
import { localDir, releasesFor } from './targets.js';
/** `helmfile.yaml`, `helmfile.yml`, `helmfile.prod.yaml`, and the files of a `helmfile.d/` directory. */
export function isHelmfile(display) {
    const base = display.slice(display.lastIndexOf('/') + 1);
    return /^helmfile(\.[\w-]+)?\.ya?ml$/i.test(base) || /(^|\/)helmfile\.d\/[^/]+\.ya?ml$/i.test(display);
}
export function helmfileReleases(ctx, file) {
    const out = [];
    readYamlDocuments(file.text).forEach((view, docIndex) => {
        if (!isMap(view.value) || !Array.isArray(view.value['releases']))
            return;
        const repos = repositories(view.value['repositories']);
        view.value['releases'].forEach((r, i) => {
            if (!isMap(r) || typeof r['chart'] !== 'string' || typeof r['name'] !== 'string')
                return;
            out.push(...release(ctx, file, view, docIndex, r, i, repos));
        });
    });
    return out;
}
function repositories(v) {
    const out = new Map();
    if (Array.isArray(v))
        for (const r of v)
            if (isMap(r) && typeof r['name'] === 'string' && typeof r['url'] === 'string')
                out.set(r['name'], r['url']);
    return out;
}
function release(ctx, file, view, docIndex, r, i, repos) {
    const at = (p) => ({ file: file.file, range: view.locate(['releases', i, ...p]) ?? view.locate(['releases', i]) ?? FILE_START, message: '' });
    const chart = r['chart'];
    const notes = [];
    const dir = localDir(ctx, file.file.path, chart);
    const slash = chart.indexOf('/');
    const repository = chart.startsWith('oci://') ? chart : slash > 0 ? (repos.get(chart.slice(0, slash)) ?? chart.slice(0, slash)) : '';
    const version = typeof r['version'] === 'string' ? r['version'] : typeof r['version'] === 'number' ? String(r['version']) : undefined;
    const ref = dir ? { kind: 'local', dir, span: at(['chart']) } : { kind: 'repository', chart, version, repository, span: at(['chart']) };
    const layers = [];
    let primary;
    (Array.isArray(r['values']) ? r['values'] : []).forEach((v, j) => {
        if (typeof v === 'string') {
            if (v.endsWith('.gotmpl') || v.includes('{{')) {
                notes.push(`values file "${v}" is a template; the values it sets are not known.`);
                return;
            }
            const f = ctx.read(path.resolve(path.dirname(ctx.abs(file.file.path)), v));
            if (!f) {
                notes.push(`values file "${v}" is not in view: the values it sets are not known.`);
                return;
            }
            const layer = fileLayer(f, f.file.path);
            if (layer.error !== undefined)
                notes.push(`${f.file.path} is not valid YAML (${layer.error}).`);
            layers.push(layer);
            primary = layer;
        }
        else if (isMap(v)) {
            const prefix = ['releases', i, 'values', j];
            const layer = textLayer({ value: view.value, error: undefined, views: [view] }, file.file, `values[${j}] of helmfile release ${String(r['name'])}`, prefix, (x) => x, at(['values', j]));
            layers.push(layer);
            primary = layer;
        }
    });
    if (Array.isArray(r['secrets']) && r['secrets'].length > 0)
        notes.push('Its secrets files are not read: the values they set are not known.');
    for (const [key, forceString] of [
        ['set', false],
        ['setString', true],
    ]) {
        const entries = [];
        (Array.isArray(r[key]) ? r[key] : []).forEach((s, j) => {
            if (!isMap(s) || typeof s['name'] !== 'string')
                return;
            if (s['file'] !== undefined) {
                notes.push(`${key}[${j}] reads a file; its value is not known.`);
                return;
            }
            const value = Array.isArray(s['values']) ? s['values'] : s['value'];
            entries.push({
                name: s['name'],
                value: Array.isArray(value) ? value : scalar(value),
                forceString,
                span: at([key, j, s['value'] !== undefined ? 'value' : 'name']),
            });
        });
        if (entries.length > 0)
            layers.push(setLayer(entries, `${key} of helmfile release ${String(r['name'])}`));
    }
    return releasesFor(ctx, ref, {
        source: `helmfile release ${String(r['name'])}`,
        name: r['name'],
        namespace: typeof r['namespace'] === 'string' && r['namespace'] !== '' ? r['namespace'] : ctx.defaultNamespace,
        layers,
        primaryLayer: primary,
        home: at(Array.isArray(r['values']) ? ['values'] : []),
        notes,
        anchor: { file: file.file, index: docIndex },
    });
}
