/**
 * The files behind built objects, read once per run with positions: kustomization files, patch
 * files (and patches written inside a kustomization), generator env files, and the resource files
 * whose documents the objects come from. Each has one SourceFileRef with its context flag, and
 * its suppression comments are collected, so that a finding that lands in it can be suppressed
 * there.
 */
import fs from 'node:fs';
import { displayPath } from '../source/inputs.js';
import { emptyStats, LineIndex, loadInput, parseDirectives, readYamlStream, SourceFile } from '../source/index.js';
import { valueAt } from '../util/paths.js';
export class SourceRegistry {
    options;
    texts = new Map();
    yaml = new Map();
    resources = new Map();
    files = [];
    constructor(options) {
        this.options = options;
    }
    display(abs) {
        return displayPath(abs, this.options.cwd);
    }
    /** A file read as text (undefined when it cannot be read). */
    text(abs) {
        let t = this.texts.get(abs);
        if (t === undefined) {
            try {
                const text = fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
                const file = new SourceFile(this.display(abs), text, this.options.isContext(abs));
                t = { file, text };
                if (!this.options.hasDirectives(abs))
                    this.files.push({ file, directives: text.includes('srcip-lint') ? parseDirectives(text) : [] });
            }
            catch {
                t = null;
            }
            this.texts.set(abs, t);
        }
        return t ?? undefined;
    }
    /** A YAML file read with positions (undefined when it cannot be read). */
    yamlFile(abs) {
        let y = this.yaml.get(abs);
        if (y === undefined) {
            const t = this.text(abs);
            y = t ? { file: t.file, docs: readYamlStream(t.text), range: (a, b) => t.file.range(a, b), slice: (a, b) => t.text.slice(a, b) } : null;
            this.yaml.set(abs, y);
        }
        return y ?? undefined;
    }
    /**
     * Text written inside a YAML file (a patch in a kustomization) as its own YAML stream, positions
     * mapped back to the file: a block scalar line for line (its indentation added back), any other
     * scalar as a whole.
     */
    embedded(abs, doc, path) {
        const key = `${abs}\u0000${JSON.stringify(path)}`;
        if (this.embeddedTexts.has(key))
            return this.embeddedTexts.get(key);
        const text = this.readEmbedded(abs, doc, path);
        this.embeddedTexts.set(key, text);
        return text;
    }
    embeddedTexts = new Map();
    readEmbedded(abs, doc, path) {
        const host = this.yamlFile(abs);
        const t = this.text(abs);
        const span = doc.valueSpan(path);
        const value = valueAt(doc.value, path);
        if (!host || !t || !span || typeof value !== 'string')
            return undefined;
        const docs = readYamlStream(value);
        const toFile = embeddedOffsets(t.text, span, value);
        return {
            file: t.file,
            docs,
            range: (a, b) => {
                const s = toFile(a);
                return t.file.range(s, Math.max(s, toFile(b)));
            },
            slice: (a, b) => value.slice(a, b),
        };
    }
    /** The objects of a resource file: as read from the inputs, or read now (not counted as an input). */
    objects(abs) {
        const input = this.options.inputObjects(abs);
        if (input)
            return input;
        let objects = this.resources.get(abs);
        if (!objects) {
            const t = this.text(abs);
            const out = { files: [], objects: [], problems: [], stats: emptyStats() };
            if (t)
                loadInput({ path: t.file.path, content: t.text, context: t.file.context }, this.options.load, out);
            objects = out.objects;
            this.resources.set(abs, objects);
        }
        return objects;
    }
    /** Suppression comments of the files read here (not those read as inputs: the run has them). */
    directives() {
        return this.files.map((f) => ({ file: f.file, directives: f.directives, range: (a, b) => f.file.range(a, b) }));
    }
}
/**
 * Offsets in the value of a scalar → offsets in the file. `span` is the scalar's node in the file
 * (a block scalar starts at its `|` or `>` header).
 */
function embeddedOffsets(text, span, value) {
    const [start, end] = span;
    const header = text.charAt(start);
    if (header !== '|' && header !== '>') {
        // A quoted or plain scalar: exact on one line without escapes, else the whole scalar.
        const raw = text.slice(start, end);
        const quoted = raw.startsWith('"') || raw.startsWith("'");
        const inner = quoted ? raw.slice(1, -1) : raw;
        if (inner === value)
            return (o) => start + (quoted ? 1 : 0) + Math.min(Math.max(o, 0), value.length);
        return (o) => (o <= 0 ? start : end);
    }
    // A block scalar: content lines follow the header line, indented by the first content line's indentation.
    const firstLine = text.indexOf('\n', start) + 1;
    const lines = [];
    let indent = -1;
    for (let at = firstLine; at > 0 && at < end;) {
        const nl = text.indexOf('\n', at);
        const lineEnd = nl < 0 ? text.length : nl;
        const line = text.slice(at, lineEnd);
        if (indent < 0 && line.trim() !== '')
            indent = line.length - line.trimStart().length;
        lines.push(at);
        at = nl < 0 ? -1 : nl + 1;
    }
    const valueLines = new LineIndex(value);
    return (o) => {
        const pos = valueLines.position(Math.min(Math.max(o, 0), value.length));
        const lineStart = lines[pos.line - 1];
        if (lineStart === undefined)
            return end;
        return lineStart + Math.max(indent, 0) + pos.column - 1;
    };
}
