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
import fs from 'node:fs';
import path from 'node:path';
import { GitIgnore } from './gitignore.js';
import { compileGlob, globBase, hasGlobChars } from './glob.js';
import { isFile } from '../util/fs.js';
/** Why a kustomize patch file is not read as manifests. */
export const KUSTOMIZE_PATCH_MESSAGE = 'skipped: a kustomize patch, part of an object rather than a whole one (what it writes is linted in the build of its kustomization)';
/** Why a Helm chart's template files are not read, and what to lint instead. */
export const HELM_TEMPLATE_REASON = '(Go template source, not YAML); lint what `helm template` renders from the chart instead';
const HELM_TEMPLATE_MESSAGE = `skipped: a Helm chart template ${HELM_TEMPLATE_REASON}`;
const MANIFEST_EXT = /\.(ya?ml|json)$/i;
/**
 * Directories a walk never enters: version control, dependencies, editors and caches. They hold
 * YAML and JSON that is not the project's manifests (a `.vscode/settings.json` with comments, a
 * package's test data). Named on the command line, they are read. (README "Which files are read".)
 */
export const SKIP_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    '.jj',
    'node_modules',
    'bower_components',
    '.venv',
    '__pycache__',
    '.tox',
    '.terraform',
    '.terragrunt-cache',
    '.vscode',
    '.idea',
    '.vs',
    '.fleet',
    '.cache',
    '.pytest_cache',
    '.mypy_cache',
    '.gradle',
]);
export function displayPath(abs, cwd) {
    const rel = path.relative(cwd, abs) || path.basename(abs);
    return rel.split(path.sep).join('/');
}
export function expandPaths(patterns, options) {
    const result = { files: [], missing: [], skipped: [] };
    const seen = new Set();
    const ignores = options.ignore.map((g) => compileGlob(g));
    const ignored = (abs) => {
        if (ignores.length === 0)
            return false;
        const rel = path.relative(options.ignoreBase, abs).split(path.sep).join('/');
        return ignores.some((re) => re.test(rel));
    };
    const skippedPaths = new Set();
    const skip = (abs, reason, message, templates) => {
        const display = displayPath(abs, options.cwd);
        if (skippedPaths.has(display))
            return;
        skippedPaths.add(display);
        result.skipped.push({ path: display, reason, message, ...(templates === undefined ? {} : { templates: `${displayPath(templates, options.cwd)}/` }) });
    };
    const charts = new ChartTemplates();
    const add = (abs) => {
        if (seen.has(abs) || ignored(abs))
            return;
        seen.add(abs);
        const templates = charts.templatesDir(abs);
        if (templates !== undefined)
            skip(abs, 'helm-template', HELM_TEMPLATE_MESSAGE, templates);
        else
            result.files.push({ abs, display: displayPath(abs, options.cwd) });
    };
    for (const pattern of patterns) {
        const abs = path.resolve(options.cwd, pattern);
        let stat;
        try {
            stat = fs.statSync(abs);
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                skip(abs, 'unreadable', describeError(e));
                continue;
            }
        }
        if (stat?.isDirectory()) {
            const gitignore = options.gitignore === false ? undefined : new GitIgnore(abs);
            const walker = { root: abs, wants: (_, name) => MANIFEST_EXT.test(name), descends: true, onFile: add, skip, ignored, gitignore };
            walk(abs, safeRealpath(abs), new Set([safeRealpath(abs)]), walker);
        }
        else if (stat) {
            add(abs);
        }
        else if (hasGlobChars(pattern)) {
            const before = result.files.length;
            expandGlob(pattern, options.cwd, add, skip, ignored, options.gitignore !== false);
            if (result.files.length === before)
                result.missing.push({ path: pattern, message: 'no files match this pattern' });
        }
        else {
            result.missing.push({ path: pattern, message: 'no such file or directory' });
        }
    }
    return result;
}
/**
 * Walks a tree in name order, offering each wanted regular file. Links are followed only inside
 * the tree; links out of it, loops, broken links and special files that would have been read are
 * reported as skipped. `real` is the resolved path of `dir`, `visited` the resolved directories
 * seen so far (a link to one of them that is not an ancestor is an alias: its files are read
 * through the other path).
 */
