/**
 * Go template actions (`{{ … }}`) in a chart template: where they are, what kind they are, and
 * which `.Values` keys they read. No template is executed; an action is classified by its first
 * word and its pipeline is scanned for field chains (`.Values.a.b`, `$.Values.a`, `$v.b`, `.b`
 * inside `with`/`range`, `index X "k"`).
 */

import type { Path } from '../engine/types.js';

export interface Action {
  /** Offset of `{{`. */
  readonly start: number;
  /** Offset just after `}}`. */
  readonly end: number;
  /** The text between the delimiters, without trim markers, trimmed; '' for a comment. */
  readonly body: string;
  /** `{{-`: the whitespace before the action (newline included) is removed. */
  readonly trimLeft: boolean;
}

/** Finds every action of a template. Returns an error instead of throwing on unterminated ones. */
export function scanActions(text: string): { actions: Action[]; error: string | undefined } {
  const actions: Action[] = [];
  let i = 0;
  for (;;) {
    const start = text.indexOf('{{', i);
    if (start < 0) return { actions, error: undefined };
    let p = start + 2;
    let trimLeft = false;
    if (text[p] === '-' && /[ \t\r\n]/.test(text[p + 1] ?? '')) {
      trimLeft = true;
      p++;
    }
    let q = p;
    while (q < text.length && /[ \t\r\n]/.test(text[q] as string)) q++;
    if (text.startsWith('/*', q)) {
      const close = text.indexOf('*/', q + 2);
      const end = close < 0 ? -1 : text.indexOf('}}', close + 2);
      if (end < 0) return { actions, error: `line ${lineOf(text, start)}: unterminated comment` };
      actions.push({ start, end: end + 2, body: '', trimLeft });
      i = end + 2;
      continue;
    }
    let end = -1;
    for (let k = p; k < text.length; k++) {
      const c = text[k];
      if (c === '"' || c === "'") {
        k = skipQuoted(text, k, c);
        if (k < 0) return { actions, error: `line ${lineOf(text, start)}: unterminated string in an action` };
      } else if (c === '`') {
        k = text.indexOf('`', k + 1);
        if (k < 0) return { actions, error: `line ${lineOf(text, start)}: unterminated raw string in an action` };
      } else if (c === '}' && text[k + 1] === '}') {
        end = k;
        break;
      }
    }
    if (end < 0) return { actions, error: `line ${lineOf(text, start)}: {{ without }}` };
    let body = text.slice(p, end);
    if (/[ \t\r\n]-$/.test(body)) body = body.slice(0, -1);
    actions.push({ start, end: end + 2, body: body.trim(), trimLeft });
    i = end + 2;
  }
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function skipQuoted(text: string, at: number, quote: string): number {
  for (let k = at + 1; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === quote) return k;
    else if (c === '\n') return -1;
  }
  return -1;
}

export type ActionKind =
  | 'if'
  | 'else'
  | 'with'
  | 'range'
  | 'end'
  | 'define'
  | 'block'
  | 'assign'
  | 'comment'
  | 'nothing'
  | 'output';

export interface ClassifiedAction {
  readonly kind: ActionKind;
  /** The pipeline: the condition of if/with/range, the right side of an assignment, or the output. */
  readonly expr: string;
  /** Variables declared (`range $k, $v := …`, `with $x := …`, `$x := …`). */
  readonly vars: readonly string[];
  /** `else if` / `else with` / `else range`: the kind of the new branch. */
  readonly elseOf?: 'if' | 'with' | 'range';
}

