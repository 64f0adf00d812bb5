/**
 * Glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`) over `/`-separated relative paths.
 *
 * Patterns come from the command line and from `.srcip-lint.yaml` (which a pull request can
 * change), and paths from the scanned tree: matching must stay linear whatever either holds. So a
 * pattern is compiled to a small NFA and simulated state-set by state-set (Thompson's method),
 * never to a backtracking RegExp: `**\/**\/**\/x` or `*a*a*a*a*b` cost O(path × pattern).
 */

export function hasGlobChars(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** A compiled glob: `test(path)` says whether a whole relative path matches. */
export interface Glob {
  test(path: string): boolean;
}

/**
 * Compiles a glob over whole relative paths. By default (ignore lists) a pattern without `/`
 * matches at any depth, as in .gitignore; `anyDepth: false` anchors it (command-line globs, as a
 * shell would). A pattern ending in `/` matches everything below that directory.
 */
export function compileGlob(pattern: string, options: { anyDepth?: boolean } = {}): Glob {
  let p = pattern.replace(/\\/g, '/');
  if (p.startsWith('./')) p = p.slice(2);
  const anyDepth = (options.anyDepth ?? true) && !p.includes('/');
  const parsed = new GlobParser(p).parse();
  if (p.endsWith('/')) parsed.push({ t: 'globstar' });
  const items: Item[] = anyDepth ? [{ t: 'dirs' }, ...parsed] : parsed;
  const accept = new State();
  accept.final = true;
  const start = build(items, accept);
  return { test: (path) => run(start, path) };
}

/** The leading part of a pattern without glob characters (a directory to walk from). */
export function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (hasGlobChars(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  return base.join('/') || '.';
}

/** Pattern items: a character test, `*` (within a segment), `**` (across segments), `**\/` (zero or more directories), `{a,b}`. */
type Item =
  | { t: 'char'; test: (c: number) => boolean }
  | { t: 'star' }
  | { t: 'globstar' }
  | { t: 'dirs' }
  | { t: 'alt'; options: Item[][] };

const SLASH = 47;

class GlobParser {
  private i = 0;

  constructor(private readonly p: string) {}

  parse(): Item[] {
    return this.sequence(false);
  }

  /** Items up to the end, or (inside braces) up to an unnested `,` or `}`. */
  private sequence(inBraces: boolean): Item[] {
    const p = this.p;
    const out: Item[] = [];
    while (this.i < p.length) {
      const c = p[this.i] as string;
      if (inBraces && (c === ',' || c === '}')) return out;
      if (c === '*') {
        if (p[this.i + 1] === '*') {
          const slashAfter = p[this.i + 2] === '/';
          this.i += slashAfter ? 3 : 2;
          // `**/**/` is one `**/`: repeated globstars add nothing but states.
          const last = out[out.length - 1];
          if (slashAfter) {
            if (last?.t !== 'dirs') out.push({ t: 'dirs' });
          } else if (last?.t !== 'globstar') out.push({ t: 'globstar' });
          continue;
        }
        if (out[out.length - 1]?.t !== 'star') out.push({ t: 'star' });
        this.i++;
      } else if (c === '?') {
        out.push({ t: 'char', test: (x) => x !== SLASH });
        this.i++;
      } else if (c === '[') {
        const cls = this.charClass();
        if (cls) out.push(cls);
        else {
          out.push(literal(91));
          this.i++;
        }
      } else if (c === '{') {
        const save = this.i;
        this.i++;
        const options: Item[][] = [this.sequence(true)];
        while (p[this.i] === ',') {
          this.i++;
          options.push(this.sequence(true));
        }
        if (p[this.i] === '}') {
          this.i++;
          out.push({ t: 'alt', options });
        } else {
          // No closing brace: the `{` is a literal character.
          this.i = save + 1;
          out.push(literal(123));
        }
      } else {
        out.push(literal(c.charCodeAt(0)));
        this.i++;
      }
    }
    return out;
  }

  /** `[abc]`, `[a-z]`, `[!a]` / `[^a]`; undefined when there is no closing `]`. */
  private charClass(): Item | undefined {
    const cls = charClass(this.p, this.i, false);
    if (!cls) return undefined;
    this.i = cls.end;
    return cls.item;
  }
}

function literal(code: number): Item {
  return { t: 'char', test: (x) => x === code };
}

/** An NFA state: consumes one character passing `test` into `out`, or (no test) is an ε-split. */
class State {
  test: ((c: number) => boolean) | undefined;
  out: State[] = [];
  final = false;
}

const ANY = (): boolean => true;
const NOT_SLASH = (c: number): boolean => c !== SLASH;
const IS_SLASH = (c: number): boolean => c === SLASH;

/** Builds the states for `items` followed by `next`; returns the entry state. */
function build(items: readonly Item[], next: State): State {
  let cur = next;
  for (let k = items.length - 1; k >= 0; k--) cur = buildItem(items[k] as Item, cur);
  return cur;
}

function buildItem(item: Item, next: State): State {
  const state = new State();
  switch (item.t) {
    case 'char':
      state.test = item.test;
      state.out = [next];
      return state;
    case 'star':
    case 'globstar': {
      // loop: ε → (one character → loop) | next
      const step = new State();
      step.test = item.t === 'star' ? NOT_SLASH : ANY;
      step.out = [state];
      state.out = [step, next];
      return state;
    }
    case 'dirs': {
      // (.*/)? : ε → next | (any* then `/` → next)
      const loop = new State();
      const any = new State();
      any.test = ANY;
      any.out = [loop];
      const slash = new State();
      slash.test = IS_SLASH;
      slash.out = [next];
      loop.out = [any, slash];
      state.out = [next, loop];
      return state;
    }
    case 'alt':
      state.out = item.options.map((opt) => build(opt, next));
      return state;
  }
}

/** Adds `s` and every state reachable from it by ε-moves to `set`. */
function close(s: State, set: Set<State>): void {
  const stack = [s];
  while (stack.length > 0) {
    const x = stack.pop() as State;
    if (set.has(x)) continue;
    set.add(x);
    if (!x.test) for (const o of x.out) stack.push(o);
  }
}

function run(start: State, text: string): boolean {
  let current = new Set<State>();
  close(start, current);
  for (let i = 0; i < text.length && current.size > 0; i++) {
    const c = text.charCodeAt(i);
    const next = new Set<State>();
    for (const s of current) if (s.test?.(c)) for (const o of s.out) close(o, next);
    current = next;
  }
  for (const s of current) if (s.final) return true;
  return false;
}

/**
 * A `.gitignore` pattern (git's wildmatch with `WM_PATHNAME`), without its `!`, leading `/` and
 * trailing `/`, as a Glob on the NFA above: `*`, `?` and `[...]` (`[!...]`) do not match `/`;
 * `\x` is the character x; `**` then `/` at the start or after a `/` is zero or more directories, a
 * `**` at the end after a `/` (or alone) matches everything, any other `**` is a `*`. Undefined for
 * a class without its `]` (git ignores such a pattern).
 */
export function compileGitPattern(pattern: string): Glob | undefined {
  const items: Item[] = [];
  const p = pattern;
  let i = 0;
  while (i < p.length) {
    const c = p[i] as string;
    if (c === '*') {
      let j = i + 1;
      while (p[j] === '*') j++;
      const atStart = i === 0 || p[i - 1] === '/';
      if (j - i >= 2 && atStart && p[j] === '/') {
        items.push({ t: 'dirs' });
        i = j + 1;
      } else if (j - i >= 2 && atStart && j === p.length) {
        items.push({ t: 'globstar' });
        i = j;
      } else {
        items.push({ t: 'star' });
        i = j;
      }
    } else if (c === '?') {
      items.push({ t: 'char', test: NOT_SLASH });
      i++;
    } else if (c === '[') {
      const cls = charClass(p, i, true);
      if (!cls) return undefined;
      items.push(cls.item);
      i = cls.end;
    } else if (c === '\\' && i + 1 < p.length) {
      items.push(literal(p.charCodeAt(i + 1)));
      i += 2;
    } else {
      items.push(literal(p.charCodeAt(i)));
      i++;
    }
  }
  const accept = new State();
  accept.final = true;
  const start = build(items, accept);
  return { test: (path) => run(start, path) };
}

/**
 * `[...]` at `i` (`!` or `^` negates; with `escapes`, `\\x` is the character x, as in git's
 * patterns): the item, which never matches `/`, and the offset after it; undefined without a `]`.
 */
function charClass(p: string, i: number, escapes: boolean): { item: Item; end: number } | undefined {
  let j = i + 1;
  let negate = false;
  if (p[j] === '!' || p[j] === '^') {
    negate = true;
    j++;
  }
  const ranges: [number, number][] = [];
  let first = true;
  const next = (): number => {
    if (escapes && p[j] === '\\' && j + 1 < p.length) j++;
    return p.charCodeAt(j++);
  };
  while (j < p.length && (p[j] !== ']' || first)) {
    first = false;
    const lo = next();
    if (p[j] === '-' && j + 1 < p.length && p[j + 1] !== ']') {
      j++;
      const hi = next();
      ranges.push(lo <= hi ? [lo, hi] : [hi, lo]);
    } else {
      ranges.push([lo, lo]);
    }
  }
  if (j >= p.length) return undefined;
  return { item: { t: 'char', test: (x) => x !== SLASH && ranges.some(([a, b]) => x >= a && x <= b) !== negate }, end: j + 1 };
}
