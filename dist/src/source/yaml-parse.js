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
 *
 * Errors are go-yaml's, not the YAML spec's (DOMAIN.md §0: "kubectl cannot read it" is checked
 * against kubectl): where the `yaml` package is stricter than the go-yaml family that kubectl,
 * Helm (go-yaml v2) and kustomize (go-yaml v3) share, the document is read as they read it and no
 * error is reported (test/source/kubectl-oracle.test.ts runs kubectl on each case):
 * - quoted scalars and flow collections whose lines are indented less than their key (Envoy
 *   Gateway inline Lua, `args: [a,\nb]` at column 0): parsed again with a go-yaml lexer;
 * - a comment right after a quoted scalar, a flow indicator or a block scalar header
 *   (`"v"# note`, `[a,#note`);
 * - the escape `\'` in a double-quoted scalar, which go-yaml reads as `'`.
 * The reverse holds for the escape `\/`: YAML 1.2 and the `yaml` package accept it, go-yaml
 * rejects the document ("found unknown escape character"), so it is an error here too.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocumentsGo, resolveAlias, yamlLib } from './yaml-lib.js';
import { keyString } from './fast-parse.js';
import { resolvePlain } from './scalar.js';
import { MASK } from './template.js';
const PARSE_OPTIONS = {
    schema: 'failsafe',
    prettyErrors: false,
    keepSourceTokens: false,
    uniqueKeys: false,
    strict: true,
};
/** The value of a key set in two branches of a template statement: undetermined until rendered. */
export const BRANCHES_VALUE = '{% … %}';
/**
 * Parses `text.slice(start, end)` (one or more documents). For an unrendered template, the masked
 * text is parsed instead, and each value that holds a masked token reads as written (`{{ port }}`);
 * a key repeated across template branches is not a duplicate, and its value is BRANCHES_VALUE.
 */