const DECL = /^(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:?=\s*([\s\S]*)$/;

export function classify(body: string): ClassifiedAction {
  if (body === '') return { kind: 'comment', expr: '', vars: [] };
  const m = /^([A-Za-z]+)\b\s*([\s\S]*)$/.exec(body);
  const word = m?.[1];
  const rest = (m?.[2] ?? '').trim();
  switch (word) {
    case 'if':
      return { kind: 'if', expr: rest, vars: [] };
    case 'with':
    case 'range': {
      const d = DECL.exec(rest);
      if (d) return { kind: word, expr: (d[3] as string).trim(), vars: [d[1] as string, ...(d[2] ? [d[2]] : [])] };
      return { kind: word, expr: rest, vars: [] };
    }
    case 'else': {
      const sub = /^(if|with|range)\b\s*([\s\S]*)$/.exec(rest);
      if (!sub) return { kind: 'else', expr: '', vars: [] };
      const d = DECL.exec((sub[2] as string).trim());
      const elseOf = sub[1] as 'if' | 'with' | 'range';
      if (d) return { kind: 'else', expr: (d[3] as string).trim(), vars: [d[1] as string, ...(d[2] ? [d[2]] : [])], elseOf };
      return { kind: 'else', expr: (sub[2] as string).trim(), vars: [], elseOf };
    }
    case 'end':
      return { kind: 'end', expr: '', vars: [] };
    case 'define':
      return { kind: 'define', expr: rest, vars: [] };
    case 'block':
      return { kind: 'block', expr: rest, vars: [] };
    case 'break':
    case 'continue':
      return { kind: 'nothing', expr: '', vars: [] };
    default:
      break;
  }
  const d = DECL.exec(body);
  if (d && !d[2]) return { kind: 'assign', expr: (d[3] as string).trim(), vars: [d[1] as string] };
  return { kind: 'output', expr: body, vars: [] };
}

/** What `.`, `$` or a variable stands for while scanning. */
export type Binding =
  | { readonly kind: 'root' }
  /**
   * `ranged`: an element of the collection at `path` whose key is not known while scanning;
   * `tail` holds the fields read below that element (`$v.port` → `['port']`), or is null when
   * they cannot be followed (nested ranges, `index` with a variable).
   */
  | { readonly kind: 'values'; readonly path: Path; readonly ranged: boolean; readonly tail?: Path | null }
  | { readonly kind: 'rangeKey'; readonly of: Path }
  | { readonly kind: 'unknown' };

export const ROOT: Binding = { kind: 'root' };
export const UNKNOWN: Binding = { kind: 'unknown' };

/**
 * A `.Values` key an action reads. `ranged`: in an element of the collection at `path` that a
 * `range` walks, at `tail` below the element (null when that cannot be followed); once the
 * element's key is known, the key is `[...path, key, ...tail]`.
 */
export interface ValuesRef {
  readonly path: Path;
  readonly ranged: boolean;
  readonly tail?: Path | null;
}

export interface Scope {
  readonly dot: Binding;
  lookup(variable: string): Binding;
}

const TOKEN =
  /"[^"\\\n]*(?:\\.[^"\\\n]*)*"|`[^`]*`|'[^'\\\n]*(?:\\.[^'\\\n]*)*'|\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|(?:\.[A-Za-z0-9_]+)+|\.|[()|,]|[A-Za-z_][A-Za-z0-9_]*|[^\s()|,]+/g;

/** The bindings of every field chain of a pipeline, in order (`index X "a"` read as `X.a`). */
export function chains(expr: string, scope: Scope): Binding[] {
  const tokens = expr.match(TOKEN) ?? [];
  const out: Binding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === 'index' && i + 1 < tokens.length && isChain(tokens[i + 1] as string)) {
      let b = resolveChain(tokens[i + 1] as string, scope);
      let j = i + 2;
      for (; j < tokens.length && /^"[^"\\]*(?:\\.[^"\\]*)*"$|^`[^`]*`$/.test(tokens[j] as string); j++) {
        b = field(b, unquoteGo(tokens[j] as string));
      }
      if (j < tokens.length && isChain(tokens[j] as string)) b = inexact(b);
      out.push(b);
      i = j - 1;
      continue;
    }
    if (isChain(t)) out.push(resolveChain(t, scope));
  }
  return out;
}

