/**
 * Flux `HelmRelease` (helm.toolkit.fluxcd.io v2, v2beta2, v2beta1; charts/FACTS.md §6.1).
 *
 * - Chart: `spec.chart.spec.chart` + `.version` (a HelmRepository chart, or a path in a
 *   GitRepository: this repository's directory when it exists), or `spec.chartRef` to an
 *   OCIRepository (`spec.url`, `spec.ref.tag|semver`) or HelmChart (`spec.chart`, `spec.version`)
 *   in view.
 * - Release name `spec.releaseName`, else `[targetNamespace-]metadata.name`; namespace
 *   `spec.targetNamespace`, else the HelmRelease's.
 * - Values, weakest first: each `spec.valuesFrom` entry in list order (a ConfigMap or Secret key,
 *   default `values.yaml`, merged whole; with `targetPath`, set at that path with `--set` typing,
 *   or as a string with `literal: true`), then `spec.values`, which wins (fluxcd/pkg
 *   chartutil/values.go `ChartValuesFromReferences`).
 */
import { asRecord, dig } from '../k8s/labels.js';
import { embeddedLayer } from './embedded.js';
import { objectLayer, objectSpan, scalar, setLayer } from './layers.js';
import { postRenderers } from './post-render.js';
import { chartBaseName, releasesFor } from './targets.js';
export const FLUX_HELM_GROUP = 'helm.toolkit.fluxcd.io/';
export function isHelmRelease(o) {
    return o.kind === 'HelmRelease' && o.apiVersion.startsWith(FLUX_HELM_GROUP) && !o.partial;
}
export function fluxReleases(ctx, hr) {
    const spec = asRecord(hr.raw['spec']) ?? {};
    const notes = [];
    const ref = chartRef(ctx, hr, spec, notes);
    if (!ref)
        return [];
    const targetNamespace = typeof spec['targetNamespace'] === 'string' && spec['targetNamespace'] !== '' ? spec['targetNamespace'] : undefined;
    const name = typeof spec['releaseName'] === 'string' && spec['releaseName'] !== '' ? spec['releaseName'] : targetNamespace ? `${targetNamespace}-${hr.name}` : hr.name;
    const label = `HelmRelease ${hr.namespace}/${hr.name}`;
    const layers = [];
    const valuesFrom = Array.isArray(spec['valuesFrom']) ? spec['valuesFrom'] : [];
    valuesFrom.forEach((entry) => {
        const layer = valuesFromLayer(ctx, hr, asRecord(entry), notes);
        if (layer)
            layers.push(layer);
    });
    const own = objectLayer(hr, ['spec', 'values'], `spec.values of ${label}`);
    layers.push(own);
    return releasesFor(ctx, ref, {
        source: label,
        name,
        namespace: targetNamespace ?? hr.namespace,
        layers,
        primaryLayer: own,
        home: objectSpan(hr, spec['values'] !== undefined ? ['spec', 'values'] : ['spec']),
        notes,
        anchor: { file: hr.doc.file, index: hr.doc.index },
        postRenderers: postRenderers(hr),
    });
}
function chartRef(ctx, hr, spec, notes) {
    const tpl = asRecord(dig(spec, 'chart', 'spec'));
    if (tpl && typeof tpl['chart'] === 'string') {
        const source = asRecord(tpl['sourceRef']) ?? {};
        const span = objectSpan(hr, ['spec', 'chart', 'spec', 'chart']);
        if (source['kind'] === 'GitRepository' || source['kind'] === 'Bucket') {
            const dir = ctx.repoDir(tpl['chart']);
            if (dir)
                return { kind: 'local', dir, span };
            notes.push(`The chart path "${tpl['chart']}" of ${String(source['kind'])} ${scalar(source['name'])} is not in this repository.`);
            return { kind: 'repository', chart: chartBaseName(tpl['chart']), version: undefined, repository: '', span };
        }
        if (Array.isArray(tpl['valuesFiles']) && tpl['valuesFiles'].length > 0) {
            notes.push('The chart\'s own valuesFiles (spec.chart.spec.valuesFiles) are inside the chart package, not in view.');
        }
        const repo = typeof source['name'] === 'string' ? repositoryUrl(ctx, hr, source) : '';
        const version = typeof tpl['version'] === 'string' ? tpl['version'] : typeof tpl['version'] === 'number' ? String(tpl['version']) : undefined;
        return { kind: 'repository', chart: tpl['chart'], version, repository: repo, span };
    }
    const cr = asRecord(spec['chartRef']);
    if (cr && typeof cr['name'] === 'string' && typeof cr['kind'] === 'string') {
        const ns = typeof cr['namespace'] === 'string' ? cr['namespace'] : hr.namespace;
        const target = ctx.find(cr['kind'], ns, cr['name'], hr);
        const span = objectSpan(hr, ['spec', 'chartRef']);
        if (!target || target.partial)
            return undefined;
        if (cr['kind'] === 'OCIRepository') {
            const url = dig(target.raw, 'spec', 'url');
            const ref = asRecord(dig(target.raw, 'spec', 'ref')) ?? {};
            const version = typeof ref['tag'] === 'string' ? ref['tag'] : typeof ref['semver'] === 'string' ? ref['semver'] : undefined;
            return typeof url === 'string' ? { kind: 'repository', chart: chartBaseName(url), version, repository: url, span } : undefined;
        }
        if (cr['kind'] === 'HelmChart') {
            const chart = dig(target.raw, 'spec', 'chart');
            const version = dig(target.raw, 'spec', 'version');
            return typeof chart === 'string' ? { kind: 'repository', chart, version: typeof version === 'string' ? version : undefined, repository: '', span } : undefined;
        }
    }
    return undefined;
}
function repositoryUrl(ctx, hr, source) {
    const kind = typeof source['kind'] === 'string' ? source['kind'] : 'HelmRepository';
    const ns = typeof source['namespace'] === 'string' ? source['namespace'] : hr.namespace;
    const repo = ctx.find(kind, ns, String(source['name']), hr);
    const url = repo ? dig(repo.raw, 'spec', 'url') : undefined;
    return typeof url === 'string' ? url : scalar(source['name']);
}
function valuesFromLayer(ctx, hr, entry, notes) {
    if (!entry || (entry['kind'] !== 'ConfigMap' && entry['kind'] !== 'Secret') || typeof entry['name'] !== 'string')
        return undefined;
    const kind = entry['kind'];
    const key = typeof entry['valuesKey'] === 'string' && entry['valuesKey'] !== '' ? entry['valuesKey'] : 'values.yaml';
    const target = typeof entry['targetPath'] === 'string' && entry['targetPath'] !== '' ? entry['targetPath'] : undefined;
    const what = `${kind} ${hr.namespace}/${entry['name']}`;
    const obj = ctx.find(kind, hr.namespace, entry['name'], hr);
    const content = obj && !obj.partial ? keyContent(obj, key) : undefined;
    if (!obj || obj.partial || !content) {
        const optional = entry['optional'] === true ? ' (optional)' : '';
        notes.push(`valuesFrom ${what}${optional} key "${key}" is not in view: the values it sets are not known.`);
        return undefined;
    }
    const label = `${what} key ${key} (valuesFrom)`;
    if (target) {
        const literal = entry['literal'] === true;
        return setLayer([{ name: target, value: content.text.trim(), forceString: literal, span: objectSpan(obj, content.path) }], label);
    }
    // Base64 Secret data: the values are known, every position is the key's.
    const layer = embeddedLayer(obj, content.path, content.text, label);
    if (layer.error !== undefined)
        notes.push(`valuesFrom ${what} key "${key}" is not valid YAML (${layer.error}).`);
    return layer;
}
/** A ConfigMap's or Secret's text under a key, and where it is. */
function keyContent(obj, key) {
    const data = asRecord(obj.raw['data']) ?? {};
    if (obj.kind === 'Secret') {
        const plain = asRecord(obj.raw['stringData'])?.[key];
        if (typeof plain === 'string')
            return { text: plain, path: ['stringData', key], encoded: false };
        const b64 = data[key];
        if (typeof b64 === 'string') {
            try {
                return { text: Buffer.from(b64, 'base64').toString('utf8'), path: ['data', key], encoded: true };
            }
            catch {
                return undefined;
            }
        }
        return undefined;
    }
    const text = data[key];
    return typeof text === 'string' ? { text, path: ['data', key], encoded: false } : undefined;
}
