/**
 * Where each field of a built object was written. kustomize's `config.kubernetes.io/origin`
 * annotation names the object's source (a resource file, or a generator in a kustomization); the
 * kustomization tree says what was applied to it on the way up, in kustomize's own order
 * (api/internal/target/kusttarget.go `accumulateTarget` and kusttarget_configplugin.go, at
 * kubernetes-sigs/kustomize@12f9e63): at each level, the included kustomizations first, then the
 * level's generators, its components (each: its generators, its components, its transformers),
 * then its transformers: patchesStrategicMerge, patches, namespace, namePrefix, nameSuffix,
 * labels, annotations, patchesJson6902, replicas, images, replacements.
 *
 * A path's origins are the source line (or generator entry) and every transformer that writes
 * it, the last writer first. A missing path takes the writers of its nearest existing ancestor,
 * and the patches that delete it. When the last writer found does not hold the built value (a
 * replacement, var or transformer srcip-lint does not follow changed it), or nothing writes it,
 * the finding goes to the top kustomization's entry and says why.
 */
import path from 'node:path';
import { isClusterScoped } from '../k8s/kinds.js';
import { matchesSelector } from '../k8s/labels.js';
import { anchoredPattern } from '../util/strings.js';
import { readYamlStream } from '../source/index.js';
import { describePath, existingPrefix, hasPath, isMap, valueAt } from '../util/paths.js';
import { deepEqual, isScalar, mapPath, parsePointer, pointerCovers } from './paths.js';
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export function parseOrigin(text) {
    if (typeof text !== 'string')
        return undefined;
    const v = simpleOrigin(text) ?? readYamlStream(text)[0]?.value;
    if (!isMap(v))
        return undefined;
    const str = (x) => (typeof x === 'string' && x !== '' ? x : undefined);
    const by = isMap(v['configuredBy']) ? v['configuredBy'] : undefined;
    const out = {};
    const p = str(v['path']);
    const repo = str(v['repo']);
    const configuredIn = str(v['configuredIn']);
    if (p !== undefined)
        out.path = p;
    if (repo !== undefined)
        out.repo = repo;
    if (configuredIn !== undefined)
        out.configuredIn = configuredIn;
    if (by) {
        const kind = str(by['kind']);
        const name = str(by['name']);
        out.configuredBy = { ...(kind !== undefined ? { kind } : {}), ...(name !== undefined ? { name } : {}) };
    }
    return out;
}
/**
 * The origin as kustomize writes it (`path: ../base/svc.yaml`, or `configuredIn:` with an indented
 * `configuredBy:` map), read without a YAML parser; undefined for anything else (quoted values too).
 */
