/**
 * Text → documents → Kubernetes objects, accounting for every document.
 *
 * Each document of a stream is read by the cheapest means that is exact for it:
 * - documents of kinds no enabled rule reads (CRDs, RBAC, ...) have only `metadata` read;
 * - the rest go through the fast block-YAML parser (`fast-parse.ts`);
 * - anything the fast parser does not take, and every document with an error, goes through
 *   the full parser (`yaml-parse.ts`), which reports syntax errors with positions.
 * Positions are computed only for documents that get a finding.
 */
import { isAscii } from 'node:buffer';
import { isClusterScoped } from '../k8s/kinds.js';
import { parseDirectives } from './directives.js';
import { SourceDocument, SourceFile } from './document.js';
import { EMPTY_DOCUMENT, fastParse } from './fast-parse.js';
import { skimValid } from './skim.js';
import { isBlank, splitDocuments } from './split.js';
import { findPlaceholders, maskTemplate, mayHoldTemplateTokens, PLACEHOLDER_GATE, scanTemplateTokens } from './template.js';
import { parseWithYaml } from './yaml-parse.js';
/**
 * YAML errors listed per document: past the first ones they mostly follow from them (a Go template
 * read as YAML gives hundreds); the rest are counted in one more finding.
 */
export const MAX_ERRORS_PER_DOCUMENT = 20;
export function emptyStats() {
    return {
        files: 0,
        bytes: 0,
        documents: 0,
        emptyDocuments: 0,
        kubernetesDocuments: 0,
        objects: 0,
        metadataOnlyObjects: 0,
        skippedDocuments: 0,
        skippedItems: 0,
        yamlErrors: 0,
        unreadableDocuments: 0,
    };
}
export function loadInputs(inputs, options) {
    const result = { files: [], objects: [], problems: [], stats: emptyStats() };
    for (const input of inputs)
        loadInput(input, options, result);
    return result;
}
/**
 * Reads one input into `out`. Returns why when the input was not taken after all: a file that is
 * not a manifest (see `skipIfNotKubernetes`), or an unrendered template throughout (a Go template
 * outside a chart, or a Jinja template that is not YAML until rendered). Its documents and errors
 * are then not in `out`, and it is not counted in `files`.
 */
