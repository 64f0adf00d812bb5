/**
 * A fast parser for the block-style subset of YAML that Kubernetes manifests are written in.
 *
 * Contract: `fastParse(text, start, end)` returns the document's value exactly as the full
 * parser (`yaml-parse.ts`, which uses the `yaml` package) would, or `undefined` when the
 * input leaves the subset or might be invalid. The caller then parses the document with the
 * full parser, which also reports syntax errors. The subset: block mappings and sequences,
 * compact mappings in sequences, single-line plain / single- and double-quoted scalars,
 * literal and folded block scalars without indentation indicators, single-line flow
 * collections, comments. Anchors, aliases, tags, multi-line flow scalars, complex keys,
 * tabs in indentation and duplicate keys all bail out. It builds no positions: those come
 * lazily from the full parser when a finding needs them.
 *
 * The differential test (test/source/fast-parse.test.ts) holds it to that contract on the
 * whole corpus and on generated inputs.
 */
import { resolvePlain } from './scalar.js';
/** Thrown to leave the subset. One instance, made once: throwing it costs no stack capture. */
class Bail extends Error {
}
const BAIL = new Bail('outside the fast-parse subset');
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
/** Characters that may not start a plain scalar (or that we leave to the full parser). */
const BAD_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
export function fastParse(text, start = 0, end = text.length) {
    try {
        return new FastParser(text, start, end).parseDocument();
    }
    catch (e) {
        if (e === BAIL)
            return undefined;
        throw e;
    }
}
/**
 * Probes a document may take before it is parsed once with the full parser instead: a probe
 * re-reads the whole document, so a document with thousands of findings (a ConfigMap of unknown
 * keys) would otherwise cost findings × size.
 */
export const PROBE_LIMIT = 16;
/**
 * Positions without a second parser: re-parses a document the fast parser accepts, noting the
 * nodes along `path`, and applies the same anchoring rules as locate.ts (the pair of the deepest
 * existing key, the first line of a sequence item, the object's `kind:` pair at its root).
 * Undefined when the fast parser does not take the document. test/source/fast-parse.test.ts
 * checks that both agree.
 */
export function fastProbe(text, start, end, path, rootDepth) {
    const probe = { path, rootDepth, found: [], kind: undefined, rootFirst: undefined, level: 0, onPath: true, done: false };
    try {
        const parser = new FastParser(text, start, end);
        parser.probe = probe;
        if (parser.parseDocument() === EMPTY_DOCUMENT)
            return undefined;
    }
    catch (e) {
        if (e === BAIL)
            return undefined;
        throw e;
    }
    let depth = 0;
    while (depth < path.length && probe.found[depth] !== undefined)
        depth++;
    const exact = depth === path.length;
    if (depth <= rootDepth) {
        const span = probe.kind ?? probe.rootFirst;
        return span ? { span, value: undefined, exact: exact && path.length === 0 } : undefined;
    }
    const node = probe.found[depth - 1];
    return { span: node.span, value: exact ? node.value : undefined, exact };
}
/**
 * Called when the node of path segment `level` has been parsed whole (children included). The
 * probe knows its answer when that node ends the path, or when none of its children is the next
 * segment: the rest of the document cannot change the nodes found. The parse then unwinds without
 * reading further (each ancestor still records its own node). A probe runs only on a document the
 * fast parser has taken whole before, so stopping early hides no bail-out.
 */