function walk(dir, real, visited, w) {
    let entries;
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    }
    catch (e) {
        w.skip(dir, 'unreadable', `cannot list the directory: ${describeError(e)}`);
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rootReal = safeRealpath(w.root);
    for (const entry of entries) {
        const abs = path.join(dir, entry.name);
        if (w.ignored(abs))
            continue;
        // git sees a link as a file, not as the directory it points to; an ignored link is not followed or reported.
        if (w.gitignore && !(entry.isFile() && !w.wants(abs, entry.name)) && w.gitignore.ignores(abs, entry.isDirectory()))
            continue;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let target = '';
        if (entry.isSymbolicLink()) {
            target = safeRealpath(abs);
            if (!target) {
                if (w.wants(abs, entry.name)) {
                    const loop = realpathError(abs) === 'ELOOP';
                    w.skip(abs, loop ? 'symlink-loop' : 'broken-symlink', loop ? 'skipped: a symbolic link that resolves to itself' : 'skipped: a symbolic link to nothing');
                }
                continue;
            }
            let st;
            try {
                st = fs.statSync(abs);
            }
            catch (e) {
                if (w.wants(abs, entry.name))
                    w.skip(abs, 'unreadable', describeError(e));
                continue;
            }
            isDir = st.isDirectory();
            isFile = st.isFile();
            const inside = rootReal !== '' && (target === rootReal || target.startsWith(rootReal + path.sep));
            if (!inside) {
                if (isDir ? w.descends : w.wants(abs, entry.name)) {
                    w.skip(abs, 'symlink-outside-tree', `skipped: a symbolic link to ${isDir ? 'a directory' : 'a file'} outside the scanned tree (not followed)`);
                }
                continue;
            }
        }
        if (isDir) {
            if (SKIP_DIRS.has(entry.name))
                continue;
            const dirReal = target || safeRealpath(abs);
            if (!dirReal)
                continue;
            if (visited.has(dirReal)) {
                const ancestor = real === dirReal || real.startsWith(dirReal + path.sep);
                if (ancestor && w.descends)
                    w.skip(abs, 'symlink-loop', 'skipped: a symbolic link to a directory that contains it (a loop, not followed)');
                continue;
            }
            visited.add(dirReal);
            walk(abs, dirReal, visited, w);
        }
        else if (isFile) {
            if (w.wants(abs, entry.name))
                w.onFile(abs);
        }
        else if (w.wants(abs, entry.name)) {
            w.skip(abs, 'not-a-file', 'skipped: not a regular file (a FIFO, socket or device)');
        }
    }
}
function expandGlob(pattern, cwd, add, skip, ignored, gitignore) {
    const normalized = pattern.replace(/\\/g, '/');
    const base = globBase(normalized);
    const baseAbs = path.resolve(cwd, base);
    const tail = base === '.' ? normalized : normalized.slice(base.length).replace(/^\/+/, '');
    const glob = compileGlob(tail, { anyDepth: false });
    const rel = (abs) => path.relative(baseAbs, abs).split(path.sep).join('/');
    // No such directory: the pattern matches no file (the caller says so), nothing is unreadable.
    if (!fs.existsSync(baseAbs))
        return;
    const collected = [];
    const walker = {
        root: baseAbs,
        wants: (abs) => glob.test(rel(abs)),
        descends: tail.includes('/') || tail.includes('**'),
        onFile: (abs) => collected.push(abs),
        skip,
        ignored,
        gitignore: gitignore ? new GitIgnore(baseAbs) : undefined,
    };
    walk(baseAbs, safeRealpath(baseAbs), new Set([safeRealpath(baseAbs)]), walker);
    collected.sort();
    for (const abs of collected)
        add(abs);
}
/**
 * Whether a file is a Helm chart template: it lies under a directory named `templates` whose
 * parent holds `Chart.yaml` (a chart, or a subchart under a chart's `charts/`). Answers are cached
 * per directory.
 */
class ChartTemplates {
    /** Directory → the chart templates/ directory it is (or lies in), or null for none. */
    dirs = new Map();
    /** The nearest chart `templates/` directory that holds the file, if any. */
    templatesDir(abs) {
        return this.dir(path.dirname(abs)) ?? undefined;
    }
    dir(dir) {
        let v = this.dirs.get(dir);
        if (v === undefined) {
            const parent = path.dirname(dir);
            v = path.basename(dir) === 'templates' && isFile(path.join(parent, 'Chart.yaml')) ? dir : parent !== dir ? this.dir(parent) : null;
            this.dirs.set(dir, v);
        }
        return v;
    }
}
function realpathError(p) {
    try {
        fs.realpathSync(p);
        return undefined;
    }
    catch (e) {
        return e.code;
    }
}
function safeRealpath(p) {
    try {
        return fs.realpathSync(p);
    }
    catch {
        return '';
    }
}
export function describeError(e) {
    const err = e;
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
        case 'ENOSPC':
            return 'no space left on the device';
        case 'EFBIG':
            return 'file too large for the file system or the file size limit (EFBIG)';
        case 'EROFS':
            return 'read-only file system';
        case 'ENXIO':
            return 'no such device or address (a socket or a device that cannot be opened)';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        default:
            return err.message ?? String(e);
    }
}
