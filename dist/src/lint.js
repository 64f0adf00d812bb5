/**
 * The library entry point: files or texts plus a configuration in, findings and statistics out.
 * `lint()` reads files; everything below it (source → model → engine) is pure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { defaultConfig } from './config/config.js';
import { reportInView } from './engine/partial.js';
import { runRules } from './engine/run.js';
import { traceToCharts } from './helm/index.js';
import { buildAll, buildAllSync, findBinary, KustomizeRun, } from './kustomize/index.js';
import { MODEL_KINDS } from './model/kinds.js';
import { Model } from './model/model.js';
import { emptyStats, loadInput, parseYamlValue, yamlTextLocator } from './source/index.js';
import { describeError, displayPath, expandPaths, KUSTOMIZE_PATCH_MESSAGE } from './source/inputs.js';
import { isDirectory, isFile } from './util/fs.js';
import { readChartValues, VALUES_SOURCE_KINDS } from './values/index.js';
export { describeError, displayPath } from './source/inputs.js';
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
/**
 * Lints synchronously. Kustomize builds (DESIGN.md §2) run one after another here; `lintAsync`
 * runs them in parallel and overlaps them with reading the files, with the same result.
 */
export function lint(request) {
    const prepared = prepare(request);
    const t0 = performance.now();
    const outcomes = prepared.binary ? buildAllSync(prepared.binary, prepared.jobs, prepared.build) : [];
    const builds = performance.now() - t0;
    return complete(prepared, read(prepared), outcomes, builds);
}
/**
 * Lints with kustomize builds in parallel (up to the number of CPUs, each with a timeout), while
 * the other files are read. The command line uses it; the result is `lint()`'s.
 */
