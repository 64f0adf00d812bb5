/**
 * Flux `spec.postRenderers` (helm.toolkit.fluxcd.io; charts/FACTS.md §6.1): kustomize patches
 * applied to what the chart renders, after Helm. srcip-lint applies them to the objects it built,
 * and what a patch writes is reported on the patch.
 *
 * - `kustomize.patches[]`: `patch` (a strategic-merge document, or JSON6902 operations) and an
 *   optional `target` (kind, name, namespace; a kustomize target name is a regular expression).
 *   Without a target, a strategic-merge document names its object itself.
 * - `kustomize.patchesStrategicMerge[]` (v2beta1, v2beta2): documents naming their objects.
 * - `kustomize.patchesJson6902[]` (v2beta1, v2beta2): `target` and `patch` operations.
 *
 * Strategic merge is applied as kustomize does for the fields manifests use: maps merge, `null`
 * deletes, lists of maps merge by their merge key (containers and env by `name`, ports by
 * `containerPort` or `port`, ...), other lists are replaced. JSON6902 `add`, `replace` and
 * `remove` are applied. What cannot be applied here (a `$patch` directive, `copy`/`move`, a path
 * that does not exist, a target name pattern beyond names and wildcards) makes the object
 * uncertain: nothing is reported on it.
 */
import path from 'node:path';
import { readYamlDocuments } from '../source/index.js';
import { matchesSelector } from '../k8s/labels.js';
import { isMap } from '../util/paths.js';
import { anchoredPattern } from '../util/strings.js';
import { FILE_START, objectSpan } from './layers.js';
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip', 'topologyKey'];
export function postRenderers(hr) {
    const patches = [];
    const spec = isMap(hr.raw['spec']) ? hr.raw['spec'] : {};
    list(spec['postRenderers']).forEach((pr, i) => {
        const k = isMap(pr) && isMap(pr['kustomize']) ? pr['kustomize'] : undefined;
        if (!k)
            return;
        const base = ['spec', 'postRenderers', i, 'kustomize'];
        list(k['patches']).forEach((p, j) => {
            if (!isMap(p))
                return;
            const at = [...base, 'patches', j, 'patch'];
            const text = p['patch'];
            // Located inside the patch text, so inside the HelmRelease's block scalar when it is one.
            const bodies = typeof text === 'string' ? textBodies(text, (within) => inObject(hr, at, text, within)) : [{ type: 'unreadable' }];
            if (isMap(p['target']))
                patches.push({ target: target(p['target']), body: bodies.length === 1 ? bodies[0] : { type: 'unreadable' } });
            else
                for (const body of bodies)
                    if (body.type === 'merge')
                        patches.push({ target: named(body.value), body });
        });
        list(k['patchesStrategicMerge']).forEach((doc, j) => {
            if (isMap(doc))
                patches.push({ target: named(doc), body: { type: 'merge', value: doc, at: (p) => objectSpan(hr, [...base, 'patchesStrategicMerge', j, ...p]) } });
        });
        list(k['patchesJson6902']).forEach((p, j) => {
            if (!isMap(p) || !isMap(p['target']))
                return;
            const ops = Array.isArray(p['patch']) ? p['patch'] : undefined;
            patches.push({ target: target(p['target']), body: ops ? { type: 'json', ops, at: (q) => objectSpan(hr, [...base, 'patchesJson6902', j, 'patch', ...q]) } : { type: 'unreadable' } });
        });
    });
    return patchSet(patches);
}
/**
 * The patches of a kustomization that inflates charts (`helmCharts:`), which kustomize applies to
 * the objects the charts render: `patches[]` (`path` or inline `patch`, optional `target`),
 * `patchesStrategicMerge[]` (file paths or inline documents) and `patchesJson6902[]` (`target`
 * with `path` or inline `patch`). Files are read relative to the kustomization.
 */
