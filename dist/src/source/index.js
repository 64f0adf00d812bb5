/** The source layer's public surface: the only importer of `yaml` is below this folder. */
import { LineIndex } from './lines.js';
import { exactSpan, locateInDocument } from './locate.js';
import { parseWithYaml } from './yaml-parse.js';
export { emptyStats, loadInput, loadInputs } from './load.js';
export { SourceFile } from './document.js';
export { resolvePlain } from './scalar.js';
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
    return parseWithYaml(clean)
        .filter((d) => !d.empty)
        .map((d) => {
        const err = d.errors[0];
        const message = err ? `${err.message} (${err.code}) at line ${lines.position(err.start).line}` : undefined;
        return yamlView(err ? undefined : d.value, message, d, lines);
    });
}
function yamlView(value, error, doc, lines) {
    const has = (path) => {
        let cur = value;
        for (const seg of path) {
            if (Array.isArray(cur) && typeof seg === 'number') {
                if (seg < 0 || seg >= cur.length)
                    return false;
                cur = cur[seg];
            }
            else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg))) {
                cur = cur[String(seg)];
            }
            else {
                return false;
            }
        }
        return true;
    };
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