export async function lintAsync(request) {
    const prepared = prepare(request);
    const t0 = performance.now();
    let builds = 0;
    let readDone = () => { };
    const armAfter = new Promise((resolve) => (readDone = resolve));
    const pending = (prepared.binary ? buildAll(prepared.binary, prepared.jobs, { ...prepared.build, armAfter }) : Promise.resolve([])).then((outcomes) => {
        builds = performance.now() - t0;
        return outcomes;
    });
    let files;
    try {
        files = read(prepared);
    }
    catch (e) {
        readDone();
        await pending;
        throw e;
    }
    readDone();
    const outcomes = await pending;
    return complete(prepared, files, outcomes, builds);
}
/** Inputs expanded, kustomizations found and the builds planned: no manifest read yet. */
function prepare(request) {
    const cwd = path.resolve(request.cwd ?? process.cwd());
    const rules = request.rules ?? allRules;
    const config = request.config ?? defaultConfig(rules, cwd);
    const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const fast = request.fastPaths !== false;
    const needed = fullKinds(rules, config.levels);
    const loadOptions = { defaultNamespace: config.namespace, fullKinds: fast ? needed : 'all', fast, placeholderKinds: needed };
    const skipped = [];
    const missing = [];
    const expandOptions = { cwd, ignore: config.ignore, ignoreBase: config.baseDir, gitignore: request.gitignore ?? config.gitignore };
    const targets = request.files && request.files.length > 0 ? expandPaths(request.files, expandOptions) : undefined;
    const focus = new Set(targets?.files.map((f) => f.abs) ?? []);
    const contexts = expandContext(config, request.context ?? [], expandOptions);
    if (targets) {
        missing.push(...targets.missing);
        skipped.push(...targets.skipped);
    }
    const chartDirs = [
        ...(request.chartDirs ?? []).map((d) => path.resolve(cwd, d)),
        ...config.chartDirs.map((d) => path.resolve(config.baseDir, d)),
    ];
    for (const d of request.chartDirs ?? []) {
        if (!isDirectory(path.resolve(cwd, d)))
            missing.push({ path: d, message: 'chart directory not found' });
    }
    const valuesFiles = (request.values ?? []).map((v) => path.resolve(cwd, v));
    (request.values ?? []).forEach((v, i) => {
        if (!isFile(valuesFiles[i]))
            missing.push({ path: v, message: 'values file not found' });
    });
    const kustomizeRoot = path.resolve(cwd, request.kustomizeRoot ?? '.');
    if (request.kustomizeRoot !== undefined && !isDirectory(kustomizeRoot))
        missing.push({ path: request.kustomizeRoot, message: 'kustomize root directory not found' });
    // Files given to lint (read or not): a finding is reported when one of its locations lies in one.
    const linted = new Set([...(targets?.files.map((f) => f.display) ?? []), ...skipped.map((s) => s.path)]);
    for (const text of request.texts ?? [])
        if (text.context !== true)
            linted.add(text.path);
    // A context pattern that matches nothing is not an error (context is optional by nature); the
    // run says so, as cross-file rules then miss what it was meant to load.
    const known = new Set(skipped.map((s) => s.path));
    skipped.push(...contexts.skipped.filter((s) => !known.has(s.path)));
    const contextList = contexts.files.filter((f) => !focus.has(f.abs));
    const env = request.env ?? process.env;
    const build = request.kustomize !== false && config.kustomize;
    const binary = build ? findBinary(env) : undefined;
    const kustomize = new KustomizeRun({
        cwd,
        targets: targets?.files.map((f) => f.abs) ?? [],
        contexts: contextList.map((f) => f.abs),
        build,
        binary,
        pipeRoot: kustomizeRoot,
    });
    const jobs = kustomize.jobs();
    return {
        request,
        cwd,
        rules,
        config,
        fast,
        maxFileSize,
        loadOptions,
        targets,
        contextList,
        contextUnmatched: contexts.unmatched,
        linted,
        skipped,
        missing,
        chartDirs,
        valuesFiles,
        kustomize,
        binary: jobs.length > 0 ? binary : undefined,
        jobs,
        build: { env, ...(request.kustomizeTimeout !== undefined ? { timeoutMs: request.kustomizeTimeout } : {}) },
    };
}
/** Reads stdin and the files, each by its role (a kustomize patch is skipped, a kustomization is not a Kubernetes object). */
function read(p) {
    const { request, maxFileSize, loadOptions, skipped, kustomize } = p;
    const out = { files: [], objects: [], problems: [], stats: emptyStats() };
    const aside = new Map();
    const readSet = new Set();
    let readTime = 0;
    let parseTime = 0;
    const tooLarge = (display, size) => {
        const what = size === undefined ? 'more than' : `${size} bytes is more than`;
        skipped.push({ path: display, reason: 'too-large', message: `skipped: ${what} --max-file-size ${maxFileSize} bytes` });
    };
    const readOne = (abs, display, context) => {
        const role = kustomize.role(abs);
        if (role === 'patch') {
            skipped.push({ path: display, reason: 'kustomize-patch', message: KUSTOMIZE_PATCH_MESSAGE });
            return false;
        }
        const t0 = performance.now();
        const content = readInput(abs, maxFileSize);
        if (content.skip) {
            if (content.skip === 'too-large')
                tooLarge(display, content.size);
            else
                skipped.push({ path: display, reason: content.skip, message: content.message });
            return false;
        }
        const t1 = performance.now();
        if (role === 'build' && !/\.(ya?ml|json)$/i.test(abs)) {
            // A generator's env or data file, passed by name: read by its build, not YAML.
            out.stats.files++;
            out.stats.bytes += content.bytes.byteLength;
            readTime += t1 - t0;
            return true;
        }
        // Its suppression comments are known from here on (a generator's env file above is not YAML:
        // its build reads it, and its comments with it).
        readSet.add(abs);
        let notTaken;
        if (role === undefined)
            notTaken = loadInput({ path: display, content: content.bytes, context, skipIfNotKubernetes: true }, loadOptions, out);
        else {
            const scratch = { files: [], objects: [], problems: [], stats: emptyStats() };
            loadInput({ path: display, content: content.bytes, context }, loadOptions, scratch);
            out.files.push(...scratch.files);
            out.problems.push(...scratch.problems);
            if (role === 'kustomization') {
                // Not a Kubernetes object: its documents count as skipped (non-Kubernetes) ones.
                scratch.stats.skippedDocuments += scratch.stats.kubernetesDocuments;
                scratch.stats.kubernetesDocuments = 0;
                scratch.stats.objects = 0;
                scratch.stats.metadataOnlyObjects = 0;
            }
            else {
                aside.set(abs, scratch.objects);
            }
            addStats(out.stats, scratch.stats);
        }
        readTime += t1 - t0;
        parseTime += performance.now() - t1;
        if (notTaken === undefined)
            return true;
        skipped.push({ path: display, ...notTaken });
        return false;
    };
    for (const text of request.texts ?? []) {
        const size = typeof text.text === 'string' ? Buffer.byteLength(text.text) : text.text.byteLength;
        if (size > maxFileSize)
            tooLarge(text.path, size);
        else {
            const notTaken = loadInput({ path: text.path, content: text.text, context: text.context === true }, loadOptions, out);
            if (notTaken)
                skipped.push({ path: text.path, ...notTaken });
        }
    }
    const total = (p.targets?.files.length ?? 0) + p.contextList.length;
    let done = 0;
    for (const f of p.targets?.files ?? []) {
        readOne(f.abs, f.display, false);
        request.onFile?.(++done, total);
    }
    let contextFiles = 0;
    for (const f of p.contextList) {
        if (readOne(f.abs, f.display, true))
            contextFiles++;
        request.onFile?.(++done, total);
    }
    return { out, aside, read: readSet, contextFiles, readTime, parseTime };
}
/** Builds mapped, chart values read, rules run, findings traced to Helm charts and reported in view, statistics. */
function complete(p, files, outcomes, builds) {
    const { cwd, rules, config, skipped, missing, linted, valuesFiles } = p;
    const { out, aside, contextFiles, readTime, parseTime } = files;
    const rulesStart = performance.now();
    const k = p.kustomize.finish(outcomes, {
        load: p.loadOptions,
        inputObjects: (abs) => aside.get(abs),
        hasDirectives: (abs) => files.read.has(abs),
        plain: out.objects,
        defaultNamespace: config.namespace,
    });
    // Files a failed (or never run) build was to read are linted alone after all.
    const plain = [...k.plain];
    for (const [abs, list] of aside)
        if (!k.built(abs))
            plain.push(...list);
    // The run's files: where values written inside a block scalar (a valuesFrom ConfigMap, Argo CD
    // helm.values) are found line by line, for built objects too.
    const runFiles = out.files.map((f) => ({ file: f.file, text: f.file.text }));
    const chartValues = readChartValues({
        objects: plain,
        files: runFiles,
        cwd,
        defaultNamespace: config.namespace,
        kubeVersion: config.kubeVersion,
        bound: (config.values ?? []).map((b) => ({
            files: b.files,
            chart: b.chart,
            version: b.version,
            release: b.release,
            namespace: b.namespace,
            span: {
                file: { path: config.file ?? '.srcip-lint.yaml', context: false },
                range: { line: b.line, column: b.column, endLine: b.endLine, endColumn: b.endColumn },
                message: '',
            },
        })),
        cliValues: valuesFiles,
    });
    const objects = chartValues.objects.length > 0 ? [...plain, ...chartValues.objects] : plain;
    const parsers = { yaml: parseYamlValue, yamlLocator: yamlTextLocator };
    const model = new Model(objects, parsers);
    // Each build is one set; the releases its HelmReleases and Applications declare join it.
    const releases = [...chartValues.releases];
    const internal = [...chartValues.internalErrors];
    const sets = k.sets.map((s) => {
        const values = readChartValues({ objects: s.objects, files: runFiles, cwd, defaultNamespace: config.namespace, kubeVersion: config.kubeVersion, bound: [], cliValues: [], discoverFiles: false });
        releases.push(...values.releases);
        internal.push(...values.internalErrors);
        const all = values.objects.length > 0 ? [...s.objects, ...values.objects] : s.objects;
        return { objects: all, model: new Model(all, parsers) };
    });
    const syntax = out.problems.map((pr) => ({
        file: pr.file,
        documentIndex: pr.documentIndex,
        range: pr.file.range(pr.start, pr.end),
        code: pr.code,
        message: pr.message,
    }));
    const directives = [
        ...out.files.map((f) => ({
            file: f.file,
            directives: f.directives,
            range: (a, b) => f.file.range(a, b),
        })),
        ...k.directives,
    ];
    // A chart template or values file given to lint: findings in Helm output loaded as context may
    // be reported there (after the Helm pass), so the engine must not skip them.
    const values = new Set(valuesFiles);
    const helmFilesLinted = skipped.some((s) => s.reason === 'helm-template' && linted.has(s.path)) || (p.targets?.files.some((f) => values.has(f.abs)) ?? false);
    const { findings, internalErrors } = runRules({ rules, levels: config.levels, options: config.options, kubeVersion: config.kubeVersion }, { objects, model, syntax, directives, contextShortcuts: p.fast, helmFilesLinted, sets, reports: k.reports });
    internalErrors.unshift(...internal);
    const traced = traceToCharts(withoutPlaceholderFindings(findings, out.objects), out.objects, { cwd, chartDirs: p.chartDirs, valuesFiles });
    // Locations in files a build read count as linted when the build's overlay was asked for
    // (`srcip-lint overlays/prod` reports at the base lines): the engine marks them (`view`).
    const reported = reportInView(traced, (file) => linted.has(file));
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let suppressed = 0;
    for (const f of reported) {
        if (f.suppressed)
            suppressed++;
        else if (f.severity === 'error')
            errors++;
        else if (f.severity === 'warning')
            warnings++;
        else
            infos++;
    }
    const stats = {
        ...out.stats,
        files: out.stats.files - contextFiles,
        errors,
        warnings,
        infos,
        suppressed,
        contextFiles,
        skippedFiles: skipped.length,
        skipped,
        releases,
        kustomize: k.stats,
    };
    const timings = { read: readTime, parse: parseTime, rules: performance.now() - rulesStart, kustomize: builds };
    return { findings: reported, stats, missing, fileProblems: skipped, notices: k.notices, internalErrors, contextUnmatched: p.contextUnmatched, timings };
}
/** Adds the counts of `b` to `a`. */
function addStats(a, b) {
    for (const key of Object.keys(b))
        a[key] += b[key];
}
/**
 * The context files: the configuration's `context:` globs (relative to its directory) and the
 * `--context` paths, each expanded on its own to tell which match no file.
 */
