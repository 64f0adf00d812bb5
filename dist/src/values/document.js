/**
 * Objects built from chart values, and the document that says where each of their fields was
 * written: the values line that set it, or, for a chart default, the line that names the chart
 * (with a related location where the key would go). This is the producer's side of
 * `ManifestDocument.origins` (src/engine/types.ts).
 */
import { isClusterScoped } from '../k8s/kinds.js';
import { goText } from './gotext.js';
import { describeValuesPath } from './merged.js';
import { describePath } from '../util/paths.js';
/** An object under construction: its plain value and the source of each field written. */
export class ObjectBuilder {
    apiVersion;
    kind;
    name;
    namespace;
    raw;
    sources = new Map();
    constructor(apiVersion, kind, name, namespace) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.name = name;
        this.namespace = namespace;
        this.raw = { apiVersion, kind, metadata: isClusterScoped(kind) ? { name } : { name, namespace } };
        this.sources.set(key([]), 'chart');
    }
    /** Writes a field (unless `value` is undefined) and records where it comes from. */
    set(path, value, source = 'chart') {
        this.sources.set(key(path), source);
        if (value === undefined)
            return this;
        let cur = this.raw;
        for (let i = 0; i < path.length - 1; i++) {
            const seg = path[i];
            const nextIsIndex = typeof path[i + 1] === 'number';
            const holder = cur;
            let next = holder[seg];
            if (next === undefined || next === null || typeof next !== 'object') {
                next = nextIsIndex ? [] : {};
                holder[seg] = next;
            }
            cur = next;
        }
        cur[path[path.length - 1]] = clone(value);
        return this;
    }
    /** Records where a field would come from, without writing it (an absent field's values key). */
    from(path, source) {
        this.sources.set(key(path), source);
        return this;
    }
    get(path) {
        let cur = this.raw;
        for (const seg of path) {
            if (cur === null || typeof cur !== 'object')
                return undefined;
            cur = cur[seg];
        }
        return cur;
    }
    /** The source of the longest recorded prefix of a path, and the rest of the path below it. */
    lookup(path) {
        for (let i = path.length; i >= 0; i--) {
            const s = this.sources.get(key(path.slice(0, i)));
            if (s)
                return { source: s, depth: i };
        }
        return { source: 'chart', depth: 0 };
    }
}
function key(path) {
    return JSON.stringify(path);
}
function clone(v) {
    return v === null || typeof v !== 'object' ? v : JSON.parse(JSON.stringify(v));
}
/** A built object's document: positions are its origins in the values and the declaring document. */
export class ReleaseDocument {
    release;
    values;
    builder;
    chartText;
    post;
    helmSource = undefined;
    file;
    index;
    constructor(release, values, builder, 
    /** `chart ingress-nginx 4.12.0` (and how the version was chosen). */
    chartText, 
    /** What Flux post-renderers did to the object after Helm. */
    post) {
        this.release = release;
        this.values = values;
        this.builder = builder;
        this.chartText = chartText;
        this.post = post;
        this.file = release.anchor.file;
        this.index = release.anchor.index;
    }
    locate(path) {
        return this.origins(path)[0].range;
    }
    /** A post-renderer patch srcip-lint cannot apply targets the object: nothing about it is known for sure. */
    rewritten() {
        return this.post === 'unknown';
    }
    /** The last post-renderer write at or above `path`, if any. */
    patched(path) {
        if (this.post === undefined || this.post === 'unknown')
            return undefined;
        return this.post.written.findLast((w) => prefixOf(w.path, path));
    }
    sourceText(path) {
        if (this.patched(path))
            return undefined;
        const { source, depth } = this.builder.lookup(path);
        if (source === 'chart')
            return undefined;
        const vpath = [...source.values, ...path.slice(depth)];
        return this.values.setter(vpath)?.sourceText(vpath);
    }
    origins(path) {
        const patch = this.patched(path);
        const built = this.valuesOrigins(path);
        if (!patch)
            return built;
        const what = `${this.builder.kind} ${this.builder.namespace ? `${this.builder.namespace}/` : ''}${this.builder.name}`;
        const message = `${what} is patched after Helm (${this.release.source}): the patch writes ${describePath(patch.path)} here.`;
        return [{ ...patch.span, message }, ...built.slice(0, 1)];
    }
    valuesOrigins(path) {
        const { source, depth } = this.builder.lookup(path);
        const what = `${this.builder.kind} ${this.builder.namespace ? `${this.builder.namespace}/` : ''}${this.builder.name}`;
        const built = `${what} is built from the values of ${this.release.source} (${this.chartText}).${notes(this.release)}`;
        const shown = (p) => describeValuesPath([...(this.release.valuesPrefix ?? []), ...p]);
        if (source === 'chart') {
            return [
                { ...this.release.chartSpan, message: built },
                { ...this.release.home, message: `${built} The chart writes this field itself; no values key sets it.` },
            ];
        }
        const vpath = [...source.values, ...path.slice(depth)];
        const setter = this.values.setter(vpath);
        if (setter && !setter.isDefault) {
            const span = setter.span(vpath) ?? setter.anchor(vpath) ?? this.release.home;
            return [{ ...span, message: `${shown(vpath)} is set here.` }, { ...this.release.chartSpan, message: built }];
        }
        // Inside a subtree the user wrote (affinity, annotations): their nearest key is the place.
        if (source.subtree) {
            for (let i = vpath.length - 1; i >= source.values.length; i--) {
                const l = this.values.setter(vpath.slice(0, i));
                if (l && !l.isDefault) {
                    const span = l.span(vpath.slice(0, i)) ?? this.release.home;
                    return [{ ...span, message: `${shown(vpath.slice(0, i))} is set here.` }, { ...this.release.chartSpan, message: built }];
                }
            }
        }
        const keyPath = source.subtree || depth === path.length ? vpath : source.values;
        const def = describeDefault(this.values.get(keyPath), this.values.typing(keyPath));
        const layer = this.release.primaryLayer ?? this.release.layers.at(-1);
        const here = layer?.anchor(keyPath) ?? this.release.home;
        const name = shown(keyPath);
        const section = keyPath.length > 1 ? shown(keyPath.slice(0, -1)) : undefined;
        const where = section ? `Values for this ${this.builder.kind} go under ${section}: set them here.` : 'Set it in the values here.';
        return [
            { ...this.release.chartSpan, message: built },
            { ...here, message: `${this.release.source} does not set ${name}, so the default of ${this.chartText} applies (${def}). ${where}${notes(this.release)}` },
        ];
    }
}
function prefixOf(a, b) {
    return a.length <= b.length && a.every((s, i) => String(s) === String(b[i]));
}
function notes(release) {
    return release.notes.length > 0 ? ` ${release.notes.join(' ')}` : '';
}
function describeDefault(v, typing) {
    if (v === undefined || v === null || v === '')
        return 'unset';
    if (typeof v === 'object')
        return Object.keys(v).length === 0 ? 'empty' : JSON.stringify(v);
    return `"${goText(v, typing)}"`;
}
/** A built object as the model sees it. */
export function builtObject(b, doc) {
    return {
        apiVersion: b.apiVersion,
        kind: b.kind,
        name: b.name,
        namespace: isClusterScoped(b.kind) ? '' : b.namespace,
        raw: b.raw,
        doc,
        path: [],
        partial: false,
    };
}
