/**
 * The library entry point: files or texts plus a configuration in, findings and statistics out.
 * `lint()` reads files; everything below it (source → model → engine) is pure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { defaultConfig } from './config/config.js';
import { runRules } from './engine/run.js';
import { traceToCharts } from './helm/index.js';
import { MODEL_KINDS } from './model/kinds.js';
import { Model } from './model/model.js';
import { emptyStats, loadInput, parseYamlValue } from './source/index.js';
import { describeError, expandPaths } from './source/inputs.js';
import { isDirectory, isFile } from './util/fs.js';
export { describeError, displayPath } from './source/inputs.js';
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
export function lint(request) {
    const cwd = path.resolve(request.cwd ?? process.cwd());
    const rules = request.rules ?? allRules;
    const config = request.config ?? defaultConfig(rules, cwd);
    const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const fast = request.fastPaths !== false;
    const needed = fullKinds(rules, config.levels);
    const loadOptions = { defaultNamespace: config.namespace, fullKinds: fast ? needed : 'all', fast, placeholderKinds: needed };
    const out = { files: [], objects: [], problems: [], stats: emptyStats() };
    const skipped = [];
    const missing = [];
    const expandOptions = { cwd, ignore: config.ignore, ignoreBase: config.baseDir, gitignore: request.gitignore ?? config.gitignore };
    const targets = request.files && request.files.length > 0 ? expandPaths(request.files, expandOptions) : undefined;
    const focus = new Set(targets?.files.map((f) => f.abs) ?? []);
    const contextPatterns = [...config.context.map((g) => path.resolve(config.baseDir, g)), ...(request.context ?? [])];
    const contexts = contextPatterns.length > 0 ? expandPaths(contextPatterns, expandOptions) : undefined;
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
    if (contexts) {
        // A context glob that matches nothing is not an error: context is optional by nature.
        const known = new Set(skipped.map((s) => s.path));
        skipped.push(...contexts.skipped.filter((s) => !known.has(s.path)));
    }
    let readTime = 0;
    let parseTime = 0;
    const tooLarge = (display, size) => {
        const what = size === undefined ? 'more than' : `${size} bytes is more than`;
        skipped.push({ path: display, reason: 'too-large', message: `skipped: ${what} --max-file-size ${maxFileSize} bytes` });
    };
    const read = (abs, display, context) => {
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
        const notTaken = loadInput({ path: display, content: content.bytes, context, skipIfNotKubernetes: true }, loadOptions, out);
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
            const notTaken = loadInput({ path: text.path, content: text.text, context: false }, loadOptions, out);
            if (notTaken)
                skipped.push({ path: text.path, ...notTaken });
        }
    }
    const contextList = (contexts?.files ?? []).filter((f) => !focus.has(f.abs));
    const total = (targets?.files.length ?? 0) + contextList.length;
    let done = 0;
    for (const f of targets?.files ?? []) {
        read(f.abs, f.display, false);
        request.onFile?.(++done, total);
    }
    let contextFiles = 0;
    for (const f of contextList) {
        if (read(f.abs, f.display, true))
            contextFiles++;
        request.onFile?.(++done, total);
    }
    const rulesStart = performance.now();
    const model = new Model(out.objects, { yaml: parseYamlValue });
    const syntax = out.problems.map((p) => ({
        file: p.file,
        documentIndex: p.documentIndex,
        range: p.file.range(p.start, p.end),
        code: p.code,
        message: p.message,
    }));
    const directives = out.files.map((f) => ({
        file: f.file,
        directives: f.directives,
        range: (a, b) => f.file.range(a, b),
    }));
    const { findings, internalErrors } = runRules({ rules, levels: config.levels, options: config.options, kubeVersion: config.kubeVersion }, { objects: out.objects, model, syntax, directives });
    const traced = traceToCharts(withoutPlaceholderFindings(findings, out.objects), out.objects, { cwd, chartDirs, valuesFiles });
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let suppressed = 0;
    for (const f of traced) {
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
    };
    const timings = { read: readTime, parse: parseTime, rules: performance.now() - rulesStart };
    return { findings: traced, stats, missing, fileProblems: skipped, internalErrors, timings };
}
/**
 * Findings about the placeholders of unrendered templates are about the template's syntax, not the
 * manifest (a `${REPLICAS}` that is not an integer): the ones whose range lies within a value that
 * holds a placeholder are dropped. The `unrendered-template` finding says once that there were
 * placeholders.
 */
function withoutPlaceholderFindings(findings, objects) {
    const spans = new Map();
    const seen = new Set();
    for (const o of objects) {
        const t = o.doc.template;
        if (!t || seen.has(o.doc))
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
    const kinds = new Set(MODEL_KINDS);
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