function expandContext(config, given, options) {
    const source = config.file === undefined ? 'the configuration' : displayPath(path.resolve(options.cwd, config.file), options.cwd);
    const patterns = [
        ...config.context.map((pattern) => ({ pattern, abs: path.resolve(config.baseDir, pattern), source })),
        ...given.map((pattern) => ({ pattern, abs: pattern, source: '--context' })),
    ];
    const files = [];
    const skipped = [];
    const unmatched = [];
    const seen = new Set();
    for (const p of patterns) {
        const r = expandPaths([p.abs], options);
        if (r.files.length === 0 && r.skipped.length === 0)
            unmatched.push({ pattern: p.pattern, source: p.source });
        for (const f of r.files) {
            if (seen.has(f.abs))
                continue;
            seen.add(f.abs);
            files.push(f);
        }
        skipped.push(...r.skipped);
    }
    return { files, skipped, unmatched };
}
/**
 * Findings about the placeholders of unrendered templates are about the template's syntax, not the
 * manifest (a `${REPLICAS}` that is not an integer): the ones whose range lies within a value that
 * holds a placeholder are dropped. The `unrendered-template` finding says once that there were
 * placeholders.
 */
function withoutPlaceholderFindings(findings, objects) {
    // Placeholder positions are computed only in files that hold a finding to judge.
    const files = new Set(findings.filter((f) => f.ruleId !== UNRENDERED_TEMPLATE).map((f) => f.file));
    if (files.size === 0)
        return findings;
    const spans = new Map();
    const seen = new Set();
    for (const o of objects) {
        const t = o.doc.template;
        if (!t || seen.has(o.doc) || !files.has(o.doc.file.path))
            continue;
        seen.add(o.doc);
        let list = spans.get(o.doc.file.path);
        if (!list)
            spans.set(o.doc.file.path, (list = []));
        for (const p of t.paths)
            list.push(o.doc.locate(p));
    }
    if (spans.size === 0)
        return findings;
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
    return findings.filter((f) => {
        if (f.ruleId === UNRENDERED_TEMPLATE)
            return true;
        const list = spans.get(f.file);
        return !list?.some((r) => before(r, f) && before({ line: f.endLine, column: f.endColumn }, { line: r.endLine, column: r.endColumn }));
    });
}
const UNRENDERED_TEMPLATE = 'unrendered-template';
/**
 * Reads one input with one open and one fstat. A file that is gone by now was listed a moment
 * ago (`vanished`); other errors make it `unreadable`. The size limit holds while reading too, so
 * a file that grows, a pipe or a device (`/dev/zero` named on the command line) cannot exhaust
 * memory.
 */