function simpleOrigin(text) {
    const out = {};
    let nested;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const m = /^( {0,2})([A-Za-z]+):(?: ([^'"{[&*!|>%@`#][^#]*?))?\s*$/.exec(line);
        if (!m)
            return undefined;
        const [, indent, key, value] = m;
        if (indent === '') {
            if (value === undefined)
                out[key] = nested = {};
            else {
                out[key] = value;
                nested = undefined;
            }
        }
        else if (nested && value !== undefined)
            nested[key] = value;
        else
            return undefined;
    }
    return out;
}
/** The annotations kustomize adds (and srcip-lint removes before any rule sees an object). */
export function isKustomizeAnnotation(key) {
    return key.startsWith('config.kubernetes.io/') || key.startsWith('internal.config.kubernetes.io/') || key.startsWith('alpha.config.kubernetes.io/') || key === 'config.k8s.io/id';
}
/** The built objects of one tree (a build, or piped output with origin annotations). */
export class TreeTracer {
    root;
    base;
    ks;
    sources;
    overlay;
    defaultNamespace;
    uncertainAtRoot;
    /**
     * @param root the top kustomization, when known
     * @param base the directory origin paths are relative to (the wrapper of a build, or `--kustomize-root`)
     * @param overlay how the top kustomization is named in messages (`overlays/prod`)
     * @param uncertainAtRoot a field whose line cannot be told goes to the top kustomization (a
     *   build); otherwise it has no origins and stays where the object was read (piped output)
     */
    constructor(root, base, ks, sources, overlay, defaultNamespace, uncertainAtRoot) {
        this.root = root;
        this.base = base;
        this.ks = ks;
        this.sources = sources;
        this.overlay = overlay;
        this.defaultNamespace = defaultNamespace;
        this.uncertainAtRoot = uncertainAtRoot;
    }
    trace(built, origin) {
        return new ObjectTrace(this, built, origin);
    }
    /** @internal */ get ctx() {
        return { root: this.root, base: this.base, ks: this.ks, sources: this.sources, defaultNamespace: this.defaultNamespace };
    }
}
/** Where the fields of one built object were written. Worked out on first use: most objects never get a finding. */
export class ObjectTrace {
    tracer;
    built;
    origin;
    state;
    applied;
    cache = new Map();
    ctx;
    constructor(tracer, built, origin) {
        this.tracer = tracer;
        this.built = built;
        this.origin = origin;
        this.ctx = tracer.ctx;
    }
    /** The object in its source file, when found. */
    get source() {
        return this.resolved.source;
    }
    get generator() {
        return this.resolved.generator;
    }
    /** Name and namespace where the object is written, before the build renamed it. */
    get original() {
        return this.resolved.original;
    }
    get chain() {
        return this.resolved.chain;
    }
    /** Why the source was not found (the finding then goes to the top kustomization). */
    get lost() {
        return this.resolved.lost;
    }
    get effects() {
        if (!this.applied) {
            const { chain, source, generator } = this.resolved;
            this.applied = chain && (source || generator) ? this.applicable(this.chainEffects(chain, generator !== undefined)) : [];
        }
        return this.applied;
    }
    get resolved() {
        this.state ??= this.resolve();
        return this.state;
    }
    resolve() {
        const { root, ks, base } = this.ctx;
        const origin = this.origin;
        const built = this.built;
        let lost;
        let chain;
        let source;
        let generator;
        if (!origin)
            lost = 'the build gave it no origin annotation';
        else if (origin.repo !== undefined)
            lost = `it comes from the remote repository ${origin.repo}`;
        else if (origin.path !== undefined) {
            const file = path.resolve(base, origin.path);
            chain = root ? ks.chain(root, (k) => k.resources.some((r) => r.kind === 'file' && r.abs === file)) : undefined;
            if (root && !chain)
                lost = `its source ${this.ctx.sources.display(file)} is not in the kustomization tree`;
            source = this.findSource(file, this.chainEffects(chain ?? []));
            if (!source)
                lost ??= `no ${built.kind} in ${this.ctx.sources.display(file)} has a name it could come from`;
        }
        else if (origin.configuredIn !== undefined && /Generator$/.test(origin.configuredBy?.kind ?? '')) {
            const file = path.resolve(base, origin.configuredIn);
            const k = ks.ofFile(file);
            chain = root && k ? ks.chain(root, (x) => x.abs === file) : k ? [{ k, via: 'root', index: 0 }] : undefined;
            const all = this.chainEffects(chain ?? []);
            const kind = origin.configuredBy?.kind === 'SecretGenerator' ? 'Secret' : 'ConfigMap';
            const g = k?.generators.find((x) => x.kind === kind && x.behavior === 'create' && this.generates(x, all, built.name)) ?? k?.generators.find((x) => x.kind === kind && built.name.includes(x.name));
            if (k && g)
                generator = { k, g };
            else
                lost = `no ${kind} generator of ${this.ctx.sources.display(file)} has its name`;
        }
        else {
            lost = 'its origin names no file and no generator';
        }
        const originalName = source?.name ?? generator?.g.name;
        const ns = source ? source.namespace : generator ? (generator.g.namespace ?? this.ctx.defaultNamespace) : undefined;
        const original = originalName !== undefined && ns !== undefined ? { name: originalName, namespace: isClusterScoped(built.kind) ? '' : ns } : undefined;
        return { chain, source, generator, original, lost };
    }
    /** Where `p` (a path from the object root) was written: the last writer first. */
    origins(p) {
        const key = JSON.stringify(p);
        if (this.cache.has(key))
            return this.cache.get(key);
        const spans = this.compute(p);
        this.cache.set(key, spans);
        return spans;
    }
    /** The top kustomization's entry that brings this object in, as a related location. */
    builtBy() {
        const span = this.rootEntry();
        if (!span)
            return undefined;
        return { ...span, message: `Overlay ${this.tracer.overlay} builds this as ${this.built.kind} "${this.qualified()}".` };
    }
    /** The source text of the value at `p` where it was written, when the writer is a YAML document holding the built value. */
    sourceText(p) {
        if (!this.source || !hasPath(this.built.raw, p))
            return undefined;
        const sp = mapPath(this.built.raw, p, this.source.raw);
        if (!sp || !deepEqual(valueAt(this.source.raw, sp), valueAt(this.built.raw, p)))
            return undefined;
        if (this.effects.some((e) => this.writes(e, p, true).length > 0))
            return undefined;
        return this.source.doc.sourceText([...this.source.path, ...sp]);
    }
    /** Where a range inside the string value at `p` lies in the source document, when the build copied the value from it unchanged. */
    embeddedRange(p, text, within) {
        if (!this.source || this.sourceText(p) === undefined)
            return undefined;
        const sp = mapPath(this.built.raw, p, this.source.raw);
        return sp ? this.source.doc.embeddedRange?.([...this.source.path, ...sp], text, within) : undefined;
    }
    qualified() {
        return this.built.namespace ? `${this.built.namespace}/${this.built.name}` : this.built.name;
    }
    compute(p) {
        const root = this.rootEntry();
        if (this.lost !== undefined || (!this.source && !this.generator)) {
            if (!root || !this.tracer.uncertainAtRoot)
                return undefined;
            return [root, { ...root, message: `srcip-lint cannot tell which line of the kustomization tree writes ${describePath(p) || 'this object'}: ${this.lost ?? 'its source was not found'}.` }];
        }
        const exists = hasPath(this.built.raw, p);
        const anchor = exists ? p : existingPrefix(this.built.raw, p);
        const found = [...this.sourceCandidates(anchor, p, exists)];
        for (const e of this.effects)
            found.push(...this.writes(e, anchor, exists, p));
        const last = found.at(-1);
        const builtBy = root && last?.file.path !== root.file.path ? this.builtBy() : undefined;
        const doubt = this.doubt(last, anchor, exists);
        if (doubt !== undefined || !last) {
            if (!root || !this.tracer.uncertainAtRoot)
                return undefined;
            const why = doubt ?? `no base, patch or entry of the tree writes ${describePath(anchor) || 'it'}${this.untracedNote()}`;
            return [root, { ...root, message: `srcip-lint cannot tell which line of the kustomization tree writes ${describePath(p) || 'this object'}: ${why}.` }, ...found];
        }
        return [last, ...found.slice(0, -1), ...(builtBy ? [builtBy] : [])];
    }
    /** Why the last writer found may not be the one that wrote the built value. */
    doubt(last, anchor, exists) {
        if (!last || !exists || !last.hasValue)
            return undefined;
        const built = valueAt(this.built.raw, anchor);
        if (!isScalar(built) || !isScalar(last.value))
            return undefined;
        if (typeof built !== typeof last.value || built === last.value)
            return undefined;
        return `the last writer found (${last.file.path}:${last.range.line}) sets ${JSON.stringify(last.value)}, the build has ${JSON.stringify(built)}${this.untracedNote()}`;
    }
    untracedNote() {
        const ks = this.effects.filter((e) => e.type === 'untraced').map((e) => this.ctx.sources.display(e.k.abs));
        return ks.length > 0 ? ` (replacements, vars or transformers of ${[...new Set(ks)].join(', ')} may)` : '';
    }
    rootEntry() {
        const root = this.ctx.root;
        if (!root)
            return undefined;
        const step = this.chain?.[1];
        let kpath;
        if (step)
            kpath = (step.via === 'component' ? root.components : root.resources)[step.index]?.kpath;
        else if (this.generator && this.generator.k === root)
            kpath = this.generator.g.kpath;
        else if (this.source)
            kpath = root.resources.find((r) => r.kind === 'file' && this.ctx.sources.display(r.abs) === this.source?.doc.file.path)?.kpath;
        const span = this.kspan(root, kpath ?? ['resources']);
        return span ? { ...span, message: `Overlay ${this.tracer.overlay} builds this ${this.built.kind}.` } : undefined;
    }
    /** A span in a kustomization file: the entry at `kpath`, or its nearest existing ancestor. */
    kspan(k, kpath, message = '') {
        const y = this.ctx.sources.yamlFile(k.abs);
        const doc = y?.docs.find((d) => !d.empty);
        if (!y || !doc)
            return undefined;
        const span = doc.pairSpan(kpath) ?? doc.closestSpan(kpath);
        return { file: y.file, range: y.range(span[0], span[1]), message };
    }
    // ---------------------------------------------------------------------------------------------
    // Sources
    findSource(file, all) {
        const b = this.built;
        const group = groupOf(b.apiVersion);
        const candidates = this.ctx.sources.objects(file).filter((o) => o.kind === b.kind && groupOf(o.apiVersion) === group);
        const prefix = all.filter((e) => e.type === 'prefix').map((e) => e.entry.text).reverse().join('');
        const suffix = all.filter((e) => e.type === 'suffix').map((e) => e.entry.text).join('');
        const exact = candidates.filter((o) => prefix + o.name + suffix === b.name);
        const named = exact.length > 0 ? exact : candidates.filter((o) => o.name !== '' && b.name.includes(o.name));
        if (named.length <= 1)
            return named[0];
        // Several documents of that name (one per namespace): the one the build kept the namespace of.
        return named.find((o) => o.namespace === b.namespace) ?? named.sort((x, y) => y.name.length - x.name.length)[0];
    }
    /** Whether the build could have named a generated object `name` from this generator (prefixes, suffixes, hash). */
    generates(g, all, name) {
        let want = g.name;
        for (const e of all) {
            if (e.type === 'prefix')
                want = e.entry.text + want;
            else if (e.type === 'suffix')
                want += e.entry.text;
        }
        return name === want || (g.hash && name.startsWith(`${want}-`) && /^[a-z0-9]{10}$/.test(name.slice(want.length + 1)));
    }
    *sourceCandidates(anchor, p, exists) {
        if (this.source) {
            const s = this.source;
            const sp = mapPath(this.built.raw, anchor, s.raw);
            if (sp) {
                const what = exists ? `sets ${describePath(p) || 'it'}` : anchor.length === 0 ? `has no ${describePath(p)}` : `holds ${describePath(anchor)} without ${describePath(p.slice(anchor.length))}`;
                yield {
                    file: s.doc.file,
                    range: s.doc.locate([...s.path, ...sp], s.path.length),
                    message: `${s.kind} "${s.name}", which the build starts from, ${what} here.`,
                    value: valueAt(s.raw, sp),
                    hasValue: true,
                };
            }
        }
        if (this.generator)
            yield* this.generatorWrites(this.generator.k, this.generator.g, anchor, 'generates');
    }
    *generatorWrites(k, g, anchor, verb) {
        const field = anchor[0];
        const name = `${g.kind} generator "${g.name}" of ${this.ctx.sources.display(k.abs)}`;
        if ((field === 'data' || field === 'binaryData') && anchor.length >= 2) {
            const key = String(anchor[1]);
            for (const src of [...g.literals, ...g.files]) {
                if (src.key !== key)
                    continue;
                const span = this.kspan(k, src.kpath, `The ${name} ${verb} key ${key} here.`);
                if (span)
                    yield { ...span, hasValue: false, ...this.fileContent(src, [field, key]) };
            }
            for (const env of g.envs) {
                const span = this.envLine(env, key, `The ${name} ${verb} key ${key} from this line.`);
                if (span)
                    yield { ...span, hasValue: false };
            }
            return;
        }
        if (anchor.length <= 1) {
            const span = this.kspan(k, g.kpath, `The ${name} ${verb} it here.`);
            if (span)
                yield { ...span, hasValue: false };
        }
    }
    /** A `files:` entry whose file is, byte for byte, the built value (ConfigMap data, or Secret data decoded). */
    fileContent(src, at) {
        const t = src.file ? this.ctx.sources.text(src.file) : undefined;
        const built = valueAt(this.built.raw, at);
        if (!t || typeof built !== 'string')
            return {};
        const text = this.built.kind === 'Secret' && at[0] === 'data' ? Buffer.from(built, 'base64').toString('utf8') : built;
        return text === t.text ? { content: { file: t.file, text } } : {};
    }
    /** The line of an env file that sets `key` (kustomize reads `KEY=VALUE` lines, `#` comments). */
    envLine(env, key, message) {
        if (!env.file)
            return undefined;
        const t = this.ctx.sources.text(env.file);
        if (!t)
            return undefined;
        let at = 0;
        for (const line of t.text.split('\n')) {
            const trimmed = line.trimStart();
            const eq = trimmed.indexOf('=');
            if (!trimmed.startsWith('#') && eq > 0 && trimmed.slice(0, eq).trim() === key) {
                const start = at + (line.length - trimmed.length);
                return { file: t.file, range: t.file.range(start, at + line.replace(/\r$/, '').length), message };
            }
            at += line.length + 1;
        }
        return undefined;
    }
    // ---------------------------------------------------------------------------------------------
    // Effects
    /** What the kustomizations of a chain apply, inner first; `generated`: the object is generated at the bottom. */
    chainEffects(chain, generated = false) {
        const out = [];
        for (let i = chain.length - 1; i >= 0; i--) {
            const step = chain[i];
            const child = chain[i + 1];
            const k = step.k;
            if (!child) {
                // The bottom: the object is one of k's resources or generated by k.
                for (const c of this.components(k.components))
                    out.push(...this.wholesale(c));
                out.push(...ownEffects(k));
                continue;
            }
            if (child.via === 'resource') {
                for (const g of k.generators)
                    if (g.behavior !== 'create')
                        out.push({ type: 'generator', k, g });
                for (const c of this.components(k.components))
                    out.push(...this.wholesale(c));
            }
            else {
                for (const c of this.components(k.components.slice(child.index + 1)))
                    out.push(...this.wholesale(c));
            }
            out.push(...ownEffects(k));
        }
        if (!generated)
            return out.filter((e) => e.type !== 'generator');
        return out;
    }
    components(refs) {
        return refs.flatMap((r) => {
            const k = r.kind === 'dir' ? this.ctx.ks.get(r.abs) : undefined;
            return k ? [k] : [];
        });
    }
    /** Everything a component applies to what is there when it runs. */
    wholesale(c, seen = new Set()) {
        if (seen.has(c.dir))
            return [];
        seen.add(c.dir);
        const out = [];
        for (const g of c.generators)
            if (g.behavior !== 'create')
                out.push({ type: 'generator', k: c, g });
        for (const sub of this.components(c.components))
            out.push(...this.wholesale(sub, seen));
        out.push(...ownEffects(c));
        return out;
    }
    /** The effects that apply to this object (patch targets, generator names), following its renames. */
    applicable(all) {
        const b = this.built;
        const id = {
            kind: b.kind,
            group: groupOf(b.apiVersion),
            version: versionOf(b.apiVersion),
            labels: valueAt(b.raw, ['metadata', 'labels']) ?? {},
            annotations: valueAt(b.raw, ['metadata', 'annotations']) ?? {},
        };
        const names = [this.original?.name ?? b.name];
        const namespaces = [this.source ? valueAt(this.source.raw, ['metadata', 'namespace']) ?? '' : (this.generator?.g.namespace ?? '')];
        const out = [];
        for (const e of all) {
            switch (e.type) {
                case 'prefix':
                    names.push(e.entry.text + names.at(-1));
                    out.push(e);
                    break;
                case 'suffix':
                    names.push(names.at(-1) + e.entry.text);
                    out.push(e);
                    break;
                case 'namespace':
                    if (isClusterScoped(b.kind))
                        break;
                    namespaces.push(e.entry.text);
                    out.push(e);
                    break;
                case 'patch': {
                    const docs = this.patchDocs(e, id, names, namespaces);
                    if (docs.length === 0)
                        break;
                    this.matched.set(e.ref, new Set(docs.map((d) => d.index)));
                    out.push(e);
                    break;
                }
                case 'generator':
                    if (this.generator && e.g.kind === b.kind && names.includes(e.g.name))
                        out.push(e);
                    break;
                case 'replicas':
                    if (e.k.replicas.some((r) => names.includes(r.name)))
                        out.push(e);
                    break;
                default:
                    out.push(e);
            }
        }
        this.names = names;
        return out;
    }
    names = [];
    /** The documents of a patch that apply to this object: SM documents (records) and JSON6902 operation lists. */
    patchDocs(e, id, names = this.names, namespaces = []) {
        const text = this.patchText(e);
        if (!text)
            return [];
        const out = [];
        text.docs.forEach((d, index) => {
            const json = Array.isArray(d.value) || e.ref.field === 'patchesJson6902';
            if (d.empty || (!json && !isMap(d.value)))
                return;
            if (id) {
                if (e.ref.target) {
                    if (!selects(e.ref.target, id, names, namespaces))
                        return;
                }
                else if (json || !patchNames(d.value, id, names, namespaces)) {
                    return;
                }
            }
            out.push({ text, index, json });
        });
        return out;
    }
    patchText(e) {
        if (e.ref.file)
            return this.ctx.sources.yamlFile(e.ref.file);
        if (!e.ref.inline)
            return undefined;
        const doc = this.ctx.sources.yamlFile(e.k.abs)?.docs.find((d) => !d.empty);
        return doc ? this.ctx.sources.embedded(e.k.abs, doc, e.ref.inline) : undefined;
    }
    /**
     * The places an effect writes `anchor` (the path, or its nearest existing ancestor when the
     * path is missing), and, for a missing path `p`, the places it deletes it.
     */
    writes(e, anchor, exists, p = anchor) {
        const kfile = this.ctx.sources.display(e.k.abs);
        const at = (kpath, message) => {
            const span = this.kspan(e.k, kpath, message);
            return span ? [{ ...span, hasValue: false }] : [];
        };
        const key = anchor.join('\u0000');
        switch (e.type) {
            case 'patch':
                return this.patchWrites(e, anchor, exists, p);
            case 'namespace':
                return key === 'metadata\u0000namespace' ? at(e.entry.kpath, `namespace: in ${kfile} sets the namespace here.`) : [];
            case 'prefix':
            case 'suffix':
                return key === 'metadata\u0000name' ? at(e.entry.kpath, `${e.type === 'prefix' ? 'namePrefix' : 'nameSuffix'} in ${kfile} renames it here.`) : [];
            case 'replicas': {
                if (key !== 'spec\u0000replicas')
                    return [];
                const r = e.k.replicas.find((x) => this.names.includes(x.name));
                if (!r)
                    return [];
                const count = valueAt(this.ctx.sources.yamlFile(e.k.abs)?.docs[0]?.value, [...r.kpath, 'count']);
                return at([...r.kpath, 'count'], `The replicas: entry "${r.name}" of ${kfile} sets spec.replicas here.`).map((c) => ({ ...c, value: count, hasValue: count !== undefined }));
            }
            case 'images': {
                if (anchor.at(-1) !== 'image')
                    return [];
                const containerPath = anchor.slice(0, -1);
                const sourceImage = this.source ? valueAt(this.source.raw, mapPath(this.built.raw, [...containerPath, 'image'], this.source.raw) ?? ['\u0000']) : undefined;
                const builtImage = valueAt(this.built.raw, anchor);
                const entry = e.k.images.find((i) => imageName(sourceImage) === i.name || imageName(builtImage) === i.name);
                return entry ? at(entry.kpath, `The images: entry "${entry.name}" of ${kfile} sets the image here.`) : [];
            }
            case 'labels': {
                const label = labelKey(anchor);
                const entry = label && e.k.labels.find((l) => l.key === label.key && (label.where === 'metadata' || (label.where === 'selector' ? l.selectors : l.templates)));
                return entry ? at(entry.kpath, `The label ${entry.key} of ${kfile} is set here.`) : [];
            }
            case 'annotations': {
                const a = annotationKey(anchor);
                const entry = a && e.k.annotations.find((x) => x.text === a);
                return entry ? at(entry.kpath, `commonAnnotations of ${kfile} sets ${a} here.`) : [];
            }
            case 'generator':
                return [...this.generatorWrites(e.k, e.g, anchor, 'merges')];
            case 'untraced':
                return [];
        }
    }
    patchWrites(e, anchor, exists, p) {
        const out = [];
        const where = e.ref.file ? `Patch ${this.ctx.sources.display(e.ref.file)}` : `The patch written in ${this.ctx.sources.display(e.k.abs)}`;
        for (const { text, index, json } of this.patchDocs(e)) {
            const doc = text.docs[index];
            if (!doc || !this.matched.get(e.ref)?.has(index))
                continue;
            const span = (docPath) => {
                const s = doc.pairSpan(docPath);
                return s ? text.range(s[0], s[1]) : undefined;
            };
            if (!json) {
                if (isIdentityPath(anchor))
                    continue;
                const sp = mapPath(this.built.raw, anchor, doc.value);
                if (sp && valueAt(doc.value, sp) !== null) {
                    const range = span(sp);
                    if (range)
                        out.push({ file: text.file, range, message: `${where} sets ${describePath(exists ? p : anchor)} here.`, value: valueAt(doc.value, sp), hasValue: true });
                }
                if (!exists && sp) {
                    // A null in a strategic-merge patch deletes the key.
                    const rest = p.slice(anchor.length);
                    const del = [...sp, ...rest];
                    if (rest.length > 0 && hasPath(doc.value, del) && valueAt(doc.value, del) === null) {
                        const range = span(del);
                        if (range)
                            out.push({ file: text.file, range, message: `${where} deletes ${describePath(p)} here.`, hasValue: false });
                    }
                }
                continue;
            }
            const ops = Array.isArray(doc.value) ? doc.value : [];
            ops.forEach((op, i) => {
                if (!isMap(op) || typeof op['path'] !== 'string')
                    return;
                const q = parsePointer(op['path']);
                const kind = op['op'];
                if (!q)
                    return;
                const opLabel = `${String(kind)} ${op['path']}`;
                if (kind === 'remove') {
                    if (!exists && pointerCovers(q, p, undefined)) {
                        const range = span([i, 'path']) ?? span([i]);
                        if (range)
                            out.push({ file: text.file, range, message: `${where} removes ${describePath(p)} here (op ${opLabel}).`, hasValue: false });
                    }
                    return;
                }
                if (kind !== 'add' && kind !== 'replace' && kind !== 'copy' && kind !== 'move')
                    return;
                if (pointerCovers(q, anchor, this.built.raw)) {
                    const rest = anchor.slice(q.length);
                    const sub = Object.prototype.hasOwnProperty.call(op, 'value') ? mapPath(valueAt(this.built.raw, anchor.slice(0, q.length)), rest, op['value']) : undefined;
                    const range = (sub ? span([i, 'value', ...sub]) : undefined) ?? span([i, 'value']) ?? span([i, 'path']) ?? span([i]);
                    const value = sub ? valueAt(op['value'], sub) : undefined;
                    if (range)
                        out.push({ file: text.file, range, message: `${where} sets ${describePath(exists ? p : anchor)} here (op ${opLabel}).`, value, hasValue: sub !== undefined && kind !== 'copy' && kind !== 'move' });
                }
                else if (!exists && anchor.length > 0 && q.length > anchor.length && pointerCovers(q.slice(0, anchor.length), anchor, this.built.raw)) {
                    const range = span([i, 'path']) ?? span([i]);
                    if (range)
                        out.push({ file: text.file, range, message: `${where} writes ${op['path']} in ${describePath(anchor)} here (op ${opLabel}).`, hasValue: false });
                }
            });
        }
        return out;
    }
    /** The documents of each applicable patch that apply to this object. */
    matched = new Map();
}
/** A kustomization's own transformers, in kustomize's order. */
function ownEffects(k) {
    const out = [];
    for (const field of ['patchesStrategicMerge', 'patches'])
        for (const ref of k.patches)
            if (ref.field === field)
                out.push({ type: 'patch', k, ref });
    if (k.namespace)
        out.push({ type: 'namespace', k, entry: k.namespace });
    if (k.namePrefix)
        out.push({ type: 'prefix', k, entry: k.namePrefix });
    if (k.nameSuffix)
        out.push({ type: 'suffix', k, entry: k.nameSuffix });
    if (k.labels.length > 0)
        out.push({ type: 'labels', k });
    if (k.annotations.length > 0)
        out.push({ type: 'annotations', k });
    for (const ref of k.patches)
        if (ref.field === 'patchesJson6902')
            out.push({ type: 'patch', k, ref });
    if (k.replicas.length > 0)
        out.push({ type: 'replicas', k });
    if (k.images.length > 0)
        out.push({ type: 'images', k });
    if (k.untraced.length > 0)
        out.push({ type: 'untraced', k });
    return out;
}
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
function versionOf(apiVersion) {
    return apiVersion.slice(apiVersion.indexOf('/') + 1);
}
/** `metadata.name`, `metadata.namespace`, `apiVersion`, `kind`: how a patch names its target, not what it writes. */
function isIdentityPath(p) {
    if (p.length === 0)
        return true;
    if (p.length === 1)
        return p[0] === 'apiVersion' || p[0] === 'kind' || p[0] === 'metadata';
    return p[0] === 'metadata' && (p[1] === 'name' || p[1] === 'namespace') && p.length === 2;
}
/** Whether a strategic-merge patch document names this object (kind, group, one of its names and namespaces). */
function patchNames(value, id, names, namespaces) {
    if (!isMap(value))
        return false;
    const kind = value['kind'];
    const apiVersion = typeof value['apiVersion'] === 'string' ? value['apiVersion'] : undefined;
    const name = valueAt(value, ['metadata', 'name']);
    const ns = valueAt(value, ['metadata', 'namespace']);
    if (kind !== id.kind || typeof name !== 'string' || !names.includes(name))
        return false;
    if (apiVersion !== undefined && groupOf(apiVersion) !== id.group)
        return false;
    return typeof ns !== 'string' || ns === '' || namespaces.includes(ns) || (ns === 'default' && namespaces.includes(''));
}
/** kustomize's patch target selection (api/types/selector.go): exact group/version/kind, anchored regexes for name and namespace, label and annotation selectors. */
function selects(sel, id, names, namespaces) {
    if (sel.kind !== undefined && sel.kind !== id.kind)
        return false;
    if (sel.group !== undefined && sel.group !== id.group)
        return false;
    if (sel.version !== undefined && sel.version !== id.version)
        return false;
    if (sel.name !== undefined && !names.some((n) => anchored(sel.name, n)))
        return false;
    if (sel.namespace !== undefined && !namespaces.some((n) => anchored(sel.namespace, n)))
        return false;
    if (sel.labelSelector !== undefined && !matchesSelector(sel.labelSelector, id.labels))
        return false;
    if (sel.annotationSelector !== undefined && !matchesSelector(sel.annotationSelector, id.annotations))
        return false;
    return true;
}
function anchored(pattern, value) {
    const re = anchoredPattern(pattern);
    return re ? re.test(value) : pattern === value;
}
/** The repository of an image reference, as `images[].name` names it (`nginx`, `registry.k8s.io/ingress-nginx/controller`). */
function imageName(image) {
    if (typeof image !== 'string')
        return undefined;
    let ref = image.split('@')[0];
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        ref = ref.slice(0, colon);
    return ref;
}
function labelKey(p) {
    const s = p.join('\u0000');
    const last = p.at(-1);
    if (typeof last !== 'string')
        return undefined;
    if (p.length === 3 && s.startsWith('metadata\u0000labels\u0000'))
        return { key: last, where: 'metadata' };
    if (s === `spec\u0000selector\u0000${last}` || s === `spec\u0000selector\u0000matchLabels\u0000${last}`)
        return { key: last, where: 'selector' };
    if (s === `spec\u0000template\u0000metadata\u0000labels\u0000${last}`)
        return { key: last, where: 'template' };
    return undefined;
}
function annotationKey(p) {
    const last = p.at(-1);
    if (typeof last !== 'string')
        return undefined;
    const s = p.join('\u0000');
    if (p.length === 3 && s.startsWith('metadata\u0000annotations\u0000'))
        return last;
    if (s === `spec\u0000template\u0000metadata\u0000annotations\u0000${last}`)
        return last;
    return undefined;
}
