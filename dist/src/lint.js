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
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
export function lint(request) {
    const cwd = path.resolve(request.cwd ?? process.cwd());
    const rules = request.rules ?? allRules;
    const config = request.config ?? defaultConfig(rules, cwd);
    const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const fast = request.fastPaths !== false;
    const loadOptions = { defaultNamespace: config.namespace, fullKinds: fast ? fullKinds(rules, config.levels) : 'all', fast };
    const out = { files: [], objects: [], problems: [], stats: emptyStats() };
    const fileProblems = [];
    const missing = [];
    const expandOptions = { cwd, ignore: config.ignore, ignoreBase: config.baseDir };
    const targets = request.files && request.files.length > 0 ? expandPaths(request.files, expandOptions) : undefined;
    const focus = new Set(targets?.files.map((f) => f.abs) ?? []);
    const contextPatterns = [...config.context.map((g) => path.resolve(config.baseDir, g)), ...(request.context ?? [])];
    const contexts = contextPatterns.length > 0 ? expandPaths(contextPatterns, expandOptions) : undefined;
    if (targets) {
        missing.push(...targets.missing);
        fileProblems.push(...targets.problems.map((p) => ({ ...p, kind: 'io' })));
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
        fileProblems.push(...contexts.problems.map((p) => ({ ...p, kind: 'io' })));
    }
    let readTime = 0;
    let parseTime = 0;
    const read = (abs, display, context) => {
        const t0 = performance.now();
        let content;
        let fd;
        try {
            fd = fs.openSync(abs, 'r');
            const size = fs.fstatSync(fd).size;
            if (size > maxFileSize) {
                fileProblems.push({ path: display, message: `skipped: ${size} bytes is more than --max-file-size ${maxFileSize}`, kind: 'size' });
                return false;
            }
            content = readAll(fd, size);
        }
        catch (e) {
            fileProblems.push({ path: display, message: describeError(e), kind: 'io' });
            return false;
        }
        finally {
            if (fd !== undefined)
                fs.closeSync(fd);
        }
        const t1 = performance.now();
        loadInput({ path: display, content, context }, loadOptions, out);
        readTime += t1 - t0;
        parseTime += performance.now() - t1;
        return true;
    };
    for (const text of request.texts ?? []) {
        loadInput({ path: text.path, content: text.text, context: false }, loadOptions, out);
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
    const traced = traceToCharts(findings, out.objects, { cwd, chartDirs, valuesFiles });
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
        skippedFiles: fileProblems.length,
    };
    const timings = { read: readTime, parse: parseTime, rules: performance.now() - rulesStart };
    return { findings: traced, stats, missing, fileProblems, internalErrors, timings };
}
/** Reads an open file of a known size (one fstat, not two); copes with files that change size. */
function readAll(fd, size) {
    let buf = Buffer.allocUnsafe(Math.max(size, 1));
    let length = 0;
    for (;;) {
        if (length === buf.length) {
            const bigger = Buffer.allocUnsafe(buf.length * 2);
            buf.copy(bigger, 0, 0, length);
            buf = bigger;
        }
        const n = fs.readSync(fd, buf, length, buf.length - length, null);
        if (n === 0)
            return buf.subarray(0, length);
        length += n;
    }
}
function isDirectory(p) {
    try {
        return fs.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(p) {
    try {
        return fs.statSync(p).isFile();
    }
    catch {
        return false;
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