function readInput(abs, maxFileSize) {
    let fd;
    try {
        fd = fs.openSync(abs, 'r');
        const st = fs.fstatSync(fd);
        if (st.isDirectory())
            return { skip: 'unreadable', message: 'is a directory' };
        if (st.isFile() && st.size > maxFileSize)
            return { skip: 'too-large', size: st.size };
        const bytes = readAll(fd, st.isFile() ? st.size : 64 * 1024, maxFileSize);
        return bytes ? { bytes } : { skip: 'too-large', size: undefined };
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return { skip: 'vanished', message: 'skipped: the file disappeared before it could be read' };
        return { skip: 'unreadable', message: describeError(e) };
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}
/** Reads an open file from a size hint; undefined once it holds more than `limit` bytes. */
function readAll(fd, size, limit) {
    let buf = Buffer.allocUnsafe(Math.max(Math.min(size, limit) + 1, 1));
    let length = 0;
    for (;;) {
        if (length === buf.length) {
            if (length > limit)
                return undefined;
            const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
            buf.copy(bigger, 0, 0, length);
            buf = bigger;
        }
        const n = fs.readSync(fd, buf, length, buf.length - length, null);
        if (n === 0)
            return buf.subarray(0, length);
        length += n;
    }
}
/** Kinds some enabled rule reads in full; `'all'` when a rule reads every kind. */
export function fullKinds(rules, levels) {
    const kinds = new Set([...MODEL_KINDS, ...VALUES_SOURCE_KINDS]);
    for (const r of rules) {
        if (!r.check || (levels.get(r.meta.id) ?? 'off') === 'off')
            continue;
        if (r.meta.appliesTo === 'all') {
            if (!r.meta.metadataOnly)
                return 'all';
            continue;
        }
        for (const k of r.meta.appliesTo)
            kinds.add(k);
        for (const k of r.meta.reads ?? [])
            kinds.add(k);
    }
    return kinds;
}
