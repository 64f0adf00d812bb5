/**
 * The Helm post-pass (DESIGN.md §2): findings in documents rendered by Helm are reported at the
 * chart template line that produced them, with the values line that set them as a related
 * location, when the chart is on disk. Runs after the rules and suppressions, so fingerprints
 * (identity-based) and suppressions (decided on the rendered input) do not change. A finding that
 * cannot be traced for certain keeps its rendered position and says why in `helm.reason`; nothing
 * here throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareFindings } from '../engine/finding.js';
import { ChartFinder } from './charts.js';
import { describePath } from '../util/paths.js';
import { mapPath } from './map.js';
import { parseTemplate } from './template.js';
import { ValuesFiles } from './values.js';
/** Reports each Helm-rendered finding at its chart template line, when the chart is on disk. */
export function traceToCharts(findings, objects, options) {
    if (!findings.some((f) => f.helmSource !== undefined && f.object !== undefined))
        return [...findings];
    const tracer = new Tracer(objects, options);
    return findings.map((f) => tracer.finding(f)).sort(compareFindings);
}
class Tracer {
    options;
    byDocument = new Map();
    finder;
    values;
    templates = new Map();
    onDisk = new Map();
    constructor(objects, options) {
        this.options = options;
        for (const o of objects) {
            if (o.doc.helmSource === undefined)
                continue;
            const key = docKey(o.doc.file.path, o.doc.index);
            let list = this.byDocument.get(key);
            if (!list)
                this.byDocument.set(key, (list = []));
            list.push(o);
        }
        this.finder = new ChartFinder(options.cwd, options.chartDirs);
        this.values = new ValuesFiles(options.valuesFiles, (abs) => this.inside(abs));
    }
    finding(f) {
        if (f.helmSource === undefined || !f.object)
            return f;
        const object = this.object(f.file, f.documentIndex, f.object);
        const t = object ? this.trace(object, f.path) : { ok: false, reason: 'the object was not found', chart: undefined };
        const helm = helmTrace(f.helmSource, t);
        if (!t.ok)
            return { ...f, helm };
        // A values line reads like the finding when it is reported there (partial views: the
        // values file is linted, the rendered output only context).
        const promote = { messageId: f.messageId, text: () => ({ message: f.message, summary: f.summary ?? f.message }), demoted: `The chart template line that renders it (${f.helmSource}).` };
        const related = [
            ...t.values.map((v) => ({
                file: v.file,
                range: v.range,
                message: `Helm value ${v.key} is set here.`,
                view: { context: f.view?.context ?? false, promote },
            })),
            ...f.related.flatMap((r) => this.related(r)),
        ];
        const rendered = {
            file: f.file,
            range: { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
            inRepository: this.isOnDisk(f.file),
        };
        return { ...f, file: t.template, ...t.range, related, helm, rendered };
    }
    /**
     * A related location in a rendered object moves to its template line too; when that line does
     * not name the key itself (a toYaml block, a `{{ $key }}:` range line), the values line that
     * set the key follows it.
     */
    related(r) {
        const { object: ref, documentIndex, path } = r;
        if (!ref || documentIndex === undefined || path === undefined)
            return [r];
        const object = this.object(r.file, documentIndex, ref);
        if (!object?.doc.helmSource)
            return [r];
        const t = this.trace(object, path);
        // How it was traced goes with it, for when the location becomes the finding's primary.
        const view = r.view && { ...r.view, helm: helmTrace(object.doc.helmSource, t) };
        if (!t.ok)
            return [{ ...r, ...(view ? { view } : {}) }];
        const rendered = { file: r.file, range: r.range, inRepository: this.isOnDisk(r.file) };
        return [
            { ...r, file: t.template, range: t.range, rendered, ...(view ? { view } : {}) },
            ...(t.hit.named ? [] : t.values).map((v) => ({
                file: v.file,
                range: v.range,
                message: `${withoutPeriod(r.message)} (Helm value ${v.key} is set here).`,
                object: ref,
                documentIndex,
                path,
                ...(view ? { view } : {}),
            })),
        ];
    }
    object(file, documentIndex, ref) {
        const list = this.byDocument.get(docKey(file, documentIndex)) ?? [];
        return list.find((o) => o.kind === ref.kind && o.name === ref.name && o.namespace === ref.namespace && o.apiVersion === ref.apiVersion);
    }
    trace(object, findingPath) {
        const source = object.doc.helmSource;
        try {
            if (object.path.length > 0)
                return { ok: false, reason: 'objects inside a List are not traced to their template', chart: undefined };
            const input = path.resolve(this.options.cwd, object.doc.file.path);
            const chart = this.finder.find(source, input);
            if (!chart.ok)
                return chart;
            const chartDir = this.finder.display(chart.chain.at(-1).dir);
            const template = this.inside(chart.template);
            if (template === undefined) {
                return { ok: false, reason: `the chart ${chartDir} is outside the working directory, where reports cannot point`, chart: chartDir };
            }
            const parsed = this.template(chart.template);
            const valuesChain = this.values.chain(chart.chain);
            const mapped = mapPath({ template: parsed, root: object.raw, path: findingPath, valuesAt: (p) => valuesChain.at(p) });
            if (!mapped.ok)
                return { ok: false, reason: mapped.reason, chart: chartDir };
            const hit = mapped.hit;
            const line = parsed.lines[hit.line - 1] ?? '';
            const range = { line: hit.line, column: hit.col + 1, endLine: hit.line, endColumn: Math.max(hit.col + 1, Math.min(hit.endCol, line.length) + 1) };
            // A values line is named only when what it sets is what was rendered: values given with
            // --set, or files not passed with --values, would otherwise send the user to a wrong line.
            const rendered = dig(object.raw, hit.target);
            const values = hit.values
                .filter((ref) => agrees(valuesChain.at(ref.path), rendered, ref.ranged))
                .map((ref) => valuesChain.where(ref.path))
                .filter((v) => v !== undefined);
            return { ok: true, template, range, hit, values: dedupe(values), chart: chartDir };
        }
        catch (e) {
            return { ok: false, reason: `internal error while tracing to the chart: ${e instanceof Error ? e.message : String(e)}`, chart: undefined };
        }
    }
    template(abs) {
        let t = this.templates.get(abs);
        if (!t) {
            let text;
            try {
                text = fs.readFileSync(abs, 'utf8');
            }
            catch (e) {
                t = { sections: [], error: `cannot read it: ${e.code ?? String(e)}`, lines: [] };
            }
            t ??= parseTemplate(text?.replace(/^\uFEFF/, '') ?? '');
            this.templates.set(abs, t);
        }
        return t;
    }
    /** The path relative to the working directory, or undefined when it is outside. */
    inside(abs) {
        const rel = path.relative(this.options.cwd, abs);
        if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
            return undefined;
        return rel.split(path.sep).join('/');
    }
    isOnDisk(display) {
        let v = this.onDisk.get(display);
        if (v === undefined) {
            const abs = path.resolve(this.options.cwd, display);
            v = this.inside(abs) !== undefined && fs.existsSync(abs);
            this.onDisk.set(display, v);
        }
        return v;
    }
}
/** How a location in Helm output was traced to its chart, or why not. */
function helmTrace(source, t) {
    if (!t.ok)
        return { source, mapped: false, reason: t.reason, ...(t.chart !== undefined ? { chart: t.chart } : {}) };
    return {
        source,
        mapped: true,
        chart: t.chart,
        via: t.hit.via,
        ...(t.hit.block !== undefined ? { block: t.hit.block } : {}),
        values: t.hit.values.map((v) => describePath(v.path)),
    };
}
/**
 * Whether the known value of a values key can be what the template line rendered: a scalar must
 * appear in the rendered scalar (`--flag={{ .Values.x }}` renders more than the value); for the
 * collection a range walks, one of its keys or entries must.
 */
function agrees(known, rendered, ranged) {
    if (!known?.set)
        return false;
    const v = known.value;
    if (ranged) {
        const parts = Array.isArray(v) ? v : v !== null && typeof v === 'object' ? [...Object.keys(v), ...Object.values(v)] : [];
        if (!isScalar(rendered))
            return parts.length > 0;
        return parts.some((x) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') && String(rendered).includes(String(x)));
    }
    if (isScalar(v) && isScalar(rendered))
        return String(rendered).includes(String(v));
    if (isScalar(v) !== isScalar(rendered))
        return v === null || rendered === null;
    return true;
}
function isScalar(v) {
    return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}
function dig(value, p) {
    let cur = value;
    for (const seg of p) {
        if (Array.isArray(cur) && typeof seg === 'number')
            cur = cur[seg];
        else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur))
            cur = cur[String(seg)];
        else
            return undefined;
    }
    return cur;
}
function docKey(file, index) {
    return `${file}\u0000${index}`;
}
function dedupe(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = `${v.file}:${v.range.line}:${v.range.column}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Without trailing periods and spaces; a loop, as `/[.\s]+$/` is quadratic on a long run of them. */
function withoutPeriod(s) {
    let end = s.length;
    while (end > 0 && (s[end - 1] === '.' || /\s/.test(s[end - 1])))
        end--;
    return s.slice(0, end);
}
