/**
 * A conservative validity check for the documents that are read by their `metadata` alone (kinds
 * no enabled rule reads: CRDs, RBAC, most of a typical bundle). Reading only `metadata` must not
 * hide a YAML error or a duplicate key elsewhere in the document: the full parse would report
 * them (`yaml-syntax`), so the fast path must too.
 *
 * Contract: `skimValid(text, start, end)` returns true only when the document is a block mapping
 * at column 0 that the `yaml` package parses without an error, duplicate keys included. It
 * returns false when the document is invalid or when it cannot tell cheaply (anchors, tags,
 * complex keys, multi-line flow collections, ...); the caller then parses the document in full,
 * which reports what is wrong. It builds no values: one pass over the lines, a few character
 * checks per line, the keys of each mapping.
 *
 * test/source/skim.test.ts holds it to the contract on the whole corpus and on mutated documents.
 */
import { fastParse } from './fast-parse.js';
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
/** Characters that may not start a plain scalar or key here (indicators; `-?:` are handled apart). */
const INDICATOR = new Uint8Array(128);
for (const c of ',[]{}#&*!|>\'"%@`?:-')
    INDICATOR[c.charCodeAt(0)] = 1;
/** Escapes both the `yaml` package and go-yaml accept in double-quoted scalars (not `\\/`, not `\\'`). */
const DQ_ESCAPE = new Uint8Array(128);
for (const c of '0abtnvfre "\\N_LP\t')
    DQ_ESCAPE[c.charCodeAt(0)] = 1;
