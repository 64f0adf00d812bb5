/**
 * A small TOML reader for the static configuration files of proxies (traefik.toml): tables,
 * dotted keys, strings, numbers, booleans, arrays and inline tables. Returns undefined for
 * anything it does not understand, so callers treat the file as unknown rather than guess.
 */

type Value = string | number | boolean | Value[] | { [k: string]: Value };

class TomlError extends Error {}

export function parseToml(text: string): Record<string, unknown> | undefined {
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e instanceof TomlError) return undefined;
    throw e;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  document(): Record<string, Value> {
    const root: Record<string, Value> = {};
    let table = root;
    for (;;) {
      this.skipBlankLines();
      if (this.i >= this.s.length) return root;
      if (this.s[this.i] === '[') {
        if (this.s[this.i + 1] === '[') throw new TomlError('arrays of tables are not supported');
        this.i++;
        const path = this.keyPath();
        this.ws();
        this.expect(']');
        this.lineEnd();
        table = descend(root, path);
      } else {
        const path = this.keyPath();
        this.ws();
        this.expect('=');
        this.ws();
        const value = this.value();
        this.lineEnd();
        const last = path.pop() as string;
        const target = descend(table, path);
        if (last in target) throw new TomlError('duplicate key');
        target[last] = value;
      }
    }
  }

  private keyPath(): string[] {
    const path: string[] = [];
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === '"' || c === "'") path.push(this.string());
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.s.slice(this.i, this.i + 256));
        if (!m) throw new TomlError('bad key');
        path.push(m[0]);
        this.i += m[0].length;
      }
      this.ws();
      if (this.s[this.i] !== '.') return path;
      this.i++;
    }
  }

  private value(): Value {
    const c = this.s[this.i];
    if (c === '"' || c === "'") return this.string();
    if (c === '[') {
      this.i++;
      const arr: Value[] = [];
      for (;;) {
        this.skipBlankLines(true);
        if (this.s[this.i] === ']') {
          this.i++;
          return arr;
        }
        arr.push(this.value());
        this.skipBlankLines(true);
        if (this.s[this.i] === ',') this.i++;
        else if (this.s[this.i] !== ']') throw new TomlError('bad array');
      }
    }
    if (c === '{') {
      this.i++;
      const obj: Record<string, Value> = {};
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return obj;
      }
      for (;;) {
        const path = this.keyPath();
        this.ws();
        this.expect('=');
        this.ws();
        const v = this.value();
        const last = path.pop() as string;
        descend(obj, path)[last] = v;
        this.ws();
        if (this.s[this.i] === ',') {
          this.i++;
          continue;
        }
        this.expect('}');
        return obj;
      }
    }
    const m = /^(true|false|[-+]?[0-9][0-9_]*(\.[0-9_]+)?([eE][-+]?[0-9]+)?)(?=[\s,\]}#]|$)/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) throw new TomlError('unsupported value');
    this.i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return m[0] === 'true';
    return Number(m[0].replace(/_/g, ''));
  }

  private string(): string {
    const q = this.s[this.i] as string;
    if (this.s.startsWith(q.repeat(3), this.i)) throw new TomlError('multi-line strings are not supported');
    let out = '';
    for (let j = this.i + 1; j < this.s.length; j++) {
      const c = this.s[j] as string;
      if (c === '\n') break;
      if (c === q) {
        this.i = j + 1;
        return out;
      }
      if (c === '\\' && q === '"') {
        const e = this.s[++j];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          out += String.fromCodePoint(parseInt(this.s.slice(j + 1, j + 1 + len), 16));
          j += len;
        } else if (e !== undefined && e in map) out += map[e];
        else throw new TomlError('bad escape');
      } else out += c;
    }
    throw new TomlError('unterminated string');
  }

  private ws(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  /** Skips white space, comments and (with `newlines`, or between statements) line breaks. */
  private skipBlankLines(newlines = true): void {
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === '#') {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      } else if (newlines && (c === '\n' || c === '\r')) this.i++;
      else return;
    }
  }

  private lineEnd(): void {
    this.ws();
    if (this.s[this.i] === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
    if (this.s[this.i] === '\r') this.i++;
    if (this.i < this.s.length && this.s[this.i] !== '\n') throw new TomlError('junk after value');
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw new TomlError(`expected ${c}`);
    this.i++;
  }
}

function descend(root: Record<string, Value>, path: readonly string[]): Record<string, Value> {
  let cur = root;
  for (const key of path) {
    const next = cur[key];
    if (next === undefined) cur = cur[key] = {};
    else if (typeof next === 'object' && !Array.isArray(next)) cur = next;
    else throw new TomlError('key is not a table');
  }
  return cur;
}
