/**
 * Unrendered templates: manifests that a renderer (envsubst, Jinja or Ansible, a sed script, a test
 * harness) fills in before kubectl sees them. Their placeholders are true YAML errors and schema
 * errors for the text as written, and useless to a person; the rest of the document is checked as
 * usual (the `unrendered-template` rule says once per document that it is a template).
 *
 * Two layers:
 * - `scanTemplateTokens` finds `{{ … }}`, `{% … %}` and `{# … #}` outside quoted strings, comments
 *   and block scalars, line by line, and `${VAR}` in a flow collection (its `}` would end it). A token where a YAML node starts (the line's start, after
 *   `key: `, `- `, `[`, `{` or `,`) breaks the YAML; `maskTemplate` turns such tokens into a plain
 *   scalar of the same length (MASK characters), and lines that hold only tokens (`{% if %}`,
 *   `{{- include … }}`) into comments, so offsets stay exact. Go template actions (`{{ .Values.x }}`,
 *   `{{- if }}`, `{{ include }}`, on lines of their own) make the whole file a template: its
 *   structure is the renderer's; a Go action that stands for a value (`{{ .Values.name }}`) is masked.
 * - `findPlaceholders` finds placeholders in the values: `${VAR}` (envsubst, also
 *   `${VAR:-default}`), `{{ var }}` and `{% … %}` in a string (masked tokens read as written, and a
 *   key set in two branches of an `{% if %}` reads `{% … %}`), `<PLACEHOLDER>`, `($name)` (Kyverno
 *   Chainsaw bindings). Free text is left alone: annotations, ConfigMap and Secret data,
 *   command, args, env values and multi-line strings hold the same syntax as content (shell
 *   scripts, alerting templates), and `{{ }}` in a string counts only in Kubernetes' own kinds (the
 *   controllers of custom resources, Argo Workflows, Kyverno, Istio, render it themselves).
 */
