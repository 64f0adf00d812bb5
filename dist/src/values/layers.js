/**
 * Values layers: one source of chart values each (a HelmRelease's `spec.values`, a values file,
 * an Argo CD `helm.values` string, `--set`-style parameters, the chart's defaults), with the
 * position of every key they set. Positions come from the file a person edits: for objects built
 * by another producer (a kustomize overlay), through the object's `origins`.
 */
import { readYamlDocuments } from '../source/index.js';
import { parseSetName, setValue } from './gotext.js';
import { existingPrefix, hasPath, isMap, valueAt } from '../util/paths.js';
/** The first line and column of a file: where a file's values go when nothing nearer is known. */
export const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/**
 * Where a path of an object was written: its first origin when another producer built the object
 * (a kustomize overlay patch), else its position in the object's own document. The one way this
 * producer locates anything in a source object.
 */
export function objectSpan(object, path, message = '') {
    const full = [...object.path, ...path];
    const origin = object.doc.origins?.(full, object.path.length)?.[0];
    if (origin)
        return { ...origin, message };
    return { file: object.doc.file, range: object.doc.locate(full, object.path.length), message };
}
/** Values held in a Kubernetes object (HelmRelease `spec.values`, Argo CD `helm.valuesObject`). */
export function objectLayer(object, at, label, prefix = []) {
    const root = valueAt(object.raw, [...at, ...prefix]);
    const value = isMap(root) ? root : {};
    return {
        label,
        typing: 'file',
        isDefault: false,
        value,
        span: (p) => (hasPath(value, p) ? objectSpan(object, [...at, ...prefix, ...p]) : undefined),
        anchor: (p) => objectSpan(object, [...at, ...prefix, ...existingPrefix(value, p)]),
        sourceText: (p) => (hasPath(value, p) ? object.doc.sourceText([...object.path, ...at, ...prefix, ...p]) : undefined),
    };
}
/** Reads values text: every document merged in order, as Helm's loader does. */
export function readValuesText(text) {
    const views = readYamlDocuments(text);
    const error = views.find((v) => v.error !== undefined)?.error;
    let value = {};
    for (const v of views)
        if (isMap(v.value))
            value = overlayValues(value, v.value);
    return { value, error, views };
}
/**
 * A layer over values read from text in `file`. `map` turns a range in the text into a range in
 * the file (for text embedded in a block scalar); `fallback` is where everything lands when no
 * exact position is known.
 */
export function textLayer(values, file, label, prefix, map, fallback) {
    const root = valueAt(values.value, prefix);
    const value = isMap(root) ? root : {};
    const where = (p) => {
        const full = [...prefix, ...p];
        for (let i = values.views.length - 1; i >= 0; i--) {
            const view = values.views[i];
            const r = view.locate(full);
            if (r)
                return map ? { file, range: map(r), message: '' } : { ...fallback, message: '' };
        }
        return undefined;
    };
    return {
        label,
        typing: 'file',
        isDefault: false,
        value,
        span: (p) => (hasPath(value, p) ? (where(p) ?? fallback) : undefined),
        anchor: (p) => {
            const e = existingPrefix(value, p);
            for (let i = e.length; i >= 0; i--) {
                const s = i === 0 && prefix.length === 0 ? undefined : where(e.slice(0, i));
                if (s)
                    return s;
            }
            return fallback;
        },
        sourceText: (p) => {
            for (let i = values.views.length - 1; i >= 0; i--) {
                const t = values.views[i].sourceText([...prefix, ...p]);
                if (t !== undefined)
                    return t;
            }
            return undefined;
        },
    };
}
/** `--set` entries applied in order. Entries whose name does not parse are skipped. */
export function setLayer(entries, label) {
    let value = {};
    const spans = [];
    for (const e of entries) {
        const path = parseSetName(e.name);
        if (!path || typeof path[0] !== 'string')
            continue;
        const typed = typeof e.value === 'string' ? setValue(e.value, e.forceString) : e.value;
        value = overlayValues(value, nest(path, typed));
        spans.push({ path, span: e.span, text: typeof e.value === 'string' ? e.value : undefined });
    }
    const find = (p) => {
        for (let i = spans.length - 1; i >= 0; i--) {
            const s = spans[i];
            if (s.path.length <= p.length ? isPrefix(s.path, p) : isPrefix(p, s.path))
                return s;
        }
        return undefined;
    };
    return {
        label,
        typing: 'set',
        isDefault: false,
        value,
        span: (p) => (hasPath(value, p) ? find(p)?.span : undefined),
        anchor: (p) => find(existingPrefix(value, p))?.span ?? spans.at(-1)?.span,
        sourceText: (p) => {
            const s = find(p);
            return s && s.path.length === p.length ? s.text : undefined;
        },
    };
}
/** The chart's defaults: every position is the line that names the chart. */
export function defaultsLayer(value, chartSpan) {
    return {
        label: 'chart defaults',
        typing: 'file',
        isDefault: true,
        value,
        span: (p) => (hasPath(value, p) ? chartSpan : undefined),
        anchor: () => chartSpan,
        sourceText: () => undefined,
    };
}
function isPrefix(a, b) {
    return a.every((s, i) => s === b[i]);
}
/** `['a', 0, 'b']`, v → `{a: [{b: v}]}` (list indexes fill the gaps with nulls, as Helm does). */
export function nest(path, v) {
    let cur = v;
    for (let i = path.length - 1; i >= 0; i--) {
        const seg = path[i];
        if (typeof seg === 'number') {
            const list = new Array(seg + 1).fill(null);
            list[seg] = cur;
            cur = list;
        }
        else {
            cur = { [seg]: cur };
        }
    }
    return cur;
}
/**
 * Merging within one layer (the documents of a values file, `--set` entries): like
 * `mergeValues`, but a `null` stays, to delete the key when the layer is merged over the weaker
 * ones.
 */
export function overlayValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const cur = out[k];
        out[k] = isMap(v) && isMap(cur) ? overlayValues(cur, v) : v;
    }
    return out;
}
/**
 * Helm's merge of values (Flux `MergeMaps`, `helm -f a -f b`, coalescing over chart defaults):
 * maps merge key by key, anything else is replaced, and `null` deletes the key.
 */
export function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        if (v === null) {
            delete out[k];
        }
        else if (isMap(v)) {
            const cur = out[k];
            out[k] = mergeValues(isMap(cur) ? cur : {}, v);
        }
        else {
            out[k] = v;
        }
    }
    return out;
}
/** The part of a layer under `prefix` (an umbrella chart's values for one dependency). */
export function subLayer(layer, prefix, label = layer.label) {
    const root = valueAt(layer.value, prefix);
    const value = isMap(root) ? root : {};
    return {
        label,
        typing: layer.typing,
        isDefault: layer.isDefault,
        value,
        span: (p) => (hasPath(value, p) ? layer.span([...prefix, ...p]) : undefined),
        anchor: (p) => layer.anchor([...prefix, ...existingPrefix(value, p)]),
        sourceText: (p) => layer.sourceText([...prefix, ...p]),
    };
}
/** A scalar's text (`80` → "80"); '' for anything else. */
export function scalar(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
