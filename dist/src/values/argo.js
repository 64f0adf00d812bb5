/**
 * Argo CD `Application` (argoproj.io/v1alpha1; charts/FACTS.md §6.2): `spec.sources` when it is
 * not empty, else `spec.source`. A source with `chart` installs that chart from `repoURL` at
 * `targetRevision`; a source with `path` installs the chart in that directory of the repository
 * (this repository's directory when it exists). Values, weakest first, as Argo CD passes them to
 * Helm: `helm.valueFiles` in order (files in view: `$ref/…` of a multi-source ref, or relative to
 * a local chart), then `helm.valuesObject`, or `helm.values` when there is no valuesObject, then
 * `helm.parameters` (`--set`, `--set-string` with `forceString`). Release name
 * `helm.releaseName`, else the Application's name; namespace `helm.namespace`, else the
 * destination namespace.
 */
import path from 'node:path';
import { asArray, asRecord } from '../k8s/labels.js';
import { parseKubeVersion } from '../k8s/version.js';
import { embeddedLayer } from './embedded.js';
import { objectLayer, objectSpan, scalar, setLayer } from './layers.js';
import { fileLayer } from './local-charts.js';
import { releasesFor } from './targets.js';
export function isArgoApplication(o) {
    return o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/') && !o.partial;
}
export function argoReleases(ctx, app) {
    const spec = asRecord(app.raw['spec']) ?? {};
    const multi = asArray(spec['sources']);
    const sources = multi.length > 0
        ? multi.flatMap((s, i) => (asRecord(s) ? [{ source: asRecord(s), at: ['spec', 'sources', i] }] : []))
        : asRecord(spec['source'])
            ? [{ source: asRecord(spec['source']), at: ['spec', 'source'] }]
            : [];
    const refs = new Map();
    for (const s of sources)
        if (typeof s.source['ref'] === 'string')
            refs.set(s.source['ref'], s.source);
    const out = [];
    for (const { source, at } of sources) {
        const notes = [];
        let ref;
        let chartDir;
        if (typeof source['chart'] === 'string' && source['chart'] !== '') {
            const version = typeof source['targetRevision'] === 'string' ? source['targetRevision'] : undefined;
            ref = { kind: 'repository', chart: source['chart'], version, repository: scalar(source['repoURL']), span: objectSpan(app, [...at, 'chart']) };
        }
        else if (typeof source['path'] === 'string') {
            chartDir = ctx.repoDir(source['path']);
            if (chartDir)
                ref = { kind: 'local', dir: chartDir, span: objectSpan(app, [...at, 'path']) };
        }
        if (!ref)
            continue;
        const helm = asRecord(source['helm']) ?? {};
        const layers = [];
        asArray(helm['valueFiles']).forEach((f, i) => {
            if (typeof f !== 'string')
                return;
            const layer = valueFile(ctx, f, chartDir, refs, notes);
            if (layer)
                layers.push(layer);
            else if (!notes.some((n) => n.includes(`"${f}"`)))
                notes.push(`helm.valueFiles[${i}] "${f}" is not in view: the values it sets are not known.`);
        });
        const label = `Application ${app.namespace}/${app.name}`;
        let own;
        if (helm['valuesObject'] !== undefined && helm['valuesObject'] !== null) {
            own = objectLayer(app, [...at, 'helm', 'valuesObject'], `helm.valuesObject of ${label}`);
        }
        else if (typeof helm['values'] === 'string') {
            const layer = embeddedLayer(app, [...at, 'helm', 'values'], helm['values'], `helm.values of ${label}`);
            if (layer.error !== undefined)
                notes.push(`helm.values is not valid YAML (${layer.error}).`);
            own = layer;
        }
        if (own)
            layers.push(own);
        const entries = [];
        asArray(helm['parameters']).forEach((p, i) => {
            const param = asRecord(p);
            if (!param || typeof param['name'] !== 'string')
                return;
            const value = param['value'];
            entries.push({
                name: param['name'],
                value: scalar(value),
                forceString: param['forceString'] === true,
                span: objectSpan(app, [...at, 'helm', 'parameters', i, param['value'] === undefined ? 'name' : 'value']),
            });
        });
        if (entries.length > 0)
            layers.push(setLayer(entries, `helm.parameters of ${label}`));
        if (asArray(helm['fileParameters']).length > 0)
            notes.push('helm.fileParameters read files that are not in view.');
        const destination = asRecord(spec['destination']) ?? {};
        const namespace = str(helm['namespace']) ?? str(destination['namespace']) ?? ctx.defaultNamespace;
        const kube = str(helm['kubeVersion']);
        const homePath = helm['valuesObject'] !== undefined ? [...at, 'helm', 'valuesObject'] : helm['values'] !== undefined ? [...at, 'helm', 'values'] : source['helm'] !== undefined ? [...at, 'helm'] : at;
        out.push(...releasesFor(ctx, ref, {
            source: sources.length > 1 ? `${label} (${at.join('.')})` : label,
            name: str(helm['releaseName']) ?? app.name,
            namespace,
            layers,
            primaryLayer: own,
            home: objectSpan(app, homePath),
            notes,
            anchor: { file: app.doc.file, index: app.doc.index },
            kubeVersion: kube ? parseKubeVersion(kube.replace(/^v/, '')) : undefined,
        }));
    }
    return out;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/**
 * A `helm.valueFiles` entry in view: `$<ref>/path` against the repository root (the ref source is
 * taken to be this repository), other paths relative to a chart in this repository. Files inside a
 * chart from a Helm repository, URLs and globs are not in view.
 */
function valueFile(ctx, entry, chartDir, refs, notes) {
    if (/^[a-z]+:\/\//i.test(entry) || /[*?[]/.test(entry))
        return undefined;
    let abs;
    const m = /^\$([^/]+)\/(.*)$/.exec(entry);
    if (m) {
        const refSource = refs.get(m[1]);
        if (!refSource) {
            notes.push(`helm.valueFiles "${entry}" names ref "${m[1]}", which no source of the Application declares.`);
            return undefined;
        }
        const base = typeof refSource['path'] === 'string' ? ctx.repoDir(refSource['path']) : ctx.root();
        abs = base ? path.resolve(base, m[2]) : undefined;
    }
    else if (chartDir) {
        abs = path.resolve(chartDir, entry);
    }
    if (!abs)
        return undefined;
    const file = ctx.read(abs);
    if (!file)
        return undefined;
    const layer = fileLayer(file, `${file.file.path} (helm.valueFiles)`);
    if (layer.error !== undefined)
        notes.push(`${file.file.path} is not valid YAML (${layer.error}).`);
    return layer;
}