/** Stands for a masked template token in the text given to the parser: a plain-scalar character (private use). */
export const MASK = '\uE000';
const TOKEN_START = /\{[{%#]|\$\{/;
/** Segments that may hold template tokens (a cheap test before the scan, bounded to the segment). */
export function mayHoldTemplateTokens(text, start, end) {
    return TOKEN_START.test(start === 0 && end === text.length ? text : text.slice(start, end));
}
/** A Go template action (Helm's): `.Values`, `$x`, a trim marker, a keyword or function. */
const GO_ACTION = /^(?:-|\s*(?:\.|\$|\/\*|(?:if|else|end|range|with|define|template|block|include|toYaml|toJson|tpl|printf|print|quote|required|lookup|fail|nindent|indent|default)\b))|-$/;
/** A Go action that shapes the document rather than standing for a value: control, includes, whitespace trimming. */
const GO_STRUCTURE = /^-|-$|^\s*(?:if|else|end|range|with|define|template|block|include|toYaml|toJson|tpl|\/\*)\b/;
/** The template tokens of `text[start, end)`, in order. */
export function scanTemplateTokens(text, start, end) {
    const tokens = [];
    let blockParent = -1; // inside a block scalar: lines deeper than this are its content
    let quote = 0; // inside a quoted scalar that goes on past its line: the quote character
    let pos = start;
    while (pos < end) {
        let eol = text.indexOf('\n', pos);
        if (eol < 0 || eol > end)
            eol = end;
        let indent = 0;
        while (pos + indent < eol && text.charCodeAt(pos + indent) === 32)
            indent++;
        const blank = pos + indent >= eol || text.charCodeAt(pos + indent) === 13 || text.charCodeAt(pos + indent) === 35;
        if (blockParent >= 0) {
            if (blank || indent > blockParent) {
                pos = eol + 1;
                continue;
            }
            blockParent = -1;
        }
        const lineTokens = [];
        let i = pos + indent;
        let other = false; // the line holds something besides tokens and a comment
        let atNode = true; // a YAML node may start here: the line's start, after `: `, `- `, `? `, `[`, `{`, or `,` in a flow
        let flow = 0; // flow collections open on this line
        let valueStart = -1; // where the line's last block value starts (for block scalar headers)
        let goLine = false; // the line holds a Go action
        if (quote !== 0) {
            i = closeQuote(text, i, eol, quote);
            if (i < 0) {
                pos = eol + 1;
                continue;
            }
            quote = 0;
            other = true;
            atNode = false;
        }
        while (i < eol) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 9 || c === 13) {
                i++;
                continue;
            }
            if (c === 35 /* # */ && (i === pos || isSpace(text.charCodeAt(i - 1))))
                break;
            if (c === 123 /* { */ && (text[i + 1] === '{' || text[i + 1] === '%' || text[i + 1] === '#')) {
                const close = text[i + 1] === '{' ? '}}' : text[i + 1] === '%' ? '%}' : '#}';
                const rest = text.slice(i + 2, eol); // searched within the line only: a stray `{{` must not scan the file
                const at = rest.indexOf(close);
                const tokenEnd = at >= 0 ? i + 2 + at + 2 : eol;
                const inner = at >= 0 ? rest.slice(0, at) : rest;
                const go = close === '}}' && GO_ACTION.test(inner);
                lineTokens.push({ start: i, end: tokenEnd, structural: atNode, statement: false, go: go && atNode && GO_STRUCTURE.test(inner) });
                if (go)
                    goLine = true;
                if (atNode && flow === 0)
                    valueStart = i;
                atNode = false;
                i = tokenEnd;
                continue;
            }
            if (c === 36 /* $ */ && flow > 0 && text[i + 1] === '{') {
                // `${VAR}` in a flow collection: its `}` would close the collection.
                const brace = text.slice(i + 2, eol).indexOf('}');
                const close = brace >= 0 ? i + 2 + brace : -1;
                if (close >= 0) {
                    lineTokens.push({ start: i, end: close + 1, structural: true, statement: false, go: false });
                    other = true;
                    atNode = false;
                    i = close + 1;
                    continue;
                }
            }
            other = true;
            if ((c === 34 || c === 39) && atNode) {
                if (flow === 0)
                    valueStart = i;
                const closed = closeQuote(text, i + 1, eol, c);
                if (closed < 0) {
                    quote = c;
                    break;
                }
                i = closed;
                atNode = false;
                continue;
            }
            const next = i + 1 < eol ? text.charCodeAt(i + 1) : 32;
            if ((c === 58 /* : */ || ((c === 45 /* - */ || c === 63) /* ? */ && atNode)) && (isSpace(next) || (flow > 0 && c === 58 && (next === 44 || next === 93 || next === 125)))) {
                atNode = true;
                if (flow === 0)
                    valueStart = -1;
            }
            else if ((c === 91 /* [ */ || c === 123) /* { */ && atNode) {
                if (flow === 0)
                    valueStart = i;
                flow++;
            }
            else if (flow > 0 && c === 44 /* , */) {
                atNode = true;
            }
            else if (flow > 0 && (c === 93 || c === 125)) {
                flow--;
                atNode = false;
            }
            else {
                if (atNode && flow === 0)
                    valueStart = i;
                atNode = false;
            }
            i++;
        }
        const statement = lineTokens.length > 0 && !other;
        // Go actions that shape the document (a line of its own, a control action or an include where a
        // node starts) make the file a Go template throughout; one that stands for a value is masked as
        // a placeholder, and inside a plain scalar it is text (an alerting rule's `{{ $labels.pod }}`).
        for (const t of lineTokens)
            tokens.push(statement ? { ...t, structural: true, statement: true, go: goLine } : t);
        // A block scalar header (`key: |`, `- >-`, `key: &a |`, `key: !!str |`) as the line's last
        // value: the deeper lines are its content.
        if (valueStart >= 0 && quote === 0 && /^(?:[&!][^ \t]*[ \t]+)*[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.test(text.slice(valueStart, eol)))
            blockParent = indent;
        pos = eol + 1;
    }
    return tokens;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13;
}
/** The offset after the quote that closes a quoted scalar whose text goes on at `from`, or -1 past the line. */
function closeQuote(text, from, eol, quote) {
    for (let i = from; i < eol; i++) {
        const c = text.charCodeAt(i);
        if (quote === 34 && c === 92 /* \ */) {
            i++;
            continue;
        }
        if (c !== quote)
            continue;
        if (quote === 39 && text.charCodeAt(i + 1) === 39) {
            i++;
            continue;
        }
        return i + 1;
    }
    return -1;
}
/**
 * `text[start, end)` with its structural tokens masked: a statement line becomes a comment, any
 * other structural token a plain scalar of MASK characters. Same length, same line breaks.
 */
export function maskTemplate(text, start, end, tokens) {
    let out = '';
    let at = start;
    let commented = -1; // the line already made a comment
    for (const t of tokens) {
        if (!t.structural)
            continue;
        out += text.slice(at, t.start);
        if (t.statement) {
            const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
            out += (commented === lineStart ? ' ' : '#') + ' '.repeat(t.end - t.start - 1);
            commented = lineStart;
        }
        else {
            out += MASK.repeat(t.end - t.start);
        }
        at = t.end;
    }
    return out + text.slice(at, end);
}
/** Segments that may hold placeholders in their values (a cheap test before the walk). */
export const PLACEHOLDER_GATE = /\$\{[A-Za-z_]|\{\{|\{%|<[A-Za-z]|\(\$[A-Za-z_]/;
const ENVSUBST = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=?+])[^}\n]*)?\}/;
const MUSTACHE = /\{\{[^}\n]*\}\}/;
const JINJA_STATEMENT = /\{%[^%\n]*%\}/;
const ANGLE = /<[A-Za-z][A-Za-z0-9 _.-]*[A-Za-z0-9]>/;
const BINDING = /^\(\$[A-Za-z_][A-Za-z0-9_.]*\)$/;
/** Keys under which values are free text, not placeholders: see the module comment. */
const FREE_TEXT = new Set(['annotations', 'data', 'stringData', 'binaryData', 'command', 'args', 'env']);
/**
 * `{{ }}` inside a string counts only in Kubernetes' own kinds (`v1`, `apps/v1`, `*.k8s.io`): the
 * controllers of custom resources often render it themselves (Argo Workflows, Kyverno, Istio's
 * injection templates).
 */
function builtIn(apiVersion) {
    if (typeof apiVersion !== 'string')
        return false;
    const slash = apiVersion.indexOf('/');
    if (slash < 0)
        return true;
    const group = apiVersion.slice(0, slash);
    return !group.includes('.') || group.endsWith('.k8s.io');
}
/**
 * The placeholders in a document's value, in document order (one per value). `masked`: the
 * document had template tokens masked, whose values count whatever the kind.
 */
export function findPlaceholders(value, masked = false) {
    const out = [];
    const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    const mustache = masked || builtIn(root?.['apiVersion']);
    const path = [];
    const walk = (v, depth) => {
        if (depth > 100)
            return;
        if (typeof v === 'string') {
            const p = placeholderIn(v, mustache);
            if (p)
                out.push({ path: [...path], ...p });
            return;
        }
        if (v === null || typeof v !== 'object')
            return;
        if (Array.isArray(v)) {
            v.forEach((item, i) => {
                path.push(i);
                walk(item, depth + 1);
                path.pop();
            });
            return;
        }
        for (const [k, item] of Object.entries(v)) {
            const key = placeholderIn(k, mustache);
            if (key)
                out.push({ path: [...path, k], ...key });
            path.push(k);
            if (!FREE_TEXT.has(k) || key)
                walk(item, depth + 1);
            else if (masked)
                walkMasked(item, depth + 1);
            path.pop();
        }
    };
    // In free text, only a token masked where a node starts (a value that starts with it) counts.
    const walkMasked = (v, depth) => {
        if (depth > 100)
            return;
        if (typeof v === 'string') {
            const m = /^\{\{[^}\n]*\}\}|^\{%[^%\n]*%\}/.exec(v);
            if (m)
                out.push({ path: [...path], text: m[0], syntax: m[0].startsWith('{{') ? '{{ }}' : '{% %}' });
            return;
        }
        if (v === null || typeof v !== 'object')
            return;
        for (const [k, item] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
            path.push(k);
            walkMasked(item, depth + 1);
            path.pop();
        }
    };
    walk(value, 0);
    return out;
}
function placeholderIn(s, mustache) {
    if (s.includes('\n'))
        return undefined;
    const env = ENVSUBST.exec(s);
    if (env)
        return { text: env[0], syntax: '${VAR}' };
    if (mustache) {
        const m = MUSTACHE.exec(s);
        if (m)
            return { text: m[0], syntax: '{{ }}' };
        const j = JINJA_STATEMENT.exec(s);
        if (j)
            return { text: j[0], syntax: '{% %}' };
    }
    const angle = ANGLE.exec(s);
    if (angle)
        return { text: angle[0], syntax: '<PLACEHOLDER>' };
    if (BINDING.test(s))
        return { text: s, syntax: '($name)' };
    return undefined;
}
