/** Documents and files of a run, with positions computed only when a finding needs them. */
import { LineIndex } from './lines.js';
import { fastProbe, PROBE_LIMIT } from './fast-parse.js';
import { exactSpan, locateInDocument } from './locate.js';
import { parseWithYaml } from './yaml-parse.js';
import { blockScalarMapping } from './block-scalar.js';
export class SourceFile {
    path;
    text;
    context;
    lineIndex;
    constructor(path, text, context) {
        this.path = path;
        this.text = text;
        this.context = context;
    }
    get lines() {
        this.lineIndex ??= new LineIndex(this.text);
        return this.lineIndex;
    }
    /** Range of absolute offsets `[start, end)` in this file (clamped to the text). */
    range(start, end) {
        const len = this.text.length;
        const s = Math.min(Math.max(start, 0), len);
        const a = this.lines.position(s);
        const b = this.lines.position(Math.min(Math.max(end, s), len));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}
export class SourceDocument {
    file;
    index;
    helmSource;
    start;
    end;
    ordinal;
    body;
    parsed;
    probes = 0;
    /**
     * Ranges already computed, by path: related locations ask for the same paths again and again.
     * Made on the first lookup: most documents never get one, and an empty Map is ~180 bytes.
     */
    ranges;
    /** The document's placeholders, when it is an unrendered template (set by the loader). */
    template;
    /**
     * @param start,end the document's segment in the file (what the full parser reads)
     * @param ordinal which document of the segment this is (almost always 0)
     * @param parsed the full parse, when the document already went through it
     * @param body the document's body, when the fast parser reads it (positions then come from a
     *   fast probe; the full parser is the fallback)
     */
    constructor(file, index, helmSource, start, end, ordinal, parsed, body) {
        this.file = file;
        this.index = index;
        this.helmSource = helmSource;
        this.start = start;
        this.end = end;
        this.ordinal = ordinal;
        this.body = body;
        this.parsed = parsed;
    }
    locate(path, rootDepth = 0) {
        const key = JSON.stringify([rootDepth, ...path]);
        this.ranges ??= new Map();
        let range = this.ranges.get(key);
        if (!range) {
            range = this.compute(path, rootDepth);
            this.ranges.set(key, range);
        }
        return range;
    }
    compute(path, rootDepth) {
        const probe = this.probe(path, rootDepth);
        if (probe)
            return this.file.range(probe.span[0], probe.span[1]);
        const parsed = this.yaml();
        if (!parsed)
            return this.file.range(this.start, this.start);
        const [a, b] = locateInDocument(parsed.doc, parsed.text, path, rootDepth);
        return this.file.range(parsed.base + a, parsed.base + b);
    }
    sourceText(path) {
        const probe = this.probe(path, 0);
        if (probe?.exact && probe.value)
            return this.file.text.slice(probe.value[0], probe.value[1]);
        const parsed = this.yaml();
        if (!parsed)
            return undefined;
        const span = exactSpan(parsed.doc, path);
        return span ? parsed.text.slice(span[0], span[1]) : undefined;
    }
    embeddedRange(path, text, within) {
        const span = this.valueOffsets(path);
        if (!span)
            return undefined;
        const from = this.file.text.lastIndexOf('\n', span[0] - 1) + 1;
        const lines = this.file.text.slice(from, span[1]).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
        const mapping = blockScalarMapping(lines, 1, text);
        if (!mapping)
            return undefined;
        const shift = this.file.range(from, from).line + mapping.firstLine - 2;
        return { file: this.file, range: { line: within.line + shift, column: within.column + mapping.indent, endLine: within.endLine + shift, endColumn: within.endColumn + mapping.indent } };
    }
    /** File offsets of the value node at exactly `path`. */
    valueOffsets(path) {
        const probe = this.probe(path, 0);
        if (probe?.exact && probe.value)
            return probe.value;
        const parsed = this.yaml();
        const span = parsed ? exactSpan(parsed.doc, path) : undefined;
        return parsed && span ? [parsed.base + span[0], parsed.base + span[1]] : undefined;
    }
    probe(path, rootDepth) {
        if (!this.body || this.parsed || ++this.probes > PROBE_LIMIT)
            return undefined;
        return fastProbe(this.file.text, this.body.start, this.body.end, path, rootDepth);
    }
    yaml() {
        this.parsed ??= parseWithYaml(this.file.text, this.start, this.end)[this.ordinal];
        return this.parsed;
    }
}