export function kustomizationPatches(ctx, file, view, k) {
    const patches = [];
    const dir = path.dirname(ctx.abs(file.file.path));
    const key = (p) => ({ file: file.file, range: view.locate(p) ?? view.locate([]) ?? FILE_START, message: '' });
    /** The bodies of a patch given by file or inline; an unreadable file is an unreadable patch. */
    const bodies = (entry, at) => {
        if (isMap(entry) && typeof entry['path'] === 'string') {
            const f = ctx.read(path.resolve(dir, entry['path']));
            return f ? textBodies(f.text, (within) => ({ file: f.file, range: within ?? FILE_START, message: '' })) : [{ type: 'unreadable' }];
        }
        if (isMap(entry) && typeof entry['patch'] === 'string')
            return textBodies(entry['patch'], () => key([...at, 'patch']));
        return [{ type: 'unreadable' }];
    };
    list(k['patches']).forEach((p, j) => {
        const found = bodies(p, ['patches', j]);
        if (isMap(p) && isMap(p['target']))
            patches.push({ target: target(p['target']), body: found.length === 1 ? found[0] : { type: 'unreadable' } });
        else
            for (const body of found)
                if (body.type === 'merge')
                    patches.push({ target: named(body.value), body });
    });
    list(k['patchesStrategicMerge']).forEach((p, j) => {
        if (typeof p !== 'string')
            return;
        // An entry is a file path, or a document written in place.
        const inline = p.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(p);
        const found = inline ? textBodies(p, () => key(['patchesStrategicMerge', j])) : bodies({ path: p }, ['patchesStrategicMerge', j]);
        // Anything but a strategic-merge document here makes kustomize fail: every object is uncertain.
        for (const body of found)
            patches.push(body.type === 'merge' ? { target: named(body.value), body } : { target: {}, body: { type: 'unreadable' } });
    });
    list(k['patchesJson6902']).forEach((p, j) => {
        if (!isMap(p) || !isMap(p['target']))
            return;
        const found = bodies(p, ['patchesJson6902', j]);
        patches.push({ target: target(p['target']), body: found.length === 1 ? found[0] : { type: 'unreadable' } });
    });
    return patchSet(patches);
}
function patchSet(patches) {
    if (patches.length === 0)
        return undefined;
    return {
        apply(object) {
            const verdicts = patches.map((p) => matches(p.target, object));
            // A selector srcip-lint cannot evaluate: the patch may or may not apply.
            if (verdicts.includes(undefined))
                return 'unknown';
            const found = patches.filter((_, i) => verdicts[i]);
            if (found.length === 0)
                return undefined;
            const written = [];
            for (const { body } of found) {
                const ok = body.type === 'merge' ? merge(object.raw, body.value, [], (path) => written.push({ path, span: body.at(path) })) : body.type === 'json' ? json(object.raw, body.ops, body.at, written) : false;
                if (!ok)
                    return 'unknown';
            }
            return { written };
        },
    };
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** Where a range inside the string at `at` of an object was written (its key when that cannot be told). */
function inObject(o, at, text, within) {
    const inside = within ? o.doc.embeddedRange?.([...o.path, ...at], text, within) : undefined;
    return inside ? { ...inside, message: '' } : objectSpan(o, at);
}
/** The documents of a patch text; `place` turns a range inside the text into where it was written. */
function textBodies(text, place) {
    const views = readYamlDocuments(text);
    if (views.some((v) => v.error !== undefined))
        return [{ type: 'unreadable' }];
    return views.map((v) => {
        const at = (p) => place(v.locate(p));
        if (Array.isArray(v.value))
            return { type: 'json', ops: v.value, at };
        if (isMap(v.value))
            return { type: 'merge', value: v.value, at };
        return { type: 'unreadable' };
    });
}
/** A strategic-merge document's own kind, name and namespace. */
function named(doc) {
    const metadata = isMap(doc['metadata']) ? doc['metadata'] : {};
    const kind = typeof doc['kind'] === 'string' ? doc['kind'] : undefined;
    const name = typeof metadata['name'] === 'string' ? metadata['name'] : undefined;
    const ns = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined;
    // A document that names no object patches nothing (kustomize rejects it).
    if (!kind || !name)
        return { kind: '\u0000' };
    return { kind, name: exact(name), ...(ns ? { namespace: exact(ns) } : {}) };
}
function target(t) {
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const kind = str(t['kind']);
    const name = str(t['name']);
    const namespace = str(t['namespace']);
    const labelSelector = str(t['labelSelector']);
    const annotationSelector = str(t['annotationSelector']);
    return {
        ...(kind ? { kind } : {}),
        ...(name ? { name: pattern(name) } : {}),
        ...(namespace ? { namespace: pattern(namespace) } : {}),
        ...(labelSelector ? { labelSelector } : {}),
        ...(annotationSelector ? { annotationSelector } : {}),
    };
}
/** Whether a patch applies to the object; undefined when a selector cannot be evaluated here. */
function matches(t, o) {
    if (t.kind !== undefined && t.kind !== o.kind)
        return false;
    const name = test(t.name, o.name);
    const namespace = test(t.namespace, o.namespace);
    if (name === false || namespace === false)
        return false;
    if (name === undefined || namespace === undefined)
        return undefined;
    const metadata = isMap(o.raw['metadata']) ? o.raw['metadata'] : {};
    const map = (v) => (isMap(v) ? v : {});
    if (t.labelSelector !== undefined && !matchesSelector(t.labelSelector, map(metadata['labels'])))
        return false;
    return t.annotationSelector === undefined || matchesSelector(t.annotationSelector, map(metadata['annotations']));
}
function test(p, text) {
    return p === undefined ? true : p === 'unknown' ? undefined : p.test(text);
}
/** kustomize's target name and namespace pattern; 'unknown' for one srcip-lint does not evaluate. */
function pattern(text) {
    return anchoredPattern(text) ?? 'unknown';
}
function exact(text) {
    return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
/** Strategic merge of `patch` into `target` (in place); false for what it cannot apply. */
function merge(target, patch, at, wrote) {
    for (const [key, value] of Object.entries(patch)) {
        if (key.startsWith('$'))
            return false;
        const path = [...at, key];
        // The identity of the object is what the patch is matched by, not something it writes.
        if (at.length === 0 && (key === 'apiVersion' || key === 'kind'))
            continue;
        if (at.length === 1 && at[0] === 'metadata' && (key === 'name' || key === 'namespace'))
            continue;
        const current = target[key];
        if (value === null) {
            delete target[key];
            wrote?.(path);
        }
        else if (isMap(value)) {
            // A map merges into what is there (a new one key by key, so each key is located on its own line).
            if (!isMap(current))
                target[key] = {};
            if (!merge(target[key], value, path, wrote))
                return false;
        }
        else if (Array.isArray(value) && Array.isArray(current) && value.every(isMap)) {
            const key2 = MERGE_KEYS.find((k) => value.every((v) => isMap(v) && v[k] !== undefined));
            if (key2 === undefined)
                target[key] = clone(value);
            else if (!mergeList(current, value, key2))
                return false;
            wrote?.(path);
        }
        else {
            target[key] = clone(value);
            wrote?.(path);
        }
    }
    return true;
}
/** Items merged by `key`; the caller records the list as written as a whole. */
function mergeList(current, patch, key) {
    for (const item of patch) {
        const i = current.findIndex((c) => isMap(c) && c[key] === item[key]);
        const existing = current[i];
        if (i >= 0 && isMap(existing)) {
            if (!merge(existing, item, []))
                return false;
        }
        else {
            current.push(clone(item));
        }
    }
    return true;
}
/** JSON6902 `add`, `replace`, `remove` (`test` is a no-op here); false for anything else. */
function json(target, ops, span, written) {
    for (let i = 0; i < ops.length; i++) {
        const op = ops[i];
        if (!isMap(op) || typeof op['path'] !== 'string' || !op['path'].startsWith('/'))
            return false;
        const kind = op['op'];
        if (kind === 'test')
            continue;
        if (kind !== 'add' && kind !== 'replace' && kind !== 'remove')
            return false;
        const segments = op['path'].slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const last = segments.pop();
        let parent = target;
        for (const s of segments) {
            parent = Array.isArray(parent) && /^\d+$/.test(s) ? parent[Number(s)] : isMap(parent) ? parent[s] : undefined;
            if (parent === undefined)
                return false;
        }
        if (kind !== 'remove' && !Object.prototype.hasOwnProperty.call(op, 'value'))
            return false;
        const value = clone(op['value']);
        if (Array.isArray(parent)) {
            const index = last === '-' ? parent.length : /^\d+$/.test(last) ? Number(last) : -1;
            if (index < 0 || index > parent.length || (kind !== 'add' && index >= parent.length))
                return false;
            if (kind === 'add')
                parent.splice(index, 0, value);
            else if (kind === 'replace')
                parent[index] = value;
            else
                parent.splice(index, 1);
        }
        else if (isMap(parent)) {
            if (kind !== 'add' && !Object.prototype.hasOwnProperty.call(parent, last))
                return false;
            if (kind === 'remove')
                delete parent[last];
            else
                parent[last] = value;
        }
        else {
            return false;
        }
        // A list is written as a whole; a map key at its own path.
        const list = segments.findIndex((_, k) => Array.isArray(valueAtPath(target, segments.slice(0, k + 1))));
        const path = list >= 0 ? segments.slice(0, list + 1) : Array.isArray(parent) ? segments : [...segments, last];
        written.push({ path, span: span([i, kind === 'remove' ? 'path' : 'value']) });
    }
    return true;
}
function valueAtPath(root, path) {
    let cur = root;
    for (const s of path)
        cur = Array.isArray(cur) ? cur[Number(s)] : isMap(cur) ? cur[s] : undefined;
    return cur;
}
function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}
