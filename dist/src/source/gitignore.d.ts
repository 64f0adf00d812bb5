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
import { type Glob } from './glob.js';
interface Pattern {
    readonly negate: boolean;
    readonly dirOnly: boolean;
    /** Matches the path relative to the pattern's base (anchored), or the entry's name. */
    readonly anchored: boolean;
    readonly glob: Glob;
}
export declare class GitIgnore {
    private readonly root;
    /** Directory → its own patterns (null when it has no `.gitignore`). */
    private readonly files;
    /** Directory → the pattern files that apply in it, highest precedence last. */
    private readonly chains;
    /**
     * @param root the walked directory: `.gitignore` files above it are read only up to the
     *   repository's top (and none above it outside a repository)
     */
    constructor(root: string);
    /** Whether git ignores the entry at `abs` (a directory when `isDir`), judging by its own name and path. */
    ignores(abs: string, isDir: boolean): boolean;
    private chain;
    private file;
    private repoTop;
    /** The highest directory whose `.gitignore` applies: the repository's top, or the walked directory. */
    private top;
}
/** The patterns of a `.gitignore` text, in order. */
export declare function parseGitignore(text: string): Pattern[];
export {};
