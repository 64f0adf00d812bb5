/**
 * Kustomize in a run (DESIGN.md §2, issue "Kustomize"):
 * - Roles. A directory holding a kustomization file is a kustomization; the files it names as
 *   patches are never linted as whole objects, and the kustomization file is not a Kubernetes
 *   object. Kustomizations are found among the inputs and the context, in the directories of the
 *   inputs, and above each input up to the working directory (so that a patch passed alone, as
 *   pre-commit passes it, is still known for a patch).
 * - Builds. Each top-level kustomization (one no other kustomization in view includes) whose tree
 *   holds an input is built with the real kustomize (process.ts) unless its tree names a remote
 *   resource, uses Helm charts or plugins, or building is off or impossible; the files it reads are
 *   then linted through the build only. A build that fails is a `kustomize-build` finding, and its
 *   files are linted alone.
 * - Mapping. Built objects lose kustomize's annotations and answer `origins(path)` (trace.ts).
 * - Piped output. Objects that already carry `config.kubernetes.io/origin` (a user's
 *   `buildMetadata: [originAnnotations]` build, piped in) are mapped the same way, relative to
 *   `--kustomize-root` (or the working directory).
 */
import path from 'node:path';
import { emptyStats, loadInput } from '../source/index.js';
import { displayPath } from '../source/inputs.js';
import { isDirectory } from '../util/fs.js';
import { BuiltDocument, extractOrigins, hasKustomizeAnnotations, stripAnnotations } from './built.js';
import { isKustomizationFileName } from './kustomization.js';
import { SourceRegistry } from './sources.js';
import { TreeTracer } from './trace.js';
import { Kustomizations, treeFiles } from './tree.js';
export { buildAll, buildAllSync, findBinary } from './process.js';
export class KustomizeRun {
    options;
    ks = new Kustomizations();
    overlays = [];
    targets;
    contexts;
    patchFiles = new Set();
    consumers = new Map();
    constructor(options) {
        this.options = options;
        this.targets = new Set(options.targets);
        this.contexts = new Set(options.contexts);
        const inView = new Map();
        const consider = (dir) => {
            const k = this.ks.get(dir);
            if (k)
                inView.set(k.dir, k);
        };
        const dirs = new Set();
        for (const f of [...options.targets, ...options.contexts])
            dirs.add(path.dirname(f));
        // Above each input, up to the working directory: the kustomization a patch passed alone belongs to.
        const cwd = options.cwd;
        for (const f of options.targets) {
            for (let d = path.dirname(f); d.startsWith(cwd + path.sep) || d === cwd; d = path.dirname(d)) {
                dirs.add(d);
                if (d === cwd)
                    break;
            }
        }
        for (const d of [...dirs].sort())
            consider(d);
        if (inView.size === 0)
            return;
        const included = new Set();
        for (const k of inView.values())
            for (const sub of this.ks.tree(k).slice(1))
                included.add(sub.dir);
        for (const k of inView.values())
            for (const sub of this.ks.tree(k))
                for (const p of sub.patches)
                    if (p.file)
                        this.patchFiles.add(p.file);
        const roots = [...inView.values()].filter((k) => !included.has(k.dir) && !k.component).sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
        for (const k of roots) {
            const tree = this.ks.tree(k);
            const files = treeFiles(tree);
            const all = [...files.kustomizations, ...files.resources, ...files.patches, ...files.other];
            const overlay = {
                k,
                path: displayPath(k.dir, cwd),
                file: displayPath(k.abs, cwd),
                tree,
                files,
                linted: this.targets.has(k.abs),
                status: 'pending',
            };
            const blocker = findBlocker(tree);
            if (!all.some((f) => this.targets.has(f)))
                overlay.status = 'context';
            else if (blocker) {
                overlay.status = blocker.type;
                overlay.blocker = blocker;
            }
            else if (!options.build)
                overlay.status = 'off';
            else if (!options.binary)
                overlay.status = 'unavailable';
            this.overlays.push(overlay);
            for (const f of all) {
                const list = this.consumers.get(f) ?? [];
                list.push(overlay);
                this.consumers.set(f, list);
            }
        }
    }
    /** The builds to run, in the order `finish` expects their outcomes. */
    jobs() {
        return this.overlays.filter((o) => o.status === 'pending').map((o) => ({ dir: o.k.dir, ...(o.k.sortOptions !== undefined ? { sortOptions: o.k.sortOptions } : {}) }));
    }
    /**
     * How an input file is read: a patch (skipped), a kustomization file (not a Kubernetes object),
     * a file a build reads (its objects wait for the build), or as usual (undefined).
     */
    role(abs) {
        if (this.patchFiles.has(abs))
            return 'patch';
        if (isKustomizationFileName(abs) && this.ks.ofFile(abs))
            return 'kustomization';
        if (this.consumers.get(abs)?.some((o) => o.status === 'pending'))
            return 'build';
        return undefined;
    }
    /** Whether a file is only context: an input given as context, or a file reached only through overlays the user did not name. */
    isContext(abs) {
        if (this.targets.has(abs))
            return false;
        if (this.contexts.has(abs))
            return true;
        const by = this.consumers.get(abs)?.filter((o) => o.status === 'built');
        return by !== undefined && by.length > 0 && !by.some((o) => o.linted);
    }
    finish(outcomes, input) {
        const cwd = this.options.cwd;
        const registry = new SourceRegistry({ cwd, isContext: (abs) => this.isContext(abs), inputObjects: input.inputObjects, hasDirectives: input.hasDirectives, load: input.load });
        const pending = this.overlays.filter((o) => o.status === 'pending');
        const sets = [];
        const reports = [];
        const failures = [];
        pending.forEach((overlay, i) => {
            const outcome = outcomes[i];
            if (outcome?.ok) {
                overlay.status = 'built';
                sets.push({ overlay, objects: [] });
            }
            else {
                overlay.status = 'failed';
                failures.push({ overlay, message: outcome ? outcome.message : 'the build did not run' });
            }
        });
        // Now that the builds are known, map their objects (file roles and context flags depend on them).
        for (const set of sets) {
            const outcome = outcomes[pending.indexOf(set.overlay)];
            set.objects = this.builtObjects(set.overlay, outcome, registry, input);
            // Every file a finding can land on is read, so that suppression comments in it are known.
            const { kustomizations, patches, resources, envs } = set.overlay.files;
            for (const f of [...kustomizations, ...patches, ...resources, ...envs])
                if (!input.hasDirectives(f))
                    registry.text(f);
        }
        for (const f of failures)
            reports.push(this.failure(f.overlay, f.message, registry));
        const plain = this.mapPiped(input.plain, registry, input.defaultNamespace);
        const builtFiles = new Set();
        for (const set of sets)
            for (const f of [...set.overlay.files.resources, ...set.overlay.files.other, ...set.overlay.files.kustomizations])
                builtFiles.add(f);
        const stats = {
            binary: this.options.binary ?? null,
            overlays: this.overlays.map((o) => ({
                path: o.path,
                status: o.status,
                ...(o.blocker ? { reason: this.blockerText(o) } : {}),
                ...(o.status === 'built' ? { objects: sets.find((s) => s.overlay === o)?.objects.length ?? 0 } : {}),
            })),
            built: sets.length,
            failed: failures.length,
            objects: sets.reduce((n, s) => n + s.objects.length, 0),
            patches: [...this.targets, ...this.contexts].filter((f) => this.patchFiles.has(f)).length,
            sourceFiles: [...builtFiles].filter((f) => !this.targets.has(f) && !this.contexts.has(f)).length,
        };
        return {
            sets,
            plain,
            built: (abs) => builtFiles.has(abs),
            reports,
            directives: registry.directives(),
            notices: this.notices(),
            stats,
        };
    }
    /** The objects of a build: read from its output, kustomize's annotations removed, mapped to their sources. */
    builtObjects(overlay, outcome, registry, input) {
        const out = { files: [], objects: [], problems: [], stats: emptyStats() };
        const extracted = extractOrigins(outcome.output);
        loadInput({ path: `${overlay.file} (kustomize build)`, content: extracted.text, context: false }, input.load, out);
        const tracer = new TreeTracer(overlay.k, outcome.dir, this.ks, registry, overlay.path, input.defaultNamespace, true);
        const file = { path: overlay.file, context: false };
        return out.objects.map((o) => {
            const stripped = stripAnnotations(o.raw);
            const raw = stripped.raw;
            const origin = extracted.origins[o.doc.index] ?? stripped.origin;
            const object = { ...o, raw };
            const trace = tracer.trace(object, origin);
            const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
            const doc = new BuiltDocument(file, o.doc, trace, () => trace.builtBy()?.range ?? start);
            return withOriginal({ ...object, doc }, trace);
        });
    }
    /** Objects of the inputs that carry kustomize's annotations: a build piped in. */
    mapPiped(objects, registry, defaultNamespace) {
        if (!objects.some(hasKustomizeAnnotations))
            return [...objects];
        const root = this.options.pipeRoot;
        const k = this.ks.get(root);
        const tracer = new TreeTracer(k, root, this.ks, registry, displayPath(root, this.options.cwd), defaultNamespace, false);
        return objects.map((o) => {
            if (!hasKustomizeAnnotations(o))
                return o;
            const { raw, origin } = stripAnnotations(o.raw);
            const object = { ...o, raw };
            const trace = tracer.trace(object, origin);
            const doc = new BuiltDocument(o.doc.file, o.doc, trace, (p, depth) => o.doc.locate(p, depth));
            return withOriginal({ ...object, doc }, trace);
        });
    }
    failure(overlay, raw, registry) {
        const { k, range } = this.failureAt(overlay, raw, registry);
        const y = registry.yamlFile(k.abs);
        const file = y?.file ?? { path: displayPath(k.abs, this.options.cwd), context: this.isContext(k.abs) };
        const message = cleanMessage(raw, this.options.cwd);
        const related = k === overlay.k || !y ? [] : [{ file: overlay.file, range: this.firstLine(overlay.k, registry), message: `Overlay ${overlay.path} includes it.` }];
        return {
            ruleId: 'kustomize-build',
            messageId: 'failed',
            data: { overlay: overlay.path, message },
            // Reported even when the kustomization is context: an input in its tree is what broke it.
            file: { path: file.path, context: false },
            range,
            related,
            identity: [overlay.file],
        };
    }
    /**
     * Where a failure is reported: the entry of the tree whose file kustomize's message names last
     * (a missing resource, a patch that matches nothing), else the kustomization it names last,
     * else the top of the overlay's kustomization file.
     */
    failureAt(overlay, raw, registry) {
        let best;
        const consider = (at, k, kpath) => {
            if (at >= 0 && (!best || at > best.at || (at === best.at && kpath && !best.kpath)))
                best = { at, k, kpath };
        };
        for (const k of overlay.tree) {
            consider(raw.lastIndexOf(`'${k.dir}'`), k, undefined);
            for (const r of [...k.resources, ...k.components])
                if (r.abs)
                    consider(raw.lastIndexOf(r.abs), k, [...r.kpath]);
            for (const p of k.patches) {
                if (p.file)
                    consider(raw.lastIndexOf(p.file), k, [...p.kpath]);
                consider(patchMention(raw, p, registry), k, [...p.kpath]);
            }
        }
        const k = best?.k ?? overlay.k;
        const y = registry.yamlFile(k.abs);
        const doc = y?.docs.find((d) => !d.empty);
        if (!y || !doc || !best?.kpath)
            return { k, range: this.firstLine(k, registry) };
        const span = doc.pairSpan(best.kpath) ?? doc.closestSpan(best.kpath);
        return { k, range: y.range(span[0], span[1]) };
    }
    firstLine(k, registry) {
        const y = registry.yamlFile(k.abs);
        const doc = y?.docs.find((d) => !d.empty);
        if (!y || !doc)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const span = doc.closestSpan([]);
        return y.range(span[0], span[1]);
    }
    blockerText(o) {
        const b = o.blocker;
        if (!b)
            return '';
        const where = displayPath(b.k.abs, this.options.cwd);
        if (o.status === 'remote')
            return `${where} names the remote resource "${b.entry.text}"`;
        if (o.status === 'helm')
            return `${where} uses ${b.entry.text}`;
        return `${where} uses the plugin configuration "${firstLine(b.entry.text)}"`;
    }
    notices() {
        const out = [];
        for (const o of this.overlays) {
            const alone = 'Its local files were linted alone (patches skipped).';
            if (o.status === 'remote')
                out.push({ level: 'warning', file: o.file, message: `not built: ${this.blockerText(o)}; srcip-lint never lets kustomize reach the network. ${alone}` });
            else if (o.status === 'helm')
                out.push({ level: 'warning', file: o.file, message: `not built: ${this.blockerText(o)}; srcip-lint never runs Helm. Its helmCharts entries for the charts srcip-lint models (ingress-nginx, Traefik, Cilium, Istio gateway) are read from their values instead; for the rest, lint what \`kustomize build --enable-helm\` gives, piped in. ${alone}` });
            else if (o.status === 'plugin')
                out.push({ level: 'warning', file: o.file, message: `not built: ${this.blockerText(o)}; srcip-lint never runs kustomize plugins or exec functions. ${alone}` });
        }
        for (const status of ['unavailable', 'off']) {
            const list = this.overlays.filter((o) => o.status === status);
            if (list.length === 0)
                continue;
            const names = list.slice(0, 3).map((o) => o.path).join(', ') + (list.length > 3 ? `, and ${list.length - 3} more` : '');
            const one = list.length === 1;
            const what = one ? '1 kustomization was' : `${list.length} kustomizations were`;
            const why = status === 'unavailable'
                ? `neither kustomize nor kubectl is on PATH. Install kustomize (or kubectl) to lint what ${one ? 'it builds' : 'they build'}`
                : 'building is off (--no-kustomize or `kustomize: false`)';
            const rest = one
                ? 'Its patches were skipped and the files it includes linted alone, without its namespace, patches, replicas and generators.'
                : 'Their patches were skipped and the files they include linted alone, without the namespaces, patches, replicas and generators of the overlays.';
            out.push({ level: 'warning', message: `${what} not built (${names}): ${why}. ${rest}` });
        }
        return out;
    }
}
/** The object, with `original` read from its trace when first asked (finding it reads the source file). */
function withOriginal(object, trace) {
    const original = () => {
        try {
            return trace.original;
        }
        catch {
            return undefined;
        }
    };
    return Object.defineProperty(object, 'original', { get: original, enumerable: true, configurable: true });
}
/** The first entry of a tree that keeps it from being built. */
function findBlocker(tree) {
    for (const k of tree) {
        const remote = k.remote[0];
        if (remote)
            return { type: 'remote', entry: remote, k };
    }
    for (const k of tree)
        if (k.helm)
            return { type: 'helm', entry: k.helm, k };
    for (const k of tree) {
        const plugin = k.plugins[0];
        if (plugin)
            return { type: 'plugin', entry: plugin, k };
    }
    return undefined;
}
/**
 * Where kustomize's message names a patch by what it targets, as kustomize prints an object id
 * (`Service.v1.[noGrp]/web.[noNs]`): the target's name, or the names of the patch file's documents.
 */
