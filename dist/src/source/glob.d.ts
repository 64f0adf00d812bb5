/** Glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`) over `/`-separated relative paths. */
export declare function hasGlobChars(pattern: string): boolean;
/**
 * Compiles a glob to a RegExp over whole relative paths. By default (ignore lists) a pattern
 * without `/` matches at any depth, as in .gitignore; `anyDepth: false` anchors it (command-line
 * globs, as a shell would).
 */
export declare function globToRegExp(pattern: string, options?: {
    anyDepth?: boolean;
}): RegExp;
/** The leading part of a pattern without glob characters (a directory to walk from). */
export declare function globBase(pattern: string): string;
