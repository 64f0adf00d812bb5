/** The source layer's public surface: the only importer of `yaml` is below this folder. */
import { LineIndex } from './lines.js';
import { EMPTY_DOCUMENT, fastParse, fastProbe, PROBE_LIMIT } from './fast-parse.js';
import { exactSpan, locateInDocument } from './locate.js';
import { parseWithYaml } from './yaml-parse.js';
import { hasPath } from '../util/paths.js';
export { emptyStats, loadInput, loadInputs } from './load.js';
export { SourceFile } from './document.js';
export { LineIndex } from './lines.js';
export { resolvePlain } from './scalar.js';
export { parseDirectives } from './directives.js';
/** Parses a configuration file (one YAML document, Kubernetes scalar rules). */
export function readConfigYaml(text) {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const lines = new LineIndex(clean);
    const docs = parseWithYaml(clean);
    const doc = docs[0];
    if (docs.length > 1) {
        const second = docs[1];
        const pos = lines.position(second.base + (second.doc.range?.[0] ?? 0));
        return { value: undefined, error: { message: 'the configuration must be a single YAML document', ...pos }, doc, lines };
    }
    const err = doc?.errors[0];
    if (err) {
        const pos = lines.position(err.start);
        return { value: undefined, error: { message: `${err.message} (${err.code})`, line: pos.line, column: pos.column }, doc, lines };
    }
    return { value: doc && !doc.empty ? doc.value : undefined, error: undefined, doc, lines };
}
/** 1-based position of a path in a parsed configuration (nearest existing ancestor). */
export function locateConfigPath(parsed, path) {
    if (!parsed.doc)
        return { line: 1, column: 1 };
    const [start] = locateInDocument(parsed.doc.doc, parsed.doc.text, path, -1);
    return parsed.lines.position(parsed.doc.base + start);
}
/** Parses one embedded YAML document (a proxy's config file in a ConfigMap); undefined when invalid. */
export function parseYamlValue(text) {
    const docs = parseWithYaml(text);
    const doc = docs[0];
    if (docs.length !== 1 || !doc || doc.errors.length > 0)
        return undefined;
    return doc.value;
}
/** Reads one YAML document with positions; never throws. */
export function readYamlFile(text) {
    const parsed = readConfigYaml(text);
    return yamlView(parsed.error ? undefined : parsed.value, parsed.error?.message, parsed.doc, parsed.lines);
}
/**
 * Reads every document of a YAML stream with positions (a helmfile, a values file of several
 * documents); positions are the text's. Never throws; an empty stream gives no views.
 */
export function readYamlDocuments(text) {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const lines = new LineIndex(clean);
    return readYamlStream(clean)
        .filter((d) => !d.empty)
        .map((d) => {
        const value = d.error === undefined ? d.value : undefined;
        return {
            value,
            error: d.error,
            has: (p) => hasPath(value, p),
            locate(p) {
                const span = hasPath(value, p) ? d.pairSpan(p) : undefined;
                if (!span)
                    return undefined;
                const s = lines.position(span[0]);
                const e = lines.position(Math.max(span[0], span[1]));
                return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
            },
            sourceText(p) {
                const span = hasPath(value, p) ? d.valueSpan(p) : undefined;
                return span ? clean.slice(span[0], span[1]) : undefined;
            },
        };
    });
}
function yamlView(value, error, doc, lines) {
    const has = (path) => hasPath(value, path);
    return {
        value,
        error,
        has,
        locate(path) {
            if (!doc || !has(path))
                return undefined;
            const [a, b] = locateInDocument(doc.doc, doc.text, path, -1);
            const s = lines.position(doc.base + a);
            const e = lines.position(doc.base + Math.max(a, b));
            return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
        },
        sourceText(path) {
            if (!doc || !has(path))
                return undefined;
            const span = exactSpan(doc.doc, path);
            return span ? doc.text.slice(span[0], span[1]) : undefined;
        },
    };
}
/**
 * Reads every document of a YAML stream with positions; never throws. A one-document text in the
 * fast parser's subset is read by it, and its positions come from fast probes (the full parser
 * only for what a probe does not give: the span of a block scalar).
 */
export function readYamlStream(text) {
    if (!/^(---|\.\.\.)/m.test(text)) {
        const value = fastParse(text);
        if (value !== undefined && value !== EMPTY_DOCUMENT)
            return [fastStreamDoc(text, value)];
    }
    return fullStream(text);
}
function fastStreamDoc(text, value) {
    let full;
    const slow = () => (full ??= fullStream(text)[0]);
    let probes = 0;
    // Past the limit the full parse (made once) answers: each probe re-reads the whole text.
    const probe = (path) => (full || ++probes > PROBE_LIMIT ? undefined : fastProbe(text, 0, text.length, path, 0));
    return {
        value,
        error: undefined,
        empty: false,
        pairSpan: (path) => {
            const p = probe(path);
            if (!p)
                return slow().pairSpan(path);
            return p.exact && path.length > 0 ? p.span : path.length === 0 ? slow().pairSpan(path) : undefined;
        },
        valueSpan: (path) => {
            const p = probe(path);
            return p?.exact && p.value ? p.value : slow().valueSpan(path);
        },
        closestSpan: (path) => probe(path)?.span ?? slow().closestSpan(path),
    };
}
function fullStream(text) {
    return parseWithYaml(text).map((d) => {
        const has = (path) => exactSpan(d.doc, path) !== undefined;
        const shift = (span) => [d.base + span[0], d.base + span[1]];
        return {
            value: d.value,
            error: d.errors[0] ? `${d.errors[0].message} (${d.errors[0].code})` : undefined,
            empty: d.empty,
            pairSpan: (path) => (has(path) ? shift(locateInDocument(d.doc, d.text, path, -1)) : undefined),
            valueSpan: (path) => {
                const span = exactSpan(d.doc, path);
                return span ? shift(span) : undefined;
            },
            closestSpan: (path) => shift(locateInDocument(d.doc, d.text, path, 0)),
        };
    });
}
/**
 * Where paths lie in YAML text (its first document): the range of the pair at exactly the path,
 * in lines and columns of the text. Read once, asked many times.
 */
export function yamlTextLocator(text) {
    const view = readYamlDocuments(text)[0];
    return (path) => view?.locate(path);
}
/**
 * The value of a YAML file that should hold one document (a kustomization), read with the fast
 * parser when the text is plain block YAML, else with the full one. `documents`: how many non-empty
 * documents it holds; `error`: the first YAML error.
 */
export function readYamlValue(text) {
    if (!/^(---|\.\.\.)/m.test(text)) {
        const value = fastParse(text);
        if (value === EMPTY_DOCUMENT)
            return { value: undefined, error: undefined, documents: 0 };
        if (value !== undefined)
            return { value, error: undefined, documents: 1 };
    }
    // The fast parser declined (or the text has several documents): the full parser.
    const docs = fullStream(text).filter((d) => !d.empty);
    return { value: docs[0]?.value, error: docs.find((d) => d.error !== undefined)?.error, documents: docs.length };
}
