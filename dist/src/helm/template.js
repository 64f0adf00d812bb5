/**
 * A chart template's YAML key structure, read without executing the template.
 *
 * Lines are read by their indentation, as YAML reads them, with every `{{ … }}` action masked
 * out. Control actions (`if`, `else`, `with`, `range`, `define`, `end`) write nothing: they only
 * open and close *frames*, and each node remembers the frames it sits in, so the mapper can tell
 * a key that is always written from one written under a condition or once per range iteration.
 * A line that is nothing but output actions (`{{- toYaml .Values.x | nindent 4 }}`,
 * `{{- include "labels" . | nindent 4 }}`) is an *output* node: it writes keys or items that
 * cannot be known without running the template; `nindent N` says at which indentation.
 * Lines that read as neither key, item, comment nor output become *text* nodes (they could write
 * anything), so that the mapper stays conservative. Nothing here throws on bad input: an
 * unbalanced or unterminated action makes the template unusable, with a reason.
 */
import { bindingOf, classify, element, outputShape, ROOT, scanActions, UNKNOWN, valuesRefs, } from './actions.js';
// Actions are masked with two private-use characters, which chart templates do not contain.
const ACTION_START = '\uE000';
const ANYTHING = { test: () => true };
const ACTION_BODY = '\uE001';
export function parseTemplate(text) {
    const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const { actions, error } = scanActions(text);
    if (error)
        return { sections: [], error, lines };
    try {
        return new Parser(text, lines, actions).run();
    }
    catch (e) {
        return { sections: [], error: e instanceof ParseError ? e.message : `cannot read the template: ${String(e)}`, lines };
    }
}
class ParseError extends Error {
}
class Parser {
    lines;
    actions;
    masked;
    starts = [];
    frames = [];
    rootVars = new Map();
    nextId = 1;
    sections = [];
    section;
    stack = [];
    blockScalar;
    constructor(text, lines, actions) {
        this.lines = lines;
        this.actions = actions;
        let out = '';
        let last = 0;
        for (const a of actions) {
            out += text.slice(last, a.start) + ACTION_START + text.slice(a.start + 1, a.end).replace(/[^\n]/g, ACTION_BODY);
            last = a.end;
        }
        this.masked = out + text.slice(last);
        let s = 0;
        for (const l of text.split('\n')) {
            this.starts.push(s);
            s += l.length + 1;
        }
    }
    run() {
        this.newSection(1);
        let ai = 0;
        for (let i = 0; i < this.lines.length; i++) {
            const s = this.starts[i];
            const line = this.lines[i];
            const m = this.masked.slice(s, s + line.length);
            const here = [];
            while (ai < this.actions.length && this.actions[ai].start < s + line.length) {
                const a = this.actions[ai++];
                here.push({ a, c: classify(a.body), col: a.start - s });
            }
            this.line(i + 1, m, here);
        }
        if (this.frames.length > 0) {
            throw new ParseError(`a {{ ${this.frames.at(-1)?.kind} }} is never closed with {{ end }}`);
        }
        this.finishSection();
        return { sections: this.sections.filter((x) => x.nodes.length > 0), error: undefined, lines: this.lines };
    }
    line(lineNo, m, here) {
        const hasText = /[^\s\uE000\uE001]/.test(m);
        const isOutput = (c) => c.kind === 'output' || c.kind === 'block';
        if (!hasText) {
            for (const h of here) {
                if (isOutput(h.c) && !this.inDefine() && this.blockScalar === undefined)
                    this.addOutput(lineNo, h.a, h.c, h.col);
                this.control(h.c, lineNo);
            }
            return;
        }
        // The structure starts at the first text character or output action.
        let start = -1;
        for (let p = 0; p < m.length; p++) {
            const ch = m[p];
            if (ch === ' ' || ch === '\t' || ch === ACTION_BODY)
                continue;
            if (ch === ACTION_START) {
                const h = here.find((x) => x.col === p);
                if (h && !isOutput(h.c))
                    continue;
            }
            start = p;
            break;
        }
        let k = 0;
        for (; k < here.length && here[k].col < start; k++)
            this.control(here[k].c, lineNo);
        if (this.blockScalar !== undefined && start <= this.blockScalar)
            this.blockScalar = undefined;
        if (this.blockScalar === undefined && !this.inDefine())
            this.text(lineNo, m, start, here.slice(k));
        for (; k < here.length; k++)
            this.control(here[k].c, lineNo);
    }
    // ---- control flow -------------------------------------------------------------------------
    scope() {
        const frames = this.frames;
        const rootVars = this.rootVars;
        return {
            dot: frames.at(-1)?.dot ?? ROOT,
            lookup(v) {
                for (let i = frames.length - 1; i >= 0; i--) {
                    const b = frames[i].vars.get(v);
                    if (b)
                        return b;
                }
                return rootVars.get(v) ?? UNKNOWN;
            },
        };
    }
    inDefine() {
        return this.frames.some((f) => f.kind === 'define');
    }
    control(c, lineNo) {
        const scope = this.scope();
        const push = (kind, dot, over) => {
            const f = { id: this.nextId++, kind, dot, outerDot: scope.dot, vars: new Map(), ...overOf(over) };
            this.frames.push(f);
            return f;
        };
        switch (c.kind) {
            case 'if':
                push('if', scope.dot);
                return;
            case 'with': {
                const b = bindingOf(c.expr, scope);
                const f = push('with', b, b);
                if (c.vars[0])
                    f.vars.set(c.vars[0], b);
                return;
            }
            case 'range': {
                const b = bindingOf(c.expr, scope);
                const f = push('range', element(b), b);
                declareRange(f, c.vars, b);
                return;
            }
            case 'else': {
                const top = this.frames.pop();
                if (!top || top.kind === 'define')
                    throw new ParseError(`line ${lineNo}: {{ else }} outside if, with or range`);
                const outer = { dot: top.outerDot, lookup: (v) => this.scope().lookup(v) };
                const kind = c.elseOf ?? 'if';
                const b = kind === 'with' || kind === 'range' ? bindingOf(c.expr, outer) : top.outerDot;
                const f = {
                    id: this.nextId++,
                    kind,
                    dot: kind === 'range' ? element(b) : b,
                    outerDot: top.outerDot,
                    vars: new Map(),
                    ...(kind === 'if' ? {} : overOf(b)),
                };
                if (kind === 'with' && c.vars[0])
                    f.vars.set(c.vars[0], b);
                if (kind === 'range')
                    declareRange(f, c.vars, b);
                this.frames.push(f);
                return;
            }
            case 'end':
                if (!this.frames.pop())
                    throw new ParseError(`line ${lineNo}: {{ end }} without an opening action`);
                return;
            case 'define':
            case 'block':
                push('define', UNKNOWN);
                return;
            case 'assign': {
                const target = this.frames.at(-1)?.vars ?? this.rootVars;
                target.set(c.vars[0], bindingOf(c.expr, scope));
                return;
            }
            default:
                return;
        }
    }
    snapshot() {
        return this.frames.map((f) => ({ id: f.id, kind: f.kind, ...(f.over ? { over: f.over } : {}) }));
    }
    // ---- structure -----------------------------------------------------------------------------
    newSection(line) {
        if (this.sections.length > 0)
            this.finishSection();
        this.section = { nodes: [], frames: [], line };
        this.sections.push(this.section);
        this.stack = [{ node: undefined, children: this.section.nodes, col: -1 }];
        this.blockScalar = undefined;
    }
    /** The frames every top-level node of the section shares. */
    finishSection() {
        const nodes = this.section.nodes;
        if (nodes.length === 0)
            return;
        let common = nodes[0].frames;
        for (const n of nodes) {
            let i = 0;
            while (i < common.length && i < n.frames.length && common[i].id === n.frames[i].id)
                i++;
            common = common.slice(0, i);
        }
        this.section.frames = common;
    }
    /**
     * Pops the indentation stack down to the containers of a node at `col`. That is one container,
     * except for an output at the indentation of a compact sequence (`drop:\n- ALL\n{{ toYaml … }}`):
     * it continues the sequence if it writes items and is a sibling of its key if it writes keys,
     * which cannot be told from the template, so it belongs to both.
     */
    containersFor(col, kind) {
        for (;;) {
            const top = this.stack.at(-1);
            if (this.stack.length === 1)
                return [top.children];
            if (top.col > col) {
                this.stack.pop();
                continue;
            }
            if (top.col === col) {
                const node = top.node;
                if (node.kind === 'item') {
                    this.stack.pop();
                    continue;
                }
                // A key followed by items at its own indentation: a compact sequence (`drop:\n- ALL`).
                const compact = node.kind === 'key' && node.value === undefined && (kind === 'item' || (kind === 'output' && node.children.some((c) => c.kind === 'item')));
                if (!compact) {
                    this.stack.pop();
                    continue;
                }
                if (kind === 'output')
                    return [top.children, this.stack.at(-2).children];
            }
            return [top.children];
        }
    }
    containerFor(col, kind) {
        return this.containersFor(col, kind)[0];
    }
    push(node, col) {
        this.stack.push({ node, children: node.children, col });
    }
    addOutput(lineNo, a, c, col) {
        const shape = outputShape(c.expr);
        const line = this.lines[lineNo - 1];
        const at = shape.nindent ?? (shape.indent !== undefined ? (a.trimLeft ? shape.indent : col + shape.indent) : col);
        const end = a.end - this.starts[lineNo - 1];
        const node = {
            kind: 'output',
            line: lineNo,
            col,
            endCol: Math.min(end, line.length),
            frames: this.snapshot(),
            children: [],
            output: this.outputInfo(c, shape),
        };
        for (const c of this.containersFor(at, 'output'))
            c.push(node);
    }
    outputInfo(c, shape) {
        const refs = valuesRefs(c.expr, this.scope());
        const source = shape.fn === 'include' ? undefined : refs[0];
        return { text: c.expr, fn: shape.fn, ...(shape.name !== undefined ? { name: shape.name } : {}), ...(source ? { source } : {}) };
    }
    /** A line with text, from its structural start `col`. */
    text(lineNo, m, col, actions) {
        const rest = m.slice(col);
        if (rest.startsWith('#'))
            return;
        if (col === 0 && /^(---|\.\.\.)(\s|$)/.test(rest)) {
            this.newSection(lineNo + 1);
            return;
        }
        const endCol = m.trimEnd().length;
        this.content(lineNo, m, col, endCol, actions, undefined);
    }
    /** Reads a key, an item or a bare value starting at `col`; `item` is the item it follows on the line. */
    content(lineNo, m, col, endCol, actions, item) {
        const rest = m.slice(col, endCol);
        const frames = this.snapshot();
        if (/^-(\s|$)/.test(rest)) {
            const node = { kind: 'item', line: lineNo, col, endCol, frames, children: [] };
            (item ? item.children : this.containerFor(col, 'item')).push(node);
            this.push(node, col);
            let c2 = col + 1;
            while (c2 < endCol && (m[c2] === ' ' || m[c2] === '\t'))
                c2++;
            if (c2 < endCol)
                this.content(lineNo, m, c2, endCol, actions, node);
            return;
        }
        const key = parseKey(rest);
        if (!key) {
            if (item) {
                item.value = this.valueOf(lineNo, m, col, endCol, actions, item, item.col);
                return;
            }
            const node = { kind: 'text', line: lineNo, col, endCol, frames, children: [] };
            this.containerFor(col, 'key').push(node);
            return;
        }
        const quoted = rest[0] === '"' || rest[0] === "'";
        const keyCol = quoted ? col + 1 : col;
        const raw = this.lines[lineNo - 1].slice(keyCol, col + key.keyEnd - (quoted ? 1 : 0));
        const keyActions = actions.filter((h) => h.col >= col && h.col < col + key.keyEnd);
        const node = {
            kind: 'key',
            line: lineNo,
            col,
            endCol,
            frames,
            children: [],
            ...(keyActions.length === 0
                ? { key: key.text }
                : { keyPattern: patternOf(raw, keyCol, keyActions, this.starts[lineNo - 1]) ?? ANYTHING }),
            ...keyRangeOf(keyActions, raw, this.scope()),
        };
        (item ? item.children : this.containerFor(col, 'key')).push(node);
        this.push(node, col);
        const vStart = col + key.valueStart;
        let v = vStart;
        while (v < endCol && (m[v] === ' ' || m[v] === '\t'))
            v++;
        if (v < endCol)
            node.value = this.valueOf(lineNo, m, v, endCol, actions, node, col);
    }
    maybeBlockStart(indent, value) {
        if (/^[|>][0-9+-]*\s*(#.*)?$/.test(value)) {
            this.blockScalar = indent;
            return true;
        }
        return false;
    }
    /** The value written from column `v` to `endCol` of a key or item line. */
    valueOf(lineNo, m, v, endCol, actions, node, indent) {
        let mv = stripComment(m.slice(v, endCol));
        let start = v;
        // Anchors and tags before the value.
        for (;;) {
            const t = /^([&!][^\s]*)\s+/.exec(mv);
            if (!t)
                break;
            start += t[0].length;
            mv = mv.slice(t[0].length);
        }
        if (mv === '')
            return undefined;
        if (this.maybeBlockStart(indent, mv))
            return { kind: 'block' };
        const inValue = actions.filter((h) => h.col >= start && h.col < start + mv.length);
        const scope = this.scope();
        const refs = inValue.filter((h) => h.c.kind === 'output').flatMap((h) => valuesRefs(h.c.expr, scope));
        if (mv.startsWith('[') || mv.startsWith('{'))
            return { kind: 'flow', refs };
        const raw = this.lines[lineNo - 1].slice(start, start + mv.length);
        if (inValue.length === 0) {
            const q = unquote(raw);
            return q !== undefined ? { kind: 'literal', text: q, quoted: true } : { kind: 'literal', text: raw, quoted: false };
        }
        // One output action that writes a block (`{{ toYaml .Values.x | nindent 4 }}`): its lines
        // are the node's children.
        const only = inValue.length === 1 && /^\uE000\uE001*$/.test(mv) ? inValue[0] : undefined;
        if (only && only.c.kind === 'output') {
            const shape = outputShape(only.c.expr);
            if (shape.nindent !== undefined || shape.fn === 'toYaml' || shape.fn === 'include') {
                const line = this.lines[lineNo - 1];
                node.children.push({
                    kind: 'output',
                    line: lineNo,
                    col: start,
                    endCol: Math.min(line.length, only.a.end - this.starts[lineNo - 1]),
                    frames: this.snapshot(),
                    children: [],
                    output: this.outputInfo(only.c, shape),
                });
            }
        }
        const quoted = raw.length >= 2 && /^".*"$|^'.*'$/.test(raw);
        const pattern = patternOf(quoted ? raw.slice(1, -1) : raw, start + (quoted ? 1 : 0), inValue, this.starts[lineNo - 1]);
        const rangeKeyOf = only ? keyRangeOf([only], raw, scope).keyRange : undefined;
        return { kind: 'templated', pattern, refs, ...(rangeKeyOf ? { rangeKeyOf } : {}) };
    }
}
function overOf(b) {
    return b?.kind === 'values' && !b.ranged ? { over: b.path } : {};
}
function declareRange(f, vars, b) {
    if (vars.length === 2) {
        f.vars.set(vars[0], b.kind === 'values' && !b.ranged ? { kind: 'rangeKey', of: b.path } : UNKNOWN);
        f.vars.set(vars[1], element(b));
    }
    else if (vars.length === 1) {
        f.vars.set(vars[0], element(b));
    }
}
/** `key:` at the start of `rest`: the key's text, where it ends and where its value starts. */
function parseKey(rest) {
    const q = rest[0];
    if (q === '"' || q === "'") {
        let k = 1;
        for (; k < rest.length; k++) {
            if (q === '"' && rest[k] === '\\')
                k++;
            else if (rest[k] === q) {
                if (q === "'" && rest[k + 1] === "'")
                    k++;
                else
                    break;
            }
        }
        if (k >= rest.length)
            return undefined;
        let c = k + 1;
        while (rest[c] === ' ')
            c++;
        if (rest[c] !== ':' || !(c + 1 === rest.length || rest[c + 1] === ' ' || rest[c + 1] === '\t'))
            return undefined;
        const inner = rest.slice(1, k);
        const text = q === '"' ? inner.replace(/\\(.)/g, '$1') : inner.replace(/''/g, "'");
        return { text, keyEnd: k + 1, valueStart: c + 1 };
    }
    if (/^[[\]{}|>!&*%@`?,#]/.test(rest))
        return undefined;
    for (let i = 0; i < rest.length; i++) {
        const ch = rest[i];
        if (ch === '#' && i > 0 && (rest[i - 1] === ' ' || rest[i - 1] === '\t'))
            return undefined;
        if (ch === ':' && (i + 1 === rest.length || rest[i + 1] === ' ' || rest[i + 1] === '\t')) {
            const text = rest.slice(0, i).trimEnd();
            if (text === '')
                return undefined;
            return { text, keyEnd: text.length, valueStart: i + 1 };
        }
    }
    return undefined;
}
function stripComment(v) {
    if (v.startsWith('"') || v.startsWith("'")) {
        const close = v[0] === '"' ? findClose(v) : v.indexOf("'", 1);
        if (close > 0) {
            const hash = v.indexOf(' #', close);
            return (hash < 0 ? v : v.slice(0, hash)).trimEnd();
        }
        return v.trimEnd();
    }
    const hash = v.search(/[ \t]#/);
    return (hash < 0 ? v : v.slice(0, hash)).trimEnd();
}
function findClose(v) {
    for (let k = 1; k < v.length; k++) {
        if (v[k] === '\\')
            k++;
        else if (v[k] === '"')
            return k;
    }
    return -1;
}
function unquote(raw) {
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
        return raw.slice(1, -1).replace(/\\(["\\/])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    }
    if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'"))
        return raw.slice(1, -1).replace(/''/g, "'");
    return undefined;
}
/**
 * What a text with actions can render to: its literal parts, anything for each action.
 * Undefined when it is nothing but actions (it can render to anything).
 */
function patternOf(raw, rawCol, actions, lineStart) {
    const parts = [];
    let literal = false;
    let p = 0;
    const sorted = [...actions].sort((x, y) => x.col - y.col);
    for (const h of sorted) {
        const from = h.col - rawCol;
        if (from < p || from > raw.length)
            continue;
        const part = raw.slice(p, from);
        if (part !== '')
            literal = true;
        parts.push(part);
        const endInLine = h.a.end - lineStart - rawCol;
        p = Math.min(raw.length, endInLine);
    }
    const tail = raw.slice(p);
    if (tail !== '')
        literal = true;
    parts.push(tail);
    return literal ? gapPattern(parts) : undefined;
}
/**
 * Literal parts with gaps between them (`a{{ x }}b{{ y }}c`: a, b, c). The text must start with
 * the first part, end with the last, and hold the others in order between them; taking each at
 * its leftmost place is then enough (a later place never leaves more room for the rest). No
 * RegExp: one lazy `[\s\S]*?` per action backtracks exponentially in the number of actions.
 */
function gapPattern(parts) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    return {
        test(text) {
            if (parts.length === 1)
                return text === first;
            if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last))
                return false;
            let at = first.length;
            const end = text.length - last.length;
            for (let i = 1; i < parts.length - 1; i++) {
                const part = parts[i];
                const found = text.indexOf(part, at);
                if (found < 0 || found + part.length > end)
                    return false;
                at = found + part.length;
            }
            return true;
        },
    };
}
/** `{{ $k }}` as a whole key, `$k` the key variable of a range over values. */
function keyRangeOf(keyActions, raw, scope) {
    if (keyActions.length !== 1)
        return {};
    const h = keyActions[0];
    if (raw.trim().replace(/^["']|["']$/g, '').length !== h.a.end - h.a.start)
        return {};
    const m = /^(\$[A-Za-z0-9_]+)(\s*\|\s*quote)?$/.exec(h.c.expr);
    if (!m)
        return {};
    const b = scope.lookup(m[1]);
    return b.kind === 'rangeKey' ? { keyRange: b.of } : {};
}