export function parseWithYaml(text, start = 0, end = text.length, template) {
    const original = start === 0 && end === text.length ? text : text.slice(start, end);
    const slice = template?.source ?? original;
    let docs;
    try {
        docs = yamlLib().parseAllDocuments(slice, PARSE_OPTIONS);
        if (!('empty' in docs) && docs.some((d) => goErrors(d, slice).length > 0) && !docs.some(exhausted)) {
            // Stricter than go-yaml? Read it as kubectl does; keep the first reading's errors (and
            // their positions) when that does not help either.
            const go = parseAllDocumentsGo(slice, PARSE_OPTIONS);
            if (!('empty' in go) && go.every((d) => goErrors(d, slice).length === 0))
                docs = go;
        }
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
        const errors = goErrors(doc, slice).map((err) => ({
            code: err.code,
            message: err.message,
            start: start + err.pos[0],
            end: start + Math.max(err.pos[1], err.pos[0]),
        }));
        let value;
        const empty = errors.length === 0 && isEmptyNode(doc.contents);
        if (errors.length === 0) {
            const converter = new Converter(doc, slice, template ? { original, branches: template.branches } : undefined);
            try {
                value = converter.value(doc.contents);
                for (const d of converter.duplicates) {
                    errors.push({
                        code: 'DUPLICATE_KEY',
                        message: `The key ${JSON.stringify(d.key)} appears twice in one mapping`,
                        start: start + d.at,
                        end: start + d.at + 1,
                        ...(d.first === undefined ? {} : { first: start + d.first }),
                    });
                }
                for (const at of converter.slashEscapes) {
                    errors.push({
                        code: 'UNKNOWN_ESCAPE',
                        message: 'Unknown escape \\/ in a double-quoted string ("found unknown escape character" in go-yaml); write / alone',
                        start: start + at,
                        end: start + at + 2,
                    });
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
/**
 * The parser ran out of stack on this document (nesting thousands deep): a second parse would
 * only overflow again, somewhere V8 may not survive it (compiling a RegExp), so there is none.
 */
const exhausted = (doc) => doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION');
/**
 * The document's errors that go-yaml reports too: not a comment without white space before it
 * after a quoted scalar or an indicator (libyaml's scanner takes `#` as a comment wherever a token
 * may start), nor the escape `\'` in a double-quoted scalar (libyaml reads it as `'`).
 */
function goErrors(doc, text) {
    if (doc.errors.length === 0)
        return doc.errors;
    return doc.errors.filter((e) => !(e.code === 'MISSING_CHAR' && e.message.startsWith('Comments must be separated from other tokens by white space')) &&
        !(e.code === 'BAD_DQ_ESCAPE' && text.startsWith("\\'", e.pos[0])));
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
    text;
    template;
    anchored = new Map();
    /** Expanded size (nodes, counting what aliases stand for) of each anchored node. */
    sizes = new Map();
    /** Nodes written in the document. */
    nodes = 0;
    /** Keys repeated in their mapping: where, which, and where the first one is. */
    duplicates = [];
    /** Nodes as expanded, aliases counted at the size of what they stand for. */
    weight = 0;
    depth = 0;
    /** Offsets of the first `\\/` escape of each scalar that has one (go-yaml rejects them). */
    slashEscapes = [];
    /**
     * @param text the parsed text (node ranges are offsets in it)
     * @param template for a masked template: the text as written, and whether it has branches
     */
    constructor(doc, text, template) {
        this.doc = doc;
        this.text = text;
        this.template = template;
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
            value = this.template ? this.templateScalar(node) : node.type === 'QUOTE_DOUBLE' ? this.doubleQuoted(node) : scalarValue(node);
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
    /** In a masked template, a plain scalar that holds a masked token reads as written (`{{ port }}`, a string). */
    templateScalar(node) {
        const r = node.range;
        if (node.type === 'PLAIN' && r && this.template && this.text.slice(r[0], r[1]).includes(MASK))
            return this.template.original.slice(r[0], r[1]);
        return node.type === 'QUOTE_DOUBLE' ? this.doubleQuoted(node) : scalarValue(node);
    }
    /** A double-quoted scalar's value, with go-yaml's reading of the escapes `\\'` and `\\/`. */
    doubleQuoted(node) {
        const value = scalarValue(node);
        const range = node.range;
        if (!range)
            return value;
        const raw = this.text.slice(range[0], range[1]);
        if (!raw.includes('\\'))
            return value;
        let quote = false;
        let slash = false;
        for (let i = raw.indexOf('\\'); i >= 0 && i < raw.length; i = raw.indexOf('\\', i + 2)) {
            if (raw[i + 1] === "'")
                quote = true;
            else if (raw[i + 1] === '/' && !slash) {
                slash = true; // one finding per scalar
                this.slashEscapes.push(range[0] + i);
            }
        }
        if (!quote)
            return value;
        // The `yaml` package kept `\\'` as it is (and reported it, an error go-yaml does not raise):
        // read the scalar again with `\\x27` for it. On its own, at column 0, no indentation applies.
        const fixed = raw.replace(/\\(['\\])/g, (m, c) => (c === "'" ? '\\x27' : m));
        const again = yamlLib().parseDocument(fixed, PARSE_OPTIONS).contents;
        return isScalar(again) && typeof again.value === 'string' ? again.value : value;
    }
    map(node) {
        const out = {};
        const merges = [];
        let mergeSeen = false;
        let firstKeys;
        for (const pair of node.items) {
            if (!isPair(pair))
                continue;
            const keyNode = pair.key;
            if (isScalar(keyNode) && keyNode.type === 'PLAIN' && !keyNode.tag && keyNode.source === '<<') {
                if (mergeSeen)
                    this.duplicate((firstKeys ??= firstKeyOffsets(node)), keyNode, '<<');
                mergeSeen = true;
                merges.push(this.value(pair.value));
                continue;
            }
            const key = this.key(keyNode);
            if (Object.prototype.hasOwnProperty.call(out, key)) {
                if (this.template?.branches) {
                    this.value(pair.value);
                    setOwn(out, key, BRANCHES_VALUE);
                    continue;
                }
                this.duplicate((firstKeys ??= firstKeyOffsets(node)), keyNode, key);
            }
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
    duplicate(first, keyNode, key) {
        const at = keyNode?.range?.[0];
        if (at === undefined)
            return;
        this.duplicates.push({ at, key, first: first.get(key) });
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
/** The offset of the first scalar key of each text in a mapping (built once, on its first duplicate). */
function firstKeyOffsets(map) {
    const out = new Map();
    for (const pair of map.items) {
        const k = isPair(pair) ? pair.key : null;
        if (!isScalar(k))
            continue;
        const text = k.type === 'PLAIN' && k.source === '<<' ? '<<' : keyString(scalarValue(k));
        if (text !== undefined && !out.has(text))
            out.set(text, k.range?.[0]);
    }
    return out;
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