export function loadInput(input, options, out) {
    const before = { stats: { ...out.stats }, problems: out.problems.length, objects: out.objects.length, files: out.files.length };
    out.stats.files++;
    const decoded = decode(input.content);
    out.stats.bytes += decoded.bytes;
    const file = new SourceFile(input.path, decoded.text, input.context);
    const mentionsUs = decoded.text.includes('srcip-lint');
    out.files.push({ file, directives: mentionsUs ? parseDirectives(decoded.text) : [] });
    if (decoded.problem) {
        out.stats.documents++;
        out.stats.yamlErrors++;
        out.stats.unreadableDocuments++;
        out.problems.push({ file, documentIndex: 0, ...decoded.problem });
        return undefined;
    }
    const loader = new FileLoader(file, options, out, mentionsUs);
    loader.load();
    let skip;
    const failed = out.problems.length > before.problems || loader.template !== undefined;
    if (input.skipIfNotKubernetes && failed && !looksLikeKubernetes(decoded.text)) {
        const first = out.problems[before.problems];
        const why = first ? `${first.code} on line ${file.lines.position(first.start).line}` : loader.template?.what ?? 'a template';
        skip = { reason: 'not-kubernetes', message: `skipped: not a Kubernetes manifest (no apiVersion and kind keys), and not YAML or JSON that kubectl and kustomize read (${why})` };
    }
    else if (loader.template) {
        skip = { reason: 'template', message: `skipped: an unrendered template (${loader.template.what}): not YAML until it is rendered; lint what it renders` };
    }
    if (!skip)
        return undefined;
    Object.assign(out.stats, before.stats, { bytes: out.stats.bytes });
    out.problems.length = before.problems;
    out.objects.length = before.objects;
    out.files.length = before.files;
    return skip;
}
/** An `apiVersion` key and a `kind` key, in block YAML, flow YAML or JSON. */
const API_VERSION_KEY = /(?:^|[\s{,])["']?apiVersion["']?[ \t]*:/m;
const KIND_KEY = /(?:^|[\s{,])["']?kind["']?[ \t]*:/m;
/** Whether a text shows signs of holding Kubernetes objects: both an apiVersion and a kind key. */
export function looksLikeKubernetes(text) {
    return API_VERSION_KEY.test(text) && KIND_KEY.test(text);
}
function decode(content) {
    if (typeof content === 'string') {
        const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
        return { text, bytes: Buffer.byteLength(content) };
    }
    const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (isAscii(buf)) {
        // Most manifests are ASCII: one fast check, and a one-byte string without UTF-8 decoding.
        if (buf.indexOf(0) < 0)
            return { text: buf.toString('latin1'), bytes: buf.byteLength };
    }
    const nul = buf.indexOf(0);
    let decoded;
    if (nul < 0) {
        try {
            decoded = UTF8.decode(buf);
        }
        catch {
            decoded = undefined;
        }
    }
    if (decoded === undefined) {
        const text = buf.toString('utf8');
        const at = nul >= 0 ? text.indexOf('\0') : text.indexOf('\uFFFD');
        const where = Math.max(at, 0);
        return {
            text,
            bytes: buf.byteLength,
            problem: {
                start: where,
                end: where + 1,
                code: nul >= 0 ? 'BINARY' : 'INVALID_UTF8',
                message: nul >= 0
                    ? 'The file holds NUL bytes: it is binary, not YAML; it was not read'
                    : 'The file is not valid UTF-8, which YAML requires; it was not read',
            },
        };
    }
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    return { text, bytes: buf.byteLength };
}
/** Strict UTF-8 (invalid bytes throw); keeps a BOM so that we can strip it ourselves. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const KIND_LINE = /^kind:[ \t]*(?:"([A-Za-z0-9]+)"|'([A-Za-z0-9]+)'|([A-Za-z0-9]+))[ \t]*(?:#[^\n]*)?\r?$/gm;
const API_VERSION_LINE = /^apiVersion:[ \t]*(?:"([\w./-]+)"|'([\w./-]+)'|([\w./-]+))[ \t]*(?:#[^\n]*)?\r?$/gm;
const METADATA_LINE = /^metadata:[ \t]*(?:#[^\n]*)?\r?$/gm;
const TOP_LEVEL_LINE = /^[^ \t\r\n#-]/gm;
class FileLoader {
    file;
    options;
    out;
    mentionsUs;
    docIndex = 0;
    /** Set when the file is an unrendered template throughout: what kind (the file is then skipped). */
    template;
    /** @param mentionsUs the text contains "srcip-lint" (suppressions may be in it) */
    constructor(file, options, out, mentionsUs) {
        this.file = file;
        this.options = options;
        this.out = out;
        this.mentionsUs = mentionsUs;
    }
    load() {
        const text = this.file.text;
        if (isBlank(text, 0, text.length))
            return;
        const first = firstContentChar(text);
        if ((first === 123 /* { */ || first === 91) /* [ */ && this.options.fast !== false) {
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                value = undefined;
            }
            if (value !== undefined) {
                this.addDocument(value, 0, text.length, 0, undefined, undefined);
                return;
            }
        }
        const segments = splitDocuments(text);
        if (segments === 'directives') {
            this.addYamlDocs(parseWithYaml(text), 0, text.length, undefined);
            return;
        }
        for (const seg of segments)
            this.loadSegment(seg);
    }
    loadSegment(seg) {
        if (this.template)
            return;
        const text = this.file.text;
        const helm = helmSource(text, seg);
        const fast = !seg.markerContent && this.options.fast !== false;
        // Kinds no rule reads are read by their metadata alone, placeholders and all (when the rest is valid YAML).
        if (fast && this.options.fullKinds !== 'all' && this.tryMetadataOnly(seg, helm))
            return;
        if (fast) {
            const value = fastParse(text, seg.bodyStart, seg.bodyEnd);
            if (value === EMPTY_DOCUMENT) {
                this.out.stats.emptyDocuments++;
                this.docIndex++;
                return;
            }
            if (value !== undefined) {
                this.addDocument(value, seg.start, seg.end, 0, helm, undefined, { start: seg.bodyStart, end: seg.bodyEnd });
                return;
            }
        }
        // Template tokens that shape the document break the block-YAML subset the fast parser reads (a
        // `{` or `{%` where a node starts), so it declines those documents: they are looked for only
        // here, and a document the fast parser read (with `{{` inside its strings) is not scanned.
        if (mayHoldTemplateTokens(text, seg.bodyStart, seg.bodyEnd)) {
            const tokens = scanTemplateTokens(text, seg.bodyStart, seg.bodyEnd);
            const go = tokens.find((t) => t.go);
            if (go) {
                this.template = { what: `a Go template such as Helm's, ${this.tokenAt(go)}` };
                return;
            }
            if (tokens.some((t) => t.structural)) {
                this.loadMasked(seg, helm, tokens);
                return;
            }
        }
        this.addYamlDocs(parseWithYaml(text, seg.start, seg.end), seg.start, seg.end, helm);
    }
    /** `{{ .Values.x }} on line 12`: a token as written (clipped), and where. */
    tokenAt(t) {
        const written = this.file.text.slice(t.start, t.end);
        return `${written.length > 40 ? `${written.slice(0, 37)}...` : written} on line ${this.file.lines.position(t.start).line}`;
    }
    /**
     * A document with template tokens where YAML nodes start: parsed with them masked. When it still
     * is not YAML, the file is a template throughout. A key repeated in a document with template
     * statements is the two branches of an `{% if %}`, not a duplicate (yaml-parse.ts).
     */
    loadMasked(seg, helm, tokens) {
        const text = this.file.text;
        const branches = tokens.some((t) => t.statement);
        const docs = parseWithYaml(text, seg.start, seg.end, { source: maskTemplate(text, seg.start, seg.end, tokens), branches });
        const broken = docs.find((d) => d.errors.length > 0);
        if (broken) {
            const first = tokens[0];
            this.template = { what: `${this.tokenAt(first)}, and YAML errors once its tokens are set aside` };
            return;
        }
        this.addYamlDocs(docs, seg.start, seg.end, helm, tokens);
    }
    addYamlDocs(docs, start, end, helm, tokens) {
        docs.forEach((d, ordinal) => {
            if (d.errors.length > 0) {
                this.out.stats.yamlErrors++;
                for (const { first, ...e } of d.errors.slice(0, MAX_ERRORS_PER_DOCUMENT)) {
                    const message = first === undefined ? e.message : `${e.message} (first on line ${this.file.lines.position(first).line})`;
                    this.out.problems.push({ file: this.file, documentIndex: this.docIndex, ...e, message });
                }
                const more = d.errors.length - MAX_ERRORS_PER_DOCUMENT;
                const next = d.errors[MAX_ERRORS_PER_DOCUMENT];
                if (more > 0 && next) {
                    this.out.problems.push({
                        file: this.file,
                        documentIndex: this.docIndex,
                        code: 'MORE_ERRORS',
                        message: `${more} more YAML ${more === 1 ? 'error' : 'errors'} in this document ${more === 1 ? 'is' : 'are'} not listed (a template rather than YAML?)`,
                        start: next.start,
                        end: next.end,
                    });
                }
            }
            if (d.empty) {
                this.out.stats.emptyDocuments++;
                this.docIndex++;
                return;
            }
            if (d.value === undefined) {
                this.out.stats.documents++;
                this.out.stats.unreadableDocuments++;
                this.docIndex++;
                return;
            }
            this.addDocument(d.value, start, end, ordinal, helm, d, undefined, tokens);
        });
    }
    /**
     * Documents of a kind no enabled rule reads: read `metadata` alone, when the document is a
     * plain block mapping whose `kind`, `apiVersion` and `metadata` keys can be found by line.
     */
    tryMetadataOnly(seg, helm) {
        const text = this.file.text;
        const body = text.slice(seg.bodyStart, seg.bodyEnd);
        const kind = findLine(KIND_LINE, body);
        if (!kind || this.options.fullKinds.has(kind) || kind.endsWith('List'))
            return false;
        const apiVersion = findLine(API_VERSION_LINE, body);
        if (!apiVersion || (this.mentionsUs && body.includes('srcip-lint')))
            return false;
        // Reading `metadata` alone must not hide a YAML error elsewhere: only skim-valid documents.
        if (!skimValid(text, seg.bodyStart, seg.bodyEnd))
            return false;
        METADATA_LINE.lastIndex = 0;
        const meta = METADATA_LINE.exec(body);
        if (!meta)
            return false;
        TOP_LEVEL_LINE.lastIndex = meta.index + meta[0].length;
        const next = TOP_LEVEL_LINE.exec(body);
        const sectionEnd = next ? next.index : body.length;
        const section = fastParse(text, seg.bodyStart + meta.index, seg.bodyStart + sectionEnd);
        if (section === undefined || section === EMPTY_DOCUMENT)
            return false;
        const metadata = section['metadata'];
        const raw = { apiVersion, kind, metadata };
        this.out.stats.documents++;
        this.out.stats.kubernetesDocuments++;
        const doc = new SourceDocument(this.file, this.docIndex++, helm, seg.start, seg.end, 0, undefined, { start: seg.bodyStart, end: seg.bodyEnd });
        this.addObject(raw, doc, [], true);
        return true;
    }
    addDocument(value, start, end, ordinal, helm, parsed, body, tokens) {
        this.out.stats.documents++;
        const doc = new SourceDocument(this.file, this.docIndex++, helm, start, end, ordinal, parsed, body);
        if (this.searchesPlaceholders(value) && (tokens || PLACEHOLDER_GATE.test(this.file.text.slice(start, end))))
            this.markTemplate(doc, value, tokens ?? []);
        if (!isTyped(value)) {
            this.out.stats.skippedDocuments++;
            return;
        }
        this.out.stats.kubernetesDocuments++;
        const items = value['items'];
        if (value['kind'].endsWith('List') && Array.isArray(items)) {
            items.forEach((item, i) => {
                if (isTyped(item))
                    this.addObject(item, doc, ['items', i], false);
                else
                    this.out.stats.skippedItems++;
            });
            return;
        }
        this.addObject(value, doc, [], false);
    }
    searchesPlaceholders(value) {
        const kinds = this.options.placeholderKinds ?? 'all';
        if (kinds === 'all')
            return true;
        const kind = isTyped(value) ? value.kind : undefined;
        return kind !== undefined && (kinds.has(kind) || kind.endsWith('List'));
    }
    /** Notes the document's placeholders, if it has any (`template.ts`). */
    markTemplate(doc, value, tokens) {
        const found = findPlaceholders(value, tokens.some((t) => t.structural));
        const statements = tokens.filter((t) => t.statement);
        const count = statements.length + found.length;
        if (count === 0)
            return;
        // The first placeholder: the first value that holds one, or a statement line before it.
        const firstValue = found[0];
        let first = firstValue ? { text: firstValue.text, line: doc.locate(firstValue.path).line, path: firstValue.path } : undefined;
        const statement = statements[0];
        if (statement) {
            const line = this.file.lines.position(statement.start).line;
            if (!first || line < first.line)
                first = { text: this.file.text.slice(statement.start, statement.end), line };
        }
        const syntaxes = new Set(found.map((p) => p.syntax));
        for (const t of statements)
            syntaxes.add(this.file.text.startsWith('{{', t.start) ? '{{ }}' : '{% %}');
        doc.template = { count, syntaxes: [...syntaxes], paths: found.map((p) => p.path), first: first };
    }
    addObject(raw, doc, path, partial) {
        const meta = raw['metadata'];
        const m = meta !== null && typeof meta === 'object' && !Array.isArray(meta) ? meta : {};
        const name = typeof m['name'] === 'string' ? m['name'] : '';
        const ns = typeof m['namespace'] === 'string' && m['namespace'] !== '' ? m['namespace'] : this.options.defaultNamespace;
        this.out.stats.objects++;
        if (partial)
            this.out.stats.metadataOnlyObjects++;
        this.out.objects.push({
            apiVersion: raw.apiVersion,
            kind: raw.kind,
            name,
            namespace: isClusterScoped(raw.kind) ? '' : ns,
            raw,
            doc,
            path,
            partial,
        });
    }
}
function isTyped(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return false;
    const o = v;
    return typeof o['kind'] === 'string' && o['kind'] !== '' && typeof o['apiVersion'] === 'string' && o['apiVersion'] !== '';
}
/**
 * The value of the first top-level `key: value` line. (A repeated key in a document read this way
 * goes unreported: only documents no rule reads take this path.)
 */
function findLine(re, body) {
    re.lastIndex = 0;
    const m = re.exec(body);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
/** The `# Source:` comment among the comment lines that open a Helm-rendered document. */
function helmSource(text, seg) {
    let i = seg.bodyStart;
    while (i < seg.bodyEnd) {
        const nl = text.indexOf('\n', i);
        const eol = nl < 0 || nl > seg.bodyEnd ? seg.bodyEnd : nl;
        if (text.startsWith('# Source: ', i))
            return text.slice(i + 10, eol).trim();
        if (!isBlank(text, i, eol))
            return undefined;
        i = eol + 1;
    }
    return undefined;
}
function firstContentChar(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
            return c;
    }
    return -1;
}
