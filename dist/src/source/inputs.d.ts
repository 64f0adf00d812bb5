/**
 * Command-line paths → files: files as given, directories walked for `*.yaml`, `*.yml` and
 * `*.json` (symbolic links followed only inside the tree, loops cut), globs expanded. Problems
 * are collected, never thrown: the run reports them and goes on. Nothing is dropped silently:
 * an entry that would have been read but is not (a link out of the tree, a loop, a broken link,
 * a FIFO, an unreadable directory) is listed in `skipped` with the reason.
 *
 * What a walk leaves out on purpose is not an input and is not listed: the `ignore` globs, the
 * tool directories in SKIP_DIRS, and what `.gitignore` files ignore (unless `gitignore: false`).
 * A file named on the command line is always read, wherever it is: the user (or pre-commit,
 * which passes staged files) asked for it.
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
/**
 * Why an input was not read:
 * - `unreadable`: an I/O error (permission denied, a directory that cannot be listed, ...);
 * - `vanished`: the file was listed but was gone when it was to be read;
 * - `too-large`: over `--max-file-size`;
 * - `not-a-file`: a FIFO, socket or device found while walking a tree;
 * - `symlink-outside-tree`: a link to something outside the scanned tree (not followed);
 * - `symlink-loop`: a link to a directory that contains it, or a link that resolves to itself;
 * - `broken-symlink`: a link to nothing;
 * - `helm-template`: a file under a chart's `templates/` (beside its `Chart.yaml`): Go template
 *   source, not YAML, so it is not linted; lint what `helm template` renders from it instead;
 * - `kustomize-patch`: a file a kustomization names as a patch: part of an object, never linted as
 *   a whole one (what it writes is linted in the build of its kustomization).
 * - `not-kubernetes`: a file kubectl cannot read whose text has no `apiVersion` or no `kind` key
 *   (JSON with comments, a template of something else): not a manifest, so not a YAML error;
 * - `template`: an unrendered template throughout (a Go template outside a chart, a Jinja template
 *   that is not YAML until it is rendered): lint what it renders.
 */
export type SkipReason = 'unreadable' | 'vanished' | 'too-large' | 'not-a-file' | 'symlink-outside-tree' | 'symlink-loop' | 'broken-symlink' | 'helm-template' | 'kustomize-patch' | 'not-kubernetes' | 'template';
/** Why a kustomize patch file is not read as manifests. */
export declare const KUSTOMIZE_PATCH_MESSAGE = "skipped: a kustomize patch, part of an object rather than a whole one (what it writes is linted in the build of its kustomization)";
/** Why a Helm chart's template files are not read, and what to lint instead. */
export declare const HELM_TEMPLATE_REASON = "(Go template source, not YAML); lint what `helm template` renders from the chart instead";
/** An input that was not read, and why. */
export interface SkippedFile {
    /** Relative to the working directory, `/` separators (as findings name files). */
    readonly path: string;
    readonly reason: SkipReason;
    /** One line for people: what happened. */
    readonly message: string;
    /** For `helm-template`: the chart's `templates/` directory it lies in (as `path` names files, with a trailing `/`). */
    readonly templates?: string;
}
export interface ExpandOptions {
    readonly cwd: string;
    /** Globs of files to leave out, relative to `ignoreBase`. */
    readonly ignore: readonly string[];
    readonly ignoreBase: string;
    /** Leave out what `.gitignore` files ignore in walked directories (default true). */
    readonly gitignore?: boolean;
}
export interface ExpandResult {
    readonly files: InputFile[];
    /** Paths that name nothing: a usage error. */
    readonly missing: InputProblem[];
    /** Entries that were not followed or could not be read while walking. */
    readonly skipped: SkippedFile[];
}
/**
 * Directories a walk never enters: version control, dependencies, editors and caches. They hold
 * YAML and JSON that is not the project's manifests (a `.vscode/settings.json` with comments, a
 * package's test data). Named on the command line, they are read. (README "Which files are read".)
 */
export declare const SKIP_DIRS: ReadonlySet<string>;
export declare function displayPath(abs: string, cwd: string): string;
export declare function expandPaths(patterns: readonly string[], options: ExpandOptions): ExpandResult;
export declare function describeError(e: unknown): string;
