/**
 * Command-line paths → files: files as given, directories walked for `*.yaml`, `*.yml` and
 * `*.json` (symbolic links followed only inside the tree, loops cut), globs expanded. Problems
 * are collected, never thrown: the run reports them and goes on.
 */

import fs from 'node:fs';
import path from 'node:path';
import { globBase, globToRegExp, hasGlobChars } from './glob.js';

export interface InputFile {
  readonly abs: string;
  /** Relative to the working directory, `/` separators. */
  readonly display: string;
}

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface ExpandOptions {
  readonly cwd: string;
  /** Globs of files to leave out, relative to `ignoreBase`. */
  readonly ignore: readonly string[];
  readonly ignoreBase: string;
}

export interface ExpandResult {
  readonly files: InputFile[];
  /** Paths that name nothing: a usage error. */
  readonly missing: InputProblem[];
  /** Entries that could not be read while walking. */
  readonly problems: InputProblem[];
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules']);

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

export function expandPaths(patterns: readonly string[], options: ExpandOptions): ExpandResult {
  const result: ExpandResult = { files: [], missing: [], problems: [] };
  const seen = new Set<string>();
  const ignores = options.ignore.map((g) => globToRegExp(g));
  const ignored = (abs: string): boolean => {
    if (ignores.length === 0) return false;
    const rel = path.relative(options.ignoreBase, abs).split(path.sep).join('/');
    return ignores.some((re) => re.test(rel));
  };
  const add = (abs: string): void => {
    if (seen.has(abs) || ignored(abs)) return;
    seen.add(abs);
    result.files.push({ abs, display: displayPath(abs, options.cwd) });
  };

  for (const pattern of patterns) {
    const abs = path.resolve(options.cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        result.problems.push({ path: pattern, message: describeError(e) });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      walk(abs, abs, new Set([safeRealpath(abs)]), (f, name) => MANIFEST_EXT.test(name) && add(f), result, ignored);
    } else if (stat) {
      add(abs);
    } else if (hasGlobChars(pattern)) {
      const before = result.files.length;
      expandGlob(pattern, options.cwd, add, result, ignored);
      if (result.files.length === before) result.missing.push({ path: pattern, message: 'no files match this pattern' });
    } else {
      result.missing.push({ path: pattern, message: 'no such file or directory' });
    }
  }
  return result;
}

/** Walks a tree in name order, offering each regular file; links leaving the tree and loops are skipped. */
function walk(
  dir: string,
  root: string,
  visited: Set<string>,
  onFile: (abs: string, name: string) => void,
  result: ExpandResult,
  ignored: (abs: string) => boolean,
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    result.problems.push({ path: dir, message: describeError(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (ignored(abs)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const real = safeRealpath(abs);
      const rootReal = safeRealpath(root);
      if (!real || !rootReal || !(real === rootReal || real.startsWith(rootReal + path.sep))) continue; // outside the tree
      try {
        const st = fs.statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const real = safeRealpath(abs);
      if (!real || visited.has(real)) continue; // a loop
      visited.add(real);
      walk(abs, root, visited, onFile, result, ignored);
    } else if (isFile) {
      onFile(abs, entry.name);
    }
  }
}

function expandGlob(
  pattern: string,
  cwd: string,
  add: (abs: string) => void,
  result: ExpandResult,
  ignored: (abs: string) => boolean,
): void {
  const normalized = pattern.replace(/\\/g, '/');
  const base = globBase(normalized);
  const baseAbs = path.resolve(cwd, base);
  const tail = base === '.' ? normalized : normalized.slice(base.length).replace(/^\/+/, '');
  const re = globToRegExp(tail, { anyDepth: false });
  const collected: string[] = [];
  const visit = (abs: string): void => {
    if (re.test(path.relative(baseAbs, abs).split(path.sep).join('/'))) collected.push(abs);
  };
  walk(baseAbs, baseAbs, new Set([safeRealpath(baseAbs)]), visit, result, ignored);
  collected.sort();
  for (const abs of collected) add(abs);
}

function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return '';
  }
}

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
      return 'too many open files';
    default:
      return err.message ?? String(e);
  }
}
