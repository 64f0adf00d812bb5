/**
 * Glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`) over `/`-separated relative paths.
 *
 * Patterns come from the command line and from `.srcip-lint.yaml` (which a pull request can
 * change), and paths from the scanned tree: matching must stay linear whatever either holds. So a
 * pattern is compiled to a small NFA and simulated state-set by state-set (Thompson's method),
 * never to a backtracking RegExp: `**\/**\/**\/x` or `*a*a*a*a*b` cost O(path × pattern).
 */
export declare function hasGlobChars(pattern: string): boolean;
/** A compiled glob: `test(path)` says whether a whole relative path matches. */
export interface Glob {
    test(path: string): boolean;
}
/**
 * Compiles a glob over whole relative paths. By default (ignore lists) a pattern without `/`
 * matches at any depth, as in .gitignore; `anyDepth: false` anchors it (command-line globs, as a
 * shell would). A pattern ending in `/` matches everything below that directory.
 */
export declare function compileGlob(pattern: string, options?: {
    anyDepth?: boolean;
}): Glob;
/** The leading part of a pattern without glob characters (a directory to walk from). */
export declare function globBase(pattern: string): string;
/**
 * A `.gitignore` pattern (git's wildmatch with `WM_PATHNAME`), without its `!`, leading `/` and
 * trailing `/`, as a Glob on the NFA above: `*`, `?` and `[...]` (`[!...]`) do not match `/`;
 * `\x` is the character x; `**` then `/` at the start or after a `/` is zero or more directories, a
 * `**` at the end after a `/` (or alone) matches everything, any other `**` is a `*`. Undefined for
 * a class without its `]` (git ignores such a pattern).
 */
export declare function compileGitPattern(pattern: string): Glob | undefined;
