/**
 * Command-line paths → files: files as given, directories walked for `*.yaml`, `*.yml` and
 * `*.json` (symbolic links followed only inside the tree, loops cut), globs expanded. Problems
 * are collected, never thrown: the run reports them and goes on.
 */
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
export declare function displayPath(abs: string, cwd: string): string;
export declare function expandPaths(patterns: readonly string[], options: ExpandOptions): ExpandResult;
export declare function describeError(e: unknown): string;
