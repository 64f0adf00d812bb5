/** What the release readers share: the run's objects and files, lookups, and file access. */
import fs from 'node:fs';
import path from 'node:path';
import { nearestGroup } from '../model/model.js';
import { findRepoTop, isDirectory, isFile } from '../util/fs.js';
export class ReadContext {
    objects;
    cwd;
    defaultNamespace;
    byKey = new Map();
    byPath = new Map();
    disk = new Map();
    gitRoot = null;
    constructor(objects, files, cwd, defaultNamespace) {
        this.objects = objects;
        this.cwd = cwd;
        this.defaultNamespace = defaultNamespace;
        for (const o of objects) {
            const k = `${o.kind}\u0000${o.namespace}\u0000${o.name}`;
            const list = this.byKey.get(k);
            if (list)
                list.push(o);
            else
                this.byKey.set(k, [o]);
        }
        for (const f of files) {
            this.byPath.set(f.file.path, f);
        }
    }
    /**
     * The object with this identity nearest `near`, as the model resolves references: none when
     * several copies are equally near (the reference is ambiguous).
     */
    find(kind, namespace, name, near) {
        const copies = this.byKey.get(`${kind}\u0000${namespace}\u0000${name}`);
        if (!copies || copies.length === 0)
            return undefined;
        const group = nearestGroup(copies, near);
        return group.length === 1 ? group[0] : undefined;
    }
    /** Path as reports show it: relative to the working directory, `/` separators. */
    display(abs) {
        const rel = path.relative(this.cwd, abs);
        return (rel === '' ? '.' : rel).split(path.sep).join('/');
    }
    abs(display) {
        return path.resolve(this.cwd, display);
    }
    /**
     * A file's text: from the run when it was read (linted or context), else from disk, loaded as
     * context (findings there are not reported unless the file is linted). Undefined when absent.
     */
    read(abs) {
        const shown = this.display(abs);
        const inRun = this.byPath.get(shown);
        if (inRun)
            return inRun;
        if (this.disk.has(abs))
            return this.disk.get(abs);
        let f;
        try {
            if (isFile(abs) && fs.statSync(abs).size <= 4 * 1024 * 1024) {
                const text = fs.readFileSync(abs, 'utf8');
                f = { file: { path: shown, context: true }, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
            }
        }
        catch {
            f = undefined;
        }
        this.disk.set(abs, f);
        return f;
    }
    isDirectory(abs) {
        return isDirectory(abs);
    }
    /** The repository root (the nearest ancestor of the working directory with `.git`), else the working directory. */
    root() {
        if (this.gitRoot === null)
            this.gitRoot = findRepoTop(this.cwd) ?? undefined;
        return this.gitRoot ?? this.cwd;
    }
    /** A path in the repository (Argo CD `path`, a Flux GitRepository chart path) as a local directory, if it exists. */
    repoDir(rel) {
        // Relative to the repository, never out of it: `/x` is `x`, and `..` is refused.
        const clean = rel.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
        if (clean.split('/').includes('..'))
            return undefined;
        for (const base of [this.root(), this.cwd]) {
            const dir = path.resolve(base, clean === '' ? '.' : clean);
            if (isDirectory(dir))
                return dir;
        }
        return undefined;
    }
}