function probeDone(probe, level) {
    if (level + 1 === probe.path.length || (level + 1 > probe.rootDepth && probe.found[level + 1] === undefined))
        probe.done = true;
    return probe.done;
}
/** Marker for an empty document (only comments and blank lines). */
export const EMPTY_DOCUMENT = Symbol('empty-document');
class FastParser {
    s;
    end;
    /** Start of the current line. */
    ls;
    /** End of the current line content (before CR/LF). */
    le = 0;
    /** Start of the next line. */
    nl = 0;
    depth = 0;
    /** Where the last value parsed starts and ends (see setValue). */
    vStart = -1;
    vEnd = -1;
    vMap = false;
    /** The first pair of the last block mapping parsed (for probes). */
    mapFirst;
    /** Set when the parse is a probe for positions. */
    probe;
    constructor(s, start, end) {
        this.s = s;
        this.end = end;
        this.ls = start;
        // Lone CRs are line breaks in YAML and a BOM may only start a document: full parser.
        // (Searched in a slice: an unbounded indexOf from `start` would scan the rest of the file.)
        const doc = start === 0 && end === s.length ? s : s.slice(start, end);
        for (let i = doc.indexOf('\r'); i >= 0; i = doc.indexOf('\r', i + 1)) {
            if (doc.charCodeAt(i + 1) !== LF)
                throw BAIL;
        }
        if (doc.includes('\uFEFF'))
            throw BAIL;
        this.setLine(start);
    }
    parseDocument() {
        if (!this.skipBlank())
            return EMPTY_DOCUMENT;
        const ind = this.indent();
        const p = this.ls + ind;
        let value;
        if (this.isSeqEntry(p))
            value = this.parseSeq(ind, p);
        else if (this.keyEnd(p) >= 0)
            value = this.parseMap(ind, p);
        else
            throw BAIL;
        if (this.probe?.done)
            return value;
        if (this.skipBlank())
            throw BAIL;
        return value;
    }
    // ---- lines -------------------------------------------------------------------------------
    setLine(ls) {
        this.ls = ls;
        if (ls >= this.end) {
            this.le = this.nl = this.end;
            return;
        }
        let nl = this.s.indexOf('\n', ls);
        if (nl < 0 || nl >= this.end)
            nl = this.end;
        let le = nl;
        if (le > ls && this.s.charCodeAt(le - 1) === CR)
            le--;
        this.le = le;
        this.nl = nl < this.end ? nl + 1 : this.end;
    }
    nextLine() {
        this.setLine(this.nl);
    }
    /** Moves to the next line that has content; false at the end of the document. */
    skipBlank() {
        const s = this.s;
        while (this.ls < this.end) {
            let i = this.ls;
            const le = this.le;
            while (i < le) {
                const c = s.charCodeAt(i);
                if (c !== SPACE && c !== TAB)
                    break;
                i++;
            }
            if (i < le && s.charCodeAt(i) !== HASH) {
                // Content: the indentation must be spaces only.
                for (let j = this.ls; j < i; j++)
                    if (s.charCodeAt(j) === TAB)
                        throw BAIL;
                return true;
            }
            this.nextLine();
        }
        return false;
    }
    indent() {
        let i = this.ls;
        while (i < this.le && this.s.charCodeAt(i) === SPACE)
            i++;
        return i - this.ls;
    }
    isSeqEntry(p) {
        if (this.s.charCodeAt(p) !== DASH)
            return false;
        if (p + 1 === this.le)
            return true;
        const c = this.s.charCodeAt(p + 1);
        if (c === TAB)
            throw BAIL;
        return c === SPACE;
    }
    skipSpaces(p) {
        const s = this.s;
        while (p < this.le) {
            const c = s.charCodeAt(p);
            if (c === SPACE)
                p++;
            else if (c === TAB)
                p++;
            else
                break;
        }
        return p;
    }
    /** After a complete value on this line, only spaces and a comment may follow. */
    expectLineEnd(p) {
        const q = this.skipSpaces(p);
        if (q === this.le)
            return;
        if (this.s.charCodeAt(q) === HASH && q > p)
            return;
        throw BAIL;
    }
    // ---- collections ---------------------------------------------------------------------------
    enter() {
        if (++this.depth > 200)
            throw BAIL;
    }
    /** A block mapping whose first key starts at offset `p` on the current line, at column `m`. */
    parseMap(m, p) {
        this.enter();
        const obj = {};
        const probe = this.probe;
        let first;
        for (;;) {
            const key = this.parseKey(p);
            if (key === undefined)
                throw BAIL;
            if (Object.prototype.hasOwnProperty.call(obj, key.key) || key.key === '__proto__')
                throw BAIL;
            if (probe === undefined) {
                obj[key.key] = this.parseValue(m, key.after, false);
            }
            else {
                const level = probe.level;
                const on = probe.onPath;
                const childOn = on && level < probe.path.length && String(probe.path[level]) === key.key;
                const keyLineEnd = this.le;
                probe.onPath = childOn;
                probe.level = level + 1;
                obj[key.key] = this.parseValue(m, key.after, false);
                probe.onPath = on;
                probe.level = level;
                // The pair: key and value when the value ends on the key's line, else the key alone.
                const inline = this.vStart >= 0 && this.vStart <= keyLineEnd && this.vEnd >= 0 && this.vEnd > key.end;
                const span = [p, inline ? this.vEnd : key.end];
                first ??= span;
                if (childOn)
                    probe.found[level] = { span, value: this.vEnd >= 0 && this.vStart >= 0 ? [this.vStart, this.vEnd] : undefined };
                if (on && level === probe.rootDepth && key.key === 'kind')
                    probe.kind = span;
                if (childOn && probeDone(probe, level))
                    break;
            }
            if (!this.skipBlank())
                break;
            const ind = this.indent();
            if (ind < m)
                break;
            if (ind > m)
                throw BAIL;
            p = this.ls + ind;
            if (this.s.charCodeAt(p) === DASH && this.isSeqEntry(p))
                throw BAIL;
        }
        this.depth--;
        if (probe !== undefined) {
            if (probe.onPath && probe.level === probe.rootDepth)
                probe.rootFirst = first;
            this.mapFirst = first;
        }
        return obj;
    }
    /** A block sequence whose first `-` is at offset `p` on the current line, at column `n`. */
    parseSeq(n, p) {
        this.enter();
        const arr = [];
        const probe = this.probe;
        for (;;) {
            if (probe === undefined) {
                arr.push(this.parseValue(n, p + 1, true));
            }
            else {
                const level = probe.level;
                const on = probe.onPath;
                const childOn = on && level < probe.path.length && probe.path[level] === arr.length;
                probe.onPath = childOn;
                probe.level = level + 1;
                this.mapFirst = undefined;
                arr.push(this.parseValue(n, p + 1, true));
                probe.onPath = on;
                probe.level = level;
                if (childOn) {
                    probe.found[level] = { span: this.itemSpan(), value: this.vEnd >= 0 && this.vStart >= 0 ? [this.vStart, this.vEnd] : undefined };
                    if (probeDone(probe, level))
                        break;
                }
            }
            if (!this.skipBlank())
                break;
            const ind = this.indent();
            if (ind < n)
                break;
            if (ind > n)
                throw BAIL;
            p = this.ls + ind;
            if (!this.isSeqEntry(p))
                break;
        }
        this.depth--;
        return arr;
    }
    /**
     * The value after `key:` (inSeq false) or after `-` (inSeq true), starting at offset `p` on the
     * current line. `n` is the indentation of the collection that holds the value. Leaves the parser
     * on the first line after the value.
     */
    parseValue(n, p, inSeq) {
        const s = this.s;
        const q = this.skipSpaces(p);
        if (q === this.le || (s.charCodeAt(q) === HASH && q > p)) {
            this.nextLine();
            const child = this.parseBlockChild(n, !inSeq);
            // No child: an empty (null) value, which YAML places right where it would have started.
            if (child === null)
                this.setValue(q, q, false);
            return child;
        }
        if (q === p)
            throw BAIL; // `key:x` or `-x` are not indicators; callers never get here
        const c = s.charCodeAt(q);
        switch (c) {
            case 124: // |
            case 62: {
                // >
                const text = this.parseBlockScalar(n, q);
                this.setValue(q, -1, false);
                return text;
            }
            case DQUOTE:
            case SQUOTE: {
                if (inSeq && this.keyEnd(q) >= 0)
                    return this.compactMap(q);
                const line = this.ls;
                const [value, after] = c === DQUOTE ? this.doubleQuoted(q, n) : this.singleQuoted(q, n);
                this.expectLineEnd(after);
                this.setValue(q, this.ls === line ? after : -1, false);
                return this.finishScalar(n, value);
            }
            case 91: // [
            case 123: {
                // {
                const [value, after] = this.parseFlow(q, 0);
                this.expectLineEnd(after);
                this.setValue(q, after, false);
                return this.finishScalar(n, value);
            }
            case DASH:
                if (q + 1 === this.le || s.charCodeAt(q + 1) === SPACE || s.charCodeAt(q + 1) === TAB)
                    throw BAIL;
                break;
            case 63: // ?
            case COLON:
                if (q + 1 === this.le || s.charCodeAt(q + 1) === SPACE || s.charCodeAt(q + 1) === TAB)
                    throw BAIL;
                break;
            default:
                if (BAD_PLAIN_START.has(c))
                    throw BAIL;
        }
        const e = this.plainScan(q);
        if (e < 0) {
            if (!inSeq)
                throw BAIL; // `a: b: c` is an error
            return this.compactMap(q);
        }
        const first = s.slice(q, e);
        if (e < this.le) {
            this.setValue(q, e, false);
            return this.finishScalar(n, resolvePlain(first)); // a comment ends it
        }
        const text = this.foldPlain(n, first);
        if (this.skipBlank() && this.indent() > n)
            throw BAIL;
        this.setValue(q, text === first ? e : -1, false);
        return text === first ? resolvePlain(first) : text;
    }
    /** A compact mapping that starts on a sequence item's line (`- key: value`). */
    compactMap(q) {
        const map = this.parseMap(q - this.ls, q);
        this.setValue(q, -1, true);
        return map;
    }
    /**
     * Records where the value just parsed starts and, when it ends on the line where it starts, where
     * it ends (-1 otherwise), and whether it is a block mapping. Positions for findings (`fastProbe`).
     */
    setValue(start, end, map) {
        this.vStart = start;
        this.vEnd = end;
        this.vMap = map;
    }
    /** The first line of the sequence item just parsed, as locate.ts's nodeSpan shows items. */
    itemSpan() {
        if (this.vMap && this.mapFirst)
            return this.mapFirst;
        if (this.vEnd >= 0)
            return [this.vStart, this.vEnd];
        let e = this.s.indexOf('\n', this.vStart);
        if (e < 0 || e > this.end)
            e = this.end;
        if (e > this.vStart && this.s.charCodeAt(e - 1) === CR)
            e--;
        while (e > this.vStart && (this.s.charCodeAt(e - 1) === SPACE || this.s.charCodeAt(e - 1) === TAB))
            e--;
        return [this.vStart, e];
    }
    /**
     * Continuation lines of a multi-line plain scalar (indented deeper than `n`), folded as YAML
     * does: one line break becomes a space, each blank line a newline. Leaves the parser on the
     * first line after the scalar.
     */
    foldPlain(n, first) {
        const s = this.s;
        let text = first;
        for (;;) {
            this.nextLine();
            let blanks = 0;
            while (this.ls < this.end && this.isWhitespaceLine()) {
                blanks++;
                this.nextLine();
            }
            if (this.ls >= this.end)
                return text;
            const ind = this.indent();
            const p = this.ls + ind;
            const c = s.charCodeAt(p);
            if (c === TAB)
                throw BAIL;
            if (ind <= n || c === HASH)
                return text;
            if (BAD_PLAIN_START.has(c) || c === DASH || c === 63 || c === COLON)
                throw BAIL;
            const e = this.plainEnd(p);
            if (e < this.le || this.keyEnd(p) >= 0)
                throw BAIL; // comments or `: ` inside
            text += blanks > 0 ? '\n'.repeat(blanks) : ' ';
            text += s.slice(p, e);
        }
    }
    isWhitespaceLine() {
        const s = this.s;
        for (let i = this.ls; i < this.le; i++) {
            const c = s.charCodeAt(i);
            if (c !== SPACE && c !== TAB)
                return false;
        }
        return true;
    }
    /**
     * Moves to the continuation line of a multi-line quoted scalar that must be indented deeper
     * than `n`; returns the folding text for the line break(s) and the offset of the line's content.
     */
    continueQuoted(n) {
        if (n < -1)
            throw BAIL; // keys and flow collections stay on one line
        this.nextLine();
        let blanks = 0;
        while (this.ls < this.end && this.isWhitespaceLine()) {
            blanks++;
            this.nextLine();
        }
        if (this.ls >= this.end)
            throw BAIL;
        const ind = this.indent();
        if (ind <= n)
            throw BAIL;
        const p = this.skipSpaces(this.ls + ind);
        return [blanks > 0 ? '\n'.repeat(blanks) : ' ', p];
    }
    /** After a one-line value: the next content line must not be indented deeper than `n`. */
    finishScalar(n, value) {
        this.nextLine();
        if (this.skipBlank() && this.indent() > n)
            throw BAIL;
        return value;
    }
    /** A node on the following lines, indented deeper than `n` (or a sequence at `n` under a key). */
    parseBlockChild(n, seqAtSameIndent) {
        if (!this.skipBlank())
            return null;
        const ind = this.indent();
        const p = this.ls + ind;
        let value;
        let map = false;
        if (ind > n) {
            if (this.isSeqEntry(p))
                value = this.parseSeq(ind, p);
            else if (this.keyEnd(p) >= 0) {
                value = this.parseMap(ind, p);
                map = true;
            }
            else
                throw BAIL;
        }
        else if (ind === n && seqAtSameIndent && this.isSeqEntry(p)) {
            value = this.parseSeq(ind, p);
        }
        else {
            return null;
        }
        this.setValue(p, -1, map);
        return value;
    }
    // ---- keys and plain scalars ------------------------------------------------------------------
    /**
     * If a mapping key starts at `p`, the offset of its `:` indicator; otherwise -1.
     * Quoted keys are recognised too.
     */
    keyEnd(p) {
        const s = this.s;
        const c = s.charCodeAt(p);
        if (c === DQUOTE || c === SQUOTE) {
            let after;
            try {
                after = (c === DQUOTE ? this.doubleQuoted(p) : this.singleQuoted(p))[1];
            }
            catch (e) {
                if (e === BAIL)
                    return -1;
                throw e;
            }
            const r = this.skipSpaces(after);
            return s.charCodeAt(r) === COLON && this.isIndicatorEnd(r + 1) ? r : -1;
        }
        const le = this.le;
        for (let i = p; i < le; i++) {
            const ch = s.charCodeAt(i);
            if (ch === COLON) {
                if (this.isIndicatorEnd(i + 1))
                    return i;
            }
            else if (ch === HASH) {
                const prev = s.charCodeAt(i - 1);
                if (i > p && (prev === SPACE || prev === TAB))
                    return -1;
            }
        }
        return -1;
    }
    isIndicatorEnd(i) {
        if (i >= this.le)
            return true;
        const c = this.s.charCodeAt(i);
        return c === SPACE || c === TAB;
    }
    parseKey(p) {
        const s = this.s;
        const c = s.charCodeAt(p);
        if (c === DQUOTE || c === SQUOTE) {
            const [key, after] = c === DQUOTE ? this.doubleQuoted(p) : this.singleQuoted(p);
            const r = this.skipSpaces(after);
            if (s.charCodeAt(r) !== COLON || !this.isIndicatorEnd(r + 1))
                return undefined;
            return { key, end: after, after: r + 1 };
        }
        if (BAD_PLAIN_START.has(c) || c === DASH || c === 63 || c === COLON)
            return undefined;
        const colon = this.keyEnd(p);
        if (colon < 0)
            return undefined;
        let e = colon;
        while (e > p && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB))
            e--;
        const text = s.slice(p, e);
        if (text.length > 1024)
            throw BAIL;
        if (text === '<<')
            throw BAIL; // merge keys: leave to the full parser
        const key = keyOrBail(resolvePlain(text));
        return { key, end: e, after: colon + 1 };
    }
    /**
     * One scan of a plain value starting at `p`: -1 when it holds a `: ` mapping indicator (a
     * compact mapping), otherwise its end (before a comment, trimmed).
     */
    plainScan(p) {
        const s = this.s;
        const le = this.le;
        let e = le;
        for (let i = p; i < le; i++) {
            const ch = s.charCodeAt(i);
            if (ch === COLON) {
                if (this.isIndicatorEnd(i + 1))
                    return -1;
            }
            else if (ch === HASH && i > p) {
                const prev = s.charCodeAt(i - 1);
                if (prev === SPACE || prev === TAB) {
                    e = i;
                    break;
                }
            }
        }
        while (e > p && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB))
            e--;
        return e;
    }
    /** End of a plain scalar in block context starting at `p` (before a comment, trimmed). */
    plainEnd(p) {
        const s = this.s;
        const le = this.le;
        let e = le;
        for (let i = p + 1; i < le; i++) {
            if (s.charCodeAt(i) === HASH) {
                const prev = s.charCodeAt(i - 1);
                if (prev === SPACE || prev === TAB) {
                    e = i;
                    break;
                }
            }
        }
        while (e > p && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB))
            e--;
        return e;
    }
    // ---- quoted scalars ---------------------------------------------------------------------------
    /**
     * A single-quoted scalar starting at `p`. With `n` >= -1 it may span lines indented deeper than
     * `n` (values); the default keeps it on one line (keys, flow collections).
     */
    singleQuoted(p, n = -2) {
        const s = this.s;
        let out = '';
        let from = p + 1;
        for (let i = p + 1;; i++) {
            if (i >= this.le) {
                out += trimTrailing(s.slice(from, this.le));
                const [fold, next] = this.continueQuoted(n);
                out += fold;
                from = next;
                i = next - 1;
                continue;
            }
            if (s.charCodeAt(i) === SQUOTE) {
                if (i + 1 < this.le && s.charCodeAt(i + 1) === SQUOTE) {
                    out += s.slice(from, i + 1);
                    i++;
                    from = i + 1;
                    continue;
                }
                return [out + s.slice(from, i), i + 1];
            }
        }
    }
    /** A double-quoted scalar starting at `p`; `n` as for `singleQuoted`. */
    doubleQuoted(p, n = -2) {
        const s = this.s;
        let out = '';
        let from = p + 1;
        for (let i = p + 1;; i++) {
            if (i >= this.le) {
                out += trimTrailing(s.slice(from, this.le));
                const [fold, next] = this.continueQuoted(n);
                out += fold;
                from = next;
                i = next - 1;
                continue;
            }
            const c = s.charCodeAt(i);
            if (c === DQUOTE)
                return [out + s.slice(from, i), i + 1];
            if (c === 92 /* \ */) {
                out += s.slice(from, i);
                if (i + 1 >= this.le) {
                    // An escaped line break: nothing is inserted and the next line's indentation is dropped.
                    const [fold, next] = this.continueQuoted(n);
                    if (fold !== ' ')
                        throw BAIL;
                    from = next;
                    i = next - 1;
                    continue;
                }
                const [text, len] = this.escape(i);
                out += text;
                i += len - 1;
                from = i + 1;
            }
        }
    }
    /** Decodes the escape sequence at `i` (the backslash); returns its text and length. */
    escape(i) {
        const s = this.s;
        if (i + 1 >= this.le)
            throw BAIL;
        const e = s[i + 1];
        const simple = ESCAPES[e];
        if (simple !== undefined)
            return [simple, 2];
        const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (width === 0 || i + 2 + width > this.le)
            throw BAIL;
        const hex = s.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex))
            throw BAIL;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            throw BAIL;
        return [String.fromCodePoint(cp), 2 + width];
    }
    // ---- flow collections (one line) ---------------------------------------------------------------
    parseFlow(p, depth) {
        if (depth > 50)
            throw BAIL;
        const s = this.s;
        const open = s.charCodeAt(p);
        const close = open === 91 ? 93 : 125;
        const isSeq = open === 91;
        const arr = [];
        const obj = {};
        const probe = this.probe;
        let i = this.skipSpaces(p + 1);
        if (s.charCodeAt(i) === close)
            return [isSeq ? arr : obj, i + 1];
        for (;;) {
            const start = i;
            let key;
            let value;
            let after;
            if (isSeq) {
                key = arr.length;
                [value, after] = this.flowEntry(i, depth, key);
                arr.push(value);
            }
            else {
                const [k, afterKey] = this.flowNode(i, depth);
                if (typeof k === 'object' && k !== null)
                    throw BAIL;
                key = typeof k === 'string' ? k : keyOrBail(k);
                i = this.skipSpaces(afterKey);
                if (s.charCodeAt(i) !== COLON)
                    throw BAIL;
                i = this.skipSpaces(i + 1);
                const c = s.charCodeAt(i);
                if (c === 44 || c === close)
                    throw BAIL;
                [value, after] = this.flowEntry(i, depth, key);
                if (Object.prototype.hasOwnProperty.call(obj, key) || key === '__proto__')
                    throw BAIL;
                obj[key] = value;
            }
            if (probe !== undefined && probe.onPath) {
                // On one line: an item is its whole node, a pair is key and value.
                const span = [start, after];
                if (probe.level < probe.path.length && (isSeq ? probe.path[probe.level] === key : String(probe.path[probe.level]) === key)) {
                    probe.found[probe.level] = { span, value: [i, after] };
                }
                if (!isSeq && probe.level === probe.rootDepth && key === 'kind')
                    probe.kind = span;
            }
            i = this.skipSpaces(after);
            if (isSeq && s.charCodeAt(i) === COLON)
                throw BAIL; // [a: b]
            const c = s.charCodeAt(i);
            if (c === close) {
                if (probe !== undefined && probe.onPath && probe.level === probe.rootDepth)
                    probe.rootFirst = [p, i + 1];
                return [isSeq ? arr : obj, i + 1];
            }
            if (c !== 44 /* , */)
                throw BAIL;
            i = this.skipSpaces(i + 1);
            const d = s.charCodeAt(i);
            if (d === close || d === 44)
                throw BAIL; // trailing or empty entries: full parser
        }
    }
    /** A flow collection's entry value, parsed one level deeper on the probe's path. */
    flowEntry(i, depth, key) {
        const probe = this.probe;
        if (probe === undefined)
            return this.flowNode(i, depth);
        const level = probe.level;
        const on = probe.onPath;
        probe.onPath = on && level < probe.path.length && (typeof key === 'number' ? probe.path[level] === key : String(probe.path[level]) === key);
        probe.level = level + 1;
        try {
            return this.flowNode(i, depth);
        }
        finally {
            probe.onPath = on;
            probe.level = level;
        }
    }
    flowNode(i, depth) {
        const s = this.s;
        if (i >= this.le)
            throw BAIL;
        const c = s.charCodeAt(i);
        if (c === 91 || c === 123)
            return this.parseFlow(i, depth + 1);
        if (c === DQUOTE)
            return this.doubleQuoted(i);
        if (c === SQUOTE)
            return this.singleQuoted(i);
        if (BAD_PLAIN_START.has(c))
            throw BAIL;
        if (c === DASH || c === 63 || c === COLON) {
            const d = s.charCodeAt(i + 1);
            if (i + 1 >= this.le || d === SPACE || d === TAB || d === 44 || d === 93 || d === 125)
                throw BAIL;
        }
        let e = i;
        const le = this.le;
        for (; e < le; e++) {
            const ch = s.charCodeAt(e);
            if (ch === 44 || ch === 93 || ch === 125)
                break;
            if (ch === 91 || ch === 123)
                throw BAIL;
            if (ch === COLON) {
                const d = s.charCodeAt(e + 1);
                if (e + 1 >= le || d === SPACE || d === TAB || d === 44 || d === 93 || d === 125)
                    break;
            }
            if (ch === HASH) {
                const prev = s.charCodeAt(e - 1);
                if (prev === SPACE || prev === TAB)
                    throw BAIL;
            }
        }
        let t = e;
        while (t > i && (s.charCodeAt(t - 1) === SPACE || s.charCodeAt(t - 1) === TAB))
            t--;
        if (t === i)
            throw BAIL;
        return [resolvePlain(s.slice(i, t)), t];
    }
    // ---- block scalars ----------------------------------------------------------------------------
    parseBlockScalar(n, p) {
        const s = this.s;
        const folded = s.charCodeAt(p) === 62;
        let chomp = 'clip';
        let i = p + 1;
        const c1 = s.charCodeAt(i);
        if (c1 === DASH) {
            chomp = 'strip';
            i++;
        }
        else if (c1 === 43 /* + */) {
            chomp = 'keep';
            i++;
        }
        if (i < this.le) {
            const c = s.charCodeAt(i);
            if (c !== SPACE && c !== TAB)
                throw BAIL; // indentation indicators and junk
            this.expectLineEnd(i);
        }
        this.nextLine();
        // Find the content indentation from the first non-blank line.
        const first = this.ls;
        let k = -1;
        let leadingMax = 0;
        while (this.ls < this.end) {
            const ind = this.indent();
            if (this.ls + ind === this.le) {
                leadingMax = Math.max(leadingMax, ind);
                this.nextLine();
                continue;
            }
            // A tab where the indentation is decided: yaml's rules there are subtle (yaml-test-suite Y79Y).
            if (s.charCodeAt(this.ls + ind) === TAB)
                throw BAIL;
            k = ind;
            break;
        }
        if (k <= n) {
            // No content lines: an empty scalar (the blank lines belong to it for `keep`).
            if (chomp === 'keep' || leadingMax > n)
                throw BAIL;
            return '';
        }
        if (leadingMax > k)
            throw BAIL;
        this.setLine(first);
        const lines = [];
        let lastContent = -1;
        while (this.ls < this.end) {
            const ind = this.indent();
            const blank = this.ls + ind === this.le;
            if (blank) {
                if (ind > k)
                    throw BAIL;
                lines.push('');
            }
            else {
                if (ind < k && s.charCodeAt(this.ls + ind) === TAB)
                    throw BAIL;
                if (ind < k)
                    break;
                const line = s.slice(this.ls + k, this.le);
                if (line.includes('\r'))
                    throw BAIL;
                if (folded && ind > k)
                    throw BAIL; // more-indented lines keep their breaks
                const first = line.charCodeAt(0);
                if (folded && first === TAB)
                    throw BAIL;
                lines.push(line);
                lastContent = lines.length - 1;
            }
            this.nextLine();
        }
        // Lines after the last content line are trailing blank lines (consumed, as YAML does).
        const trailing = lines.length - 1 - lastContent;
        const body = lines.slice(0, lastContent + 1);
        let text;
        if (!folded) {
            text = body.join('\n');
        }
        else {
            text = '';
            let prevContent = false;
            let blanks = 0;
            for (const line of body) {
                if (line === '') {
                    blanks++;
                    continue;
                }
                if (prevContent)
                    text += blanks > 0 ? '\n'.repeat(blanks) : ' ';
                else
                    text += '\n'.repeat(blanks);
                text += line;
                blanks = 0;
                prevContent = true;
            }
        }
        if (chomp === 'strip')
            return text;
        if (chomp === 'clip')
            return text + '\n';
        return text + '\n' + '\n'.repeat(trailing);
    }
}
/** go-yaml's escapes (not `\\/`, which YAML 1.2 added and go-yaml rejects: the full parser reports it). */
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029',
};
function trimTrailing(t) {
    let e = t.length;
    while (e > 0 && (t.charCodeAt(e - 1) === SPACE || t.charCodeAt(e - 1) === TAB))
        e--;
    return e === t.length ? t : t.slice(0, e);
}
/**
 * A mapping key as the JSON conversion of Kubernetes tooling spells it (`on:` is the key
 * "true", `8080:` the key "8080"); undefined for a null key.
 */
export function keyString(v) {
    if (typeof v === 'string')
        return v;
    if (v === null)
        return undefined;
    return String(v);
}
function keyOrBail(v) {
    const k = keyString(v);
    if (k === undefined)
        throw BAIL;
    return k;
}