function patchMention(raw, p, registry) {
    const names = p.target?.name !== undefined ? [p.target.name] : [];
    if (p.file) {
        for (const d of registry.yamlFile(p.file)?.docs ?? []) {
            const name = d.value?.metadata?.name;
            if (typeof name === 'string')
                names.push(name);
        }
    }
    return Math.max(-1, ...names.map((n) => raw.lastIndexOf(`/${n}.`)));
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
/**
 * kustomize's error, as one line without its wrappers: kubectl's log prefix, `Error: `, the
 * accumulation steps of srcip-lint's wrapper kustomization, and absolute paths (made relative to
 * the working directory: reports never hold an absolute or temporary path).
 */
export function cleanMessage(raw, cwd) {
    let text = raw.trim();
    const quoted = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
    const block = /err=<\r?\n([\s\S]*?)\r?\n\s*>/.exec(text);
    if (quoted) {
        try {
            text = JSON.parse(`"${quoted[1]}"`);
        }
        catch {
            text = quoted[1];
        }
    }
    else if (block) {
        text = block[1].replace(/^\t/gm, '');
    }
    text = text.replace(/^Error:\s*/, '');
    // The wrapper's resource is tried as a file first, then built as a directory.
    text = text.replace(/^accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': (recursed accumulation of path '[^']*': )?/, '');
    // Absolute paths (those whose first directory exists: not `/name.[noNs]` in an object id) become relative.
    text = text.replace(/(?<![\w.:/~\]-])\/[^\s'"`,;()<>]*/g, (abs) => {
        const top = abs.split('/')[1] ?? '';
        if (top === '' || !isDirectory(`/${top}`))
            return abs;
        const end = /[.:]+$/.exec(abs)?.[0] ?? '';
        return displayPath(abs.slice(0, abs.length - end.length), cwd) + end;
    });
    text = text.replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
    while (text.endsWith('.'))
        text = text.slice(0, -1);
    return text === '' ? 'kustomize failed without a message' : text;
}