/** The `.Values` keys a pipeline reads. */
export function valuesRefs(expr: string, scope: Scope): ValuesRef[] {
  const out: ValuesRef[] = [];
  for (const c of chains(expr, scope)) {
    // The key of a range over values stands for the ranged collection.
    const b: Binding = c.kind === 'rangeKey' ? { kind: 'values', path: c.of, ranged: true, tail: [] } : c;
    if (b.kind !== 'values') continue;
    const tail = b.ranged ? (b.tail ?? null) : undefined;
    const same = (r: ValuesRef): boolean => r.ranged === b.ranged && samePath(r.path, b.path) && JSON.stringify(r.tail ?? null) === JSON.stringify(tail ?? null);
    if (!out.some(same)) out.push({ path: b.path, ranged: b.ranged, ...(tail !== undefined ? { tail } : {}) });
  }
  return out;
}

/** What a `with`/`range` pipeline binds `.` to: its first field chain, when the pipeline is just that. */
export function bindingOf(expr: string, scope: Scope): Binding {
  const all = chains(expr, scope);
  return all.length === 1 ? (all[0] as Binding) : UNKNOWN;
}

/** The element of a ranged collection. */
export function element(b: Binding): Binding {
  if (b.kind !== 'values') return UNKNOWN;
  return b.ranged ? { kind: 'values', path: b.path, ranged: true, tail: null } : { kind: 'values', path: b.path, ranged: true, tail: [] };
}

function isChain(t: string): boolean {
  return t === '.' || t.startsWith('$') || /^(?:\.[A-Za-z0-9_]+)+$/.test(t);
}

function resolveChain(t: string, scope: Scope): Binding {
  let base: Binding;
  let rest: string;
  if (t.startsWith('$')) {
    const dot = t.indexOf('.');
    const name = dot < 0 ? t : t.slice(0, dot);
    base = name === '$' ? ROOT : scope.lookup(name);
    rest = dot < 0 ? '' : t.slice(dot);
  } else {
    base = scope.dot;
    rest = t === '.' ? '' : t;
  }
  let b = base;
  for (const f of rest.split('.').filter((s) => s !== '')) b = field(b, f);
  return b;
}

function field(b: Binding, name: string): Binding {
  switch (b.kind) {
    case 'root':
      return name === 'Values' ? { kind: 'values', path: [], ranged: false } : UNKNOWN;
    case 'values':
      // Inside a range the element's key is not known: stay on the collection.
      if (b.ranged) return { ...b, tail: b.tail ? [...b.tail, name] : null };
      return { kind: 'values', path: [...b.path, name], ranged: false };
    default:
      return UNKNOWN;
  }
}

function inexact(b: Binding): Binding {
  return b.kind === 'values' ? { kind: 'values', path: b.path, ranged: true, tail: null } : b;
}

function unquoteGo(t: string): string {
  if (t.startsWith('`')) return t.slice(1, -1);
  return t.slice(1, -1).replace(/\\(.)/g, '$1');
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The output function of a pipeline that writes YAML blocks, and its `nindent`/`indent` width. */
export function outputShape(expr: string): { fn: 'toYaml' | 'include' | 'tpl' | 'other'; name?: string; nindent?: number; indent?: number } {
  const ni = /\bnindent\s+(\d+)/.exec(expr);
  const ind = /(?:^|[\s|(])indent\s+(\d+)/.exec(expr);
  const widths = { ...(ni ? { nindent: Number(ni[1]) } : {}), ...(ind ? { indent: Number(ind[1]) } : {}) };
  const inc = /\b(?:include|template)\s+"([^"\\]*(?:\\.[^"\\]*)*)"/.exec(expr);
  if (/\b(?:toYaml|toJson|toPrettyJson|toRawJson)\b/.test(expr)) return { fn: 'toYaml', ...widths };
  if (inc) return { fn: 'include', name: inc[1] as string, ...widths };
  if (/\btpl\b/.test(expr)) return { fn: 'tpl', ...widths };
  return { fn: 'other', ...widths };
}