const DQ_HEX = { 120: 2, 117: 4, 85: 8 }; // x u U
/** The keys of one block mapping, a list while short (most are). */
class Keys {
    list = [];
    set;
    /** False when the key is already there. */
    add(key) {
        if (this.set) {
            if (this.set.has(key))
                return false;
            this.set.add(key);
            return true;
        }
        if (this.list.includes(key))
            return false;
        this.list.push(key);
        if (this.list.length > 8)
            this.set = new Set(this.list);
        return true;
    }
}
class Unsure extends Error {
}
const UNSURE = new Unsure('not cheaply decidable');
export function skimValid(text, start, end) {
    // Lone CRs are line breaks, a BOM may only start a stream: leave both to the full parser.
    // (Searched in the document's slice: an unbounded search would scan the rest of the file.)
    const body = start === 0 && end === text.length ? text : text.slice(start, end);
    if (body.includes('\uFEFF') || (body.includes('\r') && LONE_CR.test(body)))
        return false;
    try {
        // On the slice: every search stops at the document's end.
        return new Skimmer(body, 0, body.length).run();
    }
    catch (e) {
        if (e === UNSURE)
            return false;
        throw e;
    }
}
const LONE_CR = /\r(?!\n)/;
class Skimmer {
    s;
    end;
    stack = [];
    /** Column of the key or `-` whose value is still to come on the next lines (-1: none). */
    pending = -1;
    /** Column of the key or `-` whose plain scalar may continue on deeper lines (-1: none). */
    plainOwner = -1;
    /** Set by `value` for a block scalar header with an indentation indicator (`|2-`): the indicator, else -1. */
    explicitIndent = -1;
    /** Line start and content end of the current line. */
    ls = 0;
    le = 0;
    nl = 0;
    constructor(s, start, end) {
        this.s = s;
        this.end = end;
        this.nl = start;
    }
    run() {
        const s = this.s;
        let blockParent = -1; // inside a block scalar whose key or `-` is at this column
        let blockIndent = -1; // its content indentation, once known
        let blockLeading = 0; // the widest all-space line before its first content line
        while (this.nextLine()) {
            const ls = this.ls;
            const le = this.le;
            let p = ls;
            while (p < le && s.charCodeAt(p) === SPACE)
                p++;
            const indent = p - ls;
            if (blockParent >= 0) {
                if (p === le || indent > blockParent) {
                    // A content line of the block scalar (or an empty one).
                    if (p === le) {
                        if (blockIndent < 0)
                            blockLeading = Math.max(blockLeading, indent);
                        continue;
                    }
                    if (blockIndent < 0) {
                        if (indent < blockLeading)
                            throw UNSURE;
                        blockIndent = indent;
                    }
                    else if (indent < blockIndent) {
                        throw UNSURE; // less indented than its first line, deeper than its key: an error
                    }
                    continue;
                }
                blockParent = -1;
            }
            if (p === le)
                continue;
            const c = s.charCodeAt(p);
            if (c === TAB)
                throw UNSURE;
            if (c === HASH) {
                // A comment ends a plain scalar: deeper lines after it are errors.
                this.plainOwner = -1;
                continue;
            }
            if (this.plainOwner >= 0 && indent > this.plainOwner) {
                this.plainContinuation(p);
                continue;
            }
            this.plainOwner = -1;
            this.explicitIndent = -1;
            const header = this.structural(indent, p);
            if (header >= 0) {
                blockParent = header;
                // An indentation indicator fixes the content's column (the key's column plus it): no
                // content line may be shallower, and leading blank lines may be any width.
                blockIndent = this.explicitIndent > 0 ? header + this.explicitIndent : -1;
                blockLeading = 0;
            }
        }
        return this.stack.length > 0;
    }
    nextLine() {
        if (this.nl >= this.end)
            return false;
        const s = this.s;
        this.ls = this.nl;
        let nl = s.indexOf('\n', this.ls);
        if (nl < 0 || nl >= this.end)
            nl = this.end;
        let le = nl;
        if (le > this.ls && s.charCodeAt(le - 1) === 13)
            le--;
        this.le = le;
        this.nl = nl + 1;
        return true;
    }
    /**
     * A line that opens a key or a sequence item at column `indent` (content at offset `p`).
     * Returns the column that owns a block scalar starting on this line, or -1.
     */
    structural(indent, p) {
        const s = this.s;
        const item = s.charCodeAt(p) === DASH && (p + 1 === this.le || s.charCodeAt(p + 1) === SPACE);
        if (s.charCodeAt(p) === DASH && s.charCodeAt(p + 1) === TAB)
            throw UNSURE;
        const stack = this.stack;
        if (stack.length === 0) {
            if (indent !== 0 || item)
                throw UNSURE; // a document that is not a mapping at column 0
        }
        while (stack.length > 0 && stack[stack.length - 1].indent > indent)
            stack.pop();
        let top = stack[stack.length - 1];
        if (top?.seq && top.indent === indent && !item) {
            stack.pop(); // a sequence at its key's column ends at the next key
            top = stack[stack.length - 1];
        }
        const pending = this.pending;
        this.pending = -1;
        if (item) {
            if (!(top?.seq && top.indent === indent)) {
                // A new sequence: a key's value (deeper, or at the key's own column), or an item's.
                if (pending < 0 || indent < pending || (indent === pending && top?.indent !== indent))
                    throw UNSURE;
                stack.push({ indent, seq: true, keys: undefined });
            }
            return this.itemContent(indent, p);
        }
        if (!(top && !top.seq && top.indent === indent)) {
            if (stack.length > 0 && (pending < 0 || indent <= pending))
                throw UNSURE;
            top = { indent, seq: false, keys: new Keys() };
            stack.push(top);
        }
        return this.pair(top, indent, p);
    }
    /** After the `-` at offset `dash`, column `n`: empty, a compact mapping, or a scalar. */
    itemContent(n, dash) {
        const s = this.s;
        const q = this.skipSpaces(dash + 1);
        if (q === this.le || (s.charCodeAt(q) === HASH && q > dash + 1)) {
            this.pending = n;
            return -1;
        }
        const c = s.charCodeAt(q);
        if (c === DASH && (q + 1 === this.le || s.charCodeAt(q + 1) === SPACE))
            throw UNSURE; // `- - x`
        if (c === TAB)
            throw UNSURE;
        if (this.keyEnd(q) >= 0) {
            const map = { indent: q - this.ls, seq: false, keys: new Keys() };
            this.stack.push(map);
            return this.pair(map, map.indent, q);
        }
        return this.value(n, q, dash, false);
    }
    /** `key: value` at offset `p`, column `m`, in `map`. */
    pair(map, m, p) {
        const colon = this.keyEnd(p);
        if (colon < 0)
            throw UNSURE;
        const key = this.keyText(p, colon);
        if (!map.keys.add(key))
            throw UNSURE; // a duplicate key: the full parse reports it
        const q = this.skipSpaces(colon + 1);
        if (q === this.le || (this.s.charCodeAt(q) === HASH && q > colon + 1)) {
            this.pending = m;
            return -1;
        }
        return this.value(m, q, p, true);
    }
    /**
     * The offset of the `:` that ends a key starting at `p` (followed by a space or the line end),
     * or -1 when the line holds no key.
     */
    keyEnd(p) {
        const s = this.s;
        const le = this.le;
        const c = s.charCodeAt(p);
        if (c === DQUOTE || c === SQUOTE) {
            const close = this.quoteEndOnLine(p + 1, c);
            if (close < 0)
                return -1;
            const colon = this.skipSpaces(close);
            if (colon < le && s.charCodeAt(colon) === COLON && (colon + 1 === le || s.charCodeAt(colon + 1) === SPACE || s.charCodeAt(colon + 1) === TAB))
                return colon;
            return -1;
        }
        if (c < 128 && INDICATOR[c] === 1)
            return -1;
        this.scanPlain(p);
        return this.separator;
    }
    /** Set by scanPlain: the first `:` followed by a space or the line end (-1: none), and the comment start (-1: none). */
    separator = -1;
    comment = -1;
    /**
     * Scans plain text from `p` to the end of its line: where the first mapping `:` is, and where a
     * comment (` #`) starts; a `:` after the comment does not count. One pass, bounded by the line.
     */
    scanPlain(p) {
        const s = this.s;
        const le = this.le;
        this.separator = -1;
        this.comment = -1;
        for (let h = this.next(HASH, p + 1); h < le; h = this.next(HASH, h + 1)) {
            const b = s.charCodeAt(h - 1);
            if (b === SPACE || b === TAB) {
                this.comment = h;
                break;
            }
        }
        const end = this.comment >= 0 ? this.comment : le;
        for (let i = this.next(COLON, p); i < end; i = this.next(COLON, i + 1)) {
            const c = s.charCodeAt(i + 1);
            if (i + 1 === le || c === SPACE || c === TAB) {
                this.separator = i;
                return;
            }
        }
    }
    /** Where the next `#` and `:` at or after the last position asked for are (Infinity: none). */
    hashAt = -1;
    colonAt = -1;
    /**
     * The offset of the next `#` or `:` at or after `from`, or Infinity. Each search resumes where
     * the last one ended, so a document is searched once for each character however many lines ask.
     */
    next(c, from) {
        let at = c === HASH ? this.hashAt : this.colonAt;
        if (at < from) {
            const i = this.s.indexOf(c === HASH ? '#' : ':', from);
            at = i < 0 ? Infinity : i;
            if (c === HASH)
                this.hashAt = at;
            else
                this.colonAt = at;
        }
        return at;
    }
    /** The key between `p` and its colon, as the `yaml` package compares keys. */
    keyText(p, colon) {
        const s = this.s;
        let e = colon;
        while (e > p && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB))
            e--;
        if (e - p > 1000)
            throw UNSURE; // implicit keys are limited to 1024 characters
        const c = s.charCodeAt(p);
        if (c === SQUOTE)
            return s.slice(p + 1, e - 1).replaceAll("''", "'");
        if (c === DQUOTE) {
            const inner = s.slice(p + 1, e - 1);
            if (inner.includes('\\'))
                throw UNSURE;
            return inner;
        }
        const key = s.slice(p, e);
        if (key === '<<')
            throw UNSURE; // merge keys
        return key;
    }
    /** A value starting at offset `q` of the key (`afterKey`) or item that starts at offset `from`, column `n`. */
    value(n, q, from, afterKey) {
        const s = this.s;
        const c = s.charCodeAt(q);
        switch (c) {
            case 124: // |
            case 62: {
                // >
                // The header: a chomping indicator and an indentation indicator (1-9), each optional, in
                // either order. The indentation indicator is taken only after a key (`key: |2-`), where
                // the content's column is the key's column plus it; elsewhere it is left to the full parser.
                let i = q + 1;
                let digit = -1;
                for (let k = 0; k < 2; k++) {
                    const h = s.charCodeAt(i);
                    if ((h === DASH || h === 43) /* + */ && (k === 0 || digit >= 0))
                        i++;
                    else if (h >= 49 && h <= 57 && digit < 0) {
                        digit = h - 48;
                        i++;
                    }
                    else
                        break;
                }
                const j = this.skipSpaces(i);
                if (j < this.le && !(s.charCodeAt(j) === HASH && j > i))
                    throw UNSURE; // anything else after the header
                if (digit >= 0) {
                    if (!afterKey)
                        throw UNSURE; // `- |2`
                    this.explicitIndent = digit;
                }
                return n;
            }
            case DQUOTE:
            case SQUOTE:
                this.quoted(n, q);
                return -1;
            case 91: // [
            case 123: // {
                // A one-line flow collection: the fast parser decides, on the line from its key or `-`
                // (it takes only what the full parser reads without an error).
                if (fastParse(s, from, this.le) === undefined)
                    throw UNSURE;
                return -1;
            default:
                if (c === TAB || (c < 128 && INDICATOR[c] === 1 && !this.plainIndicator(q)))
                    throw UNSURE;
        }
        // A plain scalar: no `: ` in it (a nested mapping), and a comment ends it.
        this.plainOwner = this.plainLine(q) ? n : -1;
        return -1;
    }
    /**
     * Checks the plain scalar text from `p` to the end of the line (or its comment): a `: ` or a
     * final `:` in it is an error. True when the scalar may continue on the next line (no comment).
     */
    plainLine(p) {
        this.scanPlain(p);
        if (this.separator >= 0)
            throw UNSURE;
        return this.comment < 0;
    }
    /** `-`, `?` and `:` start a plain scalar when a character other than a space follows (`-1`, `:x`). */
    plainIndicator(q) {
        const c = this.s.charCodeAt(q);
        if (c !== DASH && c !== 63 /* ? */ && c !== COLON)
            return false;
        const next = this.s.charCodeAt(q + 1);
        return q + 1 < this.le && next !== SPACE && next !== TAB;
    }
    /**
     * A deeper line that continues a plain scalar. In block context it may start with any character
     * but a comment (YAML 1.2 s-ns-plain-next-line); `a: b` then `  c: d` is an error.
     */
    plainContinuation(p) {
        if (this.s.charCodeAt(p) === COLON && !this.plainIndicator(p))
            throw UNSURE;
        if (!this.plainLine(p))
            this.plainOwner = -1;
    }
    /**
     * A quoted scalar starting at `q`, on one line or continued on lines deeper than column `n`;
     * only a comment may follow it. Leaves the skimmer on its last line.
     */
    quoted(n, q) {
        const s = this.s;
        const quote = s.charCodeAt(q);
        let close = this.quoteEndOnLine(q + 1, quote);
        while (close < 0) {
            if (!this.nextLine())
                throw UNSURE; // never closed
            let p = this.ls;
            while (p < this.le && s.charCodeAt(p) === SPACE)
                p++;
            if (p < this.le && p - this.ls <= n)
                throw UNSURE; // continuation lines must be deeper
            if (p < this.le && s.charCodeAt(p) === TAB)
                throw UNSURE;
            close = this.quoteEndOnLine(this.ls, quote);
        }
        const rest = this.skipSpaces(close);
        if (rest < this.le && !(s.charCodeAt(rest) === HASH && rest > close))
            throw UNSURE;
    }
    /**
     * The offset after the closing `quote` of a quoted scalar whose text goes on at offset `from` of
     * this line, or -1 when it does not close on this line. Checks double-quoted escapes on the way.
     */
    quoteEndOnLine(from, quote) {
        const s = this.s;
        const le = this.le;
        let i = from;
        if (quote === SQUOTE) {
            while (i < le) {
                if (s.charCodeAt(i) === SQUOTE) {
                    if (i + 1 < le && s.charCodeAt(i + 1) === SQUOTE) {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return -1;
        }
        while (i < le) {
            const c = s.charCodeAt(i);
            if (c === DQUOTE)
                return i + 1;
            if (c === BACKSLASH) {
                if (i + 1 === le)
                    return -1; // an escaped line break
                const e = s.charCodeAt(i + 1);
                const hex = DQ_HEX[e];
                if (hex !== undefined) {
                    for (let k = 0; k < hex; k++) {
                        const h = s.charCodeAt(i + 2 + k);
                        if (!((h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102)))
                            throw UNSURE;
                    }
                    i += 2 + hex;
                    continue;
                }
                if (!(e < 128 && DQ_ESCAPE[e] === 1))
                    throw UNSURE; // the yaml package reports bad escapes
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }
    skipSpaces(p) {
        const s = this.s;
        while (p < this.le) {
            const c = s.charCodeAt(p);
            if (c !== SPACE && c !== TAB)
                break;
            p++;
        }
        return p;
    }
}
