/**
 * `.gitignore` files, with git's semantics (gitignore(5)), for the directory walk: the
 * `.gitignore` of every directory from the repository's top (the nearest ancestor with `.git`) or,
 * outside a repository, from the walked directory down to the entry, plus the repository's
 * `.git/info/exclude`. The global `core.excludesFile` is not read (it lives in the user's git
 * configuration, not in the repository).
 *
 * - Blank lines and lines starting with `#` are skipped; `\#` and `\!` start a pattern with `#`
 *   or `!`; trailing spaces are dropped unless escaped (`\ `).
 * - `!pattern` re-includes what an earlier pattern excluded (the last matching line wins, and a
 *   deeper `.gitignore` wins over a higher one). A file in an excluded directory cannot be
 *   re-included: the walk does not enter excluded directories.
 * - A pattern with a `/` at its start or middle is anchored to its `.gitignore`'s directory;
 *   otherwise it matches a name at any depth below it. A trailing `/` matches directories only.
 * - Wildcards as git's wildmatch (`compileGitPattern`, on glob.ts's linear-time matcher: a
 *   `.gitignore` in a pull request cannot make the walk backtrack). Matching is case-sensitive
 *   (git's default on Linux).
 * test/source/gitignore.test.ts compares the walk with `git check-ignore`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileGitPattern } from './glob.js';
import { findRepoTop } from '../util/fs.js';
export class GitIgnore {
    root;
    /** Directory → its own patterns (null when it has no `.gitignore`). */
    files = new Map();
    /** Directory → the pattern files that apply in it, highest precedence last. */
    chains = new Map();
    /**
     * @param root the walked directory: `.gitignore` files above it are read only up to the
     *   repository's top (and none above it outside a repository)
     */
    constructor(root) {
        this.root = root;
    }
    /** Whether git ignores the entry at `abs` (a directory when `isDir`), judging by its own name and path. */
    ignores(abs, isDir) {
        const chain = this.chain(path.dirname(abs));
        for (let i = chain.length - 1; i >= 0; i--) {
            const file = chain[i];
            const rel = path.relative(file.base, abs).split(path.sep).join('/');
            const name = path.basename(abs);
            for (let j = file.patterns.length - 1; j >= 0; j--) {
                const p = file.patterns[j];
                if (p.dirOnly && !isDir)
                    continue;
                if (p.glob.test(p.anchored ? rel : name))
                    return !p.negate;
            }
        }
        return false;
    }
    chain(dir) {
        let chain = this.chains.get(dir);
        if (chain)
            return chain;
        const parent = path.dirname(dir);
        const top = this.top();
        if (dir === top || parent === dir || !isInside(dir, top)) {
            // The top: the repository's exclude file (lowest precedence), then its own .gitignore.
            const exclude = this.repoTop === dir ? readIgnoreFile(path.join(dir, '.git', 'info', 'exclude'), dir) : null;
            chain = [exclude, this.file(dir)].filter((f) => f !== null);
        }
        else {
            const own = this.file(dir);
            chain = own ? [...this.chain(parent), own] : this.chain(parent);
        }
        this.chains.set(dir, chain);
        return chain;
    }
    file(dir) {
        let f = this.files.get(dir);
        if (f === undefined) {
            f = readIgnoreFile(path.join(dir, '.gitignore'), dir);
            this.files.set(dir, f);
        }
        return f;
    }
    repoTop;
    /** The highest directory whose `.gitignore` applies: the repository's top, or the walked directory. */
    top() {
        if (this.repoTop === undefined)
            this.repoTop = findRepoTop(this.root);
        return this.repoTop ?? this.root;
    }
}
function isInside(dir, top) {
    return dir === top || dir.startsWith(top.endsWith(path.sep) ? top : top + path.sep);
}
/** The nearest directory at or above `dir` that holds `.git` (a directory, or a file for worktrees). */
function readIgnoreFile(file, base) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        return null;
    }
    const patterns = parseGitignore(text);
    return patterns.length > 0 ? { base, patterns } : null;
}
/** The patterns of a `.gitignore` text, in order. */
export function parseGitignore(text) {
    const out = [];
    for (let line of text.split('\n')) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        line = trimTrailingSpaces(line);
        if (line === '' || line.startsWith('#'))
            continue;
        let negate = false;
        if (line.startsWith('!')) {
            negate = true;
            line = line.slice(1);
        }
        else if (line.startsWith('\\!') || line.startsWith('\\#')) {
            line = line.slice(1);
        }
        let dirOnly = false;
        if (line.endsWith('/') && !line.endsWith('\\/')) {
            dirOnly = true;
            line = line.slice(0, -1);
        }
        if (line === '')
            continue;
        const anchored = line.includes('/');
        if (line.startsWith('/'))
            line = line.slice(1);
        const glob = compileGitPattern(line);
        if (glob)
            out.push({ negate, dirOnly, anchored, glob });
    }
    return out;
}
/** Drops trailing spaces that are not escaped with a backslash. */
function trimTrailingSpaces(line) {
    let end = line.length;
    while (end > 0 && line[end - 1] === ' ') {
        let backslashes = 0;
        for (let i = end - 2; i >= 0 && line[i] === '\\'; i--)
            backslashes++;
        if (backslashes % 2 === 1)
            break;
        end--;
    }
    return line.slice(0, end);
}
