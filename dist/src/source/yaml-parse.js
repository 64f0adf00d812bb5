/**
 * The full YAML parser: the `yaml` package with positions, used when the fast parser bails
 * out, for syntax errors, and lazily for the positions of findings.
 *
 * Scalars are composed with the failsafe schema (everything a string) and resolved here the
 * way Kubernetes tooling resolves them (`scalar.ts`), so both parsers agree on values. Merge
 * keys (`<<`) are applied as go-yaml does. Alias expansion is bounded: a document whose aliases
 * expand to far more nodes than it holds is an alias bomb and becomes an error, not a hang.
 * Duplicate keys are found here, by the key as Kubernetes tooling reads it, with a hash set: the
 * `yaml` package's own check (`uniqueKeys`) compares each key with every earlier one, which makes
 * a mapping of 200,000 keys take minutes.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, resolveAlias, yamlLib } from './yaml-lib.js';
import { keyString } from './fast-parse.js';
import { resolvePlain } from './scalar.js';
const PARSE_OPTIONS = {
    schema: 'failsafe',
    prettyErrors: false,
    keepSourceTokens: false,
    uniqueKeys: false,
    strict: true,
};
/** Parses `text.slice(start, end)` (one or more documents). */
export function parseWithYaml(text, start = 0, end = text.length) {
    const slice = start === 0 && end === text.length ? text : text.slice(start, end);
    let docs;
    try {
        docs = yamlLib().parseAllDocuments(slice, PARSE_OPTIONS);
    }
    catch (e) {
        return [failedDoc(slice, start, e)];
    }
    if ('empty' in docs) {
        // Directives with no document after them: yaml reads an empty stream, kubectl and Helm fail
        // ("did not find expected <document start>").
        const directive = /^%/m.exec(slice);
        if (!directive)
            return [];
        return [
            {
                value: undefined,
                empty: false,
                errors: [{ code: 'MISSING_DOCUMENT', message: 'Directives must be followed by a document that starts with ---', start: start + directive.index, end: start + directive.index + 1 }],
                doc: new (yamlLib().Document)(null),
                text: slice,
                base: start,
            },
        ];
    }
    const out = [];
    for (const doc of docs) {
        const errors = doc.errors.map((err) => ({
            code: err.code,
            message: err.message,
            start: start + err.pos[0],
            end: start + Math.max(err.pos[1], err.pos[0]),
        }));
        let value;
        const empty = errors.length === 0 && isEmptyNode(doc.contents);
        if (errors.length === 0) {
            const converter = new Converter(doc);
            try {
                value = converter.value(doc.contents);
                for (const [a, b] of converter.duplicates) {
                    errors.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', start: start + a, end: start + b });
                }
            }
            catch (e) {
                const range = doc.range ?? [0, 0, 0];
                if (e instanceof UnresolvedAlias) {
                    const at = e.alias.range ?? range;
                    errors.push({
                        code: 'UNRESOLVED_ALIAS',
                        message: `Alias *${e.alias.source} names no anchor &${e.alias.source} before it`,
                        start: start + at[0],
                        end: start + Math.max(at[1], at[0] + 1),
                    });
                }
                else {
                    errors.push({
                        code: e instanceof AliasBomb ? 'ALIAS_BOMB' : 'TOO_DEEP',
                        message: e instanceof AliasBomb
                            ? 'Aliases expand to far more nodes than the document holds (alias bomb); the document was not read'
                            : 'The document is nested too deeply to be read',
                        start: start + range[0],
                        end: start + Math.min(range[1], range[0] + 1),
                    });
                }
                value = undefined;
            }
        }
        const readable = errors.every((e) => e.code === 'DUPLICATE_KEY');
        out.push({ value: readable ? value : undefined, empty, errors, doc, text: slice, base: start });
    }
    return out;
}
function failedDoc(text, start, e) {
    return {
        value: undefined,
        empty: false,
        errors: [
            {
                code: e instanceof RangeError ? 'TOO_DEEP' : 'PARSE_FAILED',
                message: e instanceof RangeError ? 'The document is nested too deeply to be parsed' : String(e),
                start,
                end: start + 1,
            },
        ],
        doc: new (yamlLib().Document)(null),
        text,
        base: start,
    };
}
/** An explicit document with no content (`---` alone) has an empty plain scalar as its node. */
function isEmptyNode(node) {
    if (node === null || node === undefined)
        return true;
    return isScalar(node) && node.type === 'PLAIN' && node.source === '' && !node.tag && !node.anchor;
}
class AliasBomb extends Error {
}
/** kubectl and Helm reject a document with an alias to an anchor not defined before it. */
class UnresolvedAlias extends Error {
    alias;
    constructor(alias) {
        super('unresolved alias');
        this.alias = alias;
    }
}
const CORE_TAG = 'tag:yaml.org,2002:';
const MAX_DEPTH = 500;
class Converter {
    doc;
    anchored = new Map();
    /** Expanded size (nodes, counting what aliases stand for) of each anchored node. */
    sizes = new Map();
    /** Nodes written in the document. */
    nodes = 0;
    /** Offsets `[start, end)` of keys repeated in their mapping. */
    duplicates = [];
    /** Nodes as expanded, aliases counted at the size of what they stand for. */
    weight = 0;
    depth = 0;
    constructor(doc) {
        this.doc = doc;
    }
    value(node) {
        if (node === null || node === undefined)
            return null;
        if (++this.depth > MAX_DEPTH)
            throw new RangeError('too deep');
        try {
            return this.convert(node);
        }
        finally {
            this.depth--;
        }
    }
    convert(node) {
        if (isAlias(node)) {
            const target = resolveAlias(this.doc, node);
            if (!target)
                throw new UnresolvedAlias(node);
            const value = this.anchored.has(target) ? this.anchored.get(target) : this.value(target);
            this.weight += this.sizes.get(target) ?? 1;
            if (this.weight > 10_000 + 100 * this.nodes)
                throw new AliasBomb();
            return value;
        }
        const before = this.weight;
        this.nodes++;
        this.weight++;
        let value;
        if (isScalar(node))
            value = scalarValue(node);
        else if (isMap(node))
            value = this.map(node);
        else if (isSeq(node))
            value = node.items.map((item) => this.value(item));
        else
            value = null;
        if (node.anchor) {
            this.anchored.set(node, value);
            this.sizes.set(node, this.weight - before);
        }
        return value;
    }
    map(node) {
        const out = {};
        const merges = [];
        let mergeSeen = false;
        for (const pair of node.items) {
            if (!isPair(pair))
                continue;
            const keyNode = pair.key;
            if (isScalar(keyNode) && keyNode.type === 'PLAIN' && !keyNode.tag && keyNode.source === '<<') {
                if (mergeSeen)
                    this.duplicate(keyNode);
                mergeSeen = true;
                merges.push(this.value(pair.value));
                continue;
            }
            const key = this.key(keyNode);
            if (Object.prototype.hasOwnProperty.call(out, key))
                this.duplicate(keyNode);
            setOwn(out, key, this.value(pair.value));
        }
        for (const m of merges) {
            for (const src of Array.isArray(m) ? m : [m]) {
                if (src === null || typeof src !== 'object' || Array.isArray(src))
                    continue;
                for (const [k, v] of Object.entries(src)) {
                    if (!Object.prototype.hasOwnProperty.call(out, k))
                        setOwn(out, k, v);
                }
            }
        }
        return out;
    }
    duplicate(key) {
        const at = key?.range?.[0];
        if (at !== undefined)
            this.duplicates.push([at, at + 1]);
    }
    key(node) {
        if (node === null)
            return 'null';
        const v = this.value(node);
        if (v === null)
            return 'null';
        if (typeof v === 'object')
            return JSON.stringify(v);
        return keyString(v) ?? 'null';
    }
}
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    else
        obj[key] = value;
}
/** The value of a scalar node as Kubernetes tooling reads it. */
export function scalarValue(node) {
    const raw = node.source ?? node.value;
    const text = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : JSON.stringify(raw);
    const tag = node.tag;
    if (tag) {
        if (tag === CORE_TAG + 'str' || tag === CORE_TAG + 'binary' || !tag.startsWith(CORE_TAG))
            return text;
        const t = tag.slice(CORE_TAG.length);
        if (t === 'int' || t === 'float' || t === 'bool' || t === 'null')
            return resolvePlain(text);
        return text;
    }
    return node.type === 'PLAIN' ? resolvePlain(text) : text;
}
/** True when the scalar is a plain (unquoted) scalar that resolves to something other than a string. */
export function isNonStringScalar(node) {
    return isScalar(node) && typeof scalarValue(node) !== 'string';
}
