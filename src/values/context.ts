/** What the release readers share: the run's objects and files, lookups, and file access. */

import fs from 'node:fs';
import path from 'node:path';
import type { K8sObject, SourceFileRef } from '../engine/types.js';
import { nearestGroup } from '../model/model.js';
import { findRepoTop, isDirectory, isFile } from '../util/fs.js';

export interface RunFile {
  readonly file: SourceFileRef;
  readonly text: string;
}

export class ReadContext {
  private readonly byKey = new Map<string, K8sObject[]>();
  private readonly byPath = new Map<string, RunFile>();
  private readonly disk = new Map<string, RunFile | undefined>();
  private gitRoot: string | undefined | null = null;

  constructor(
    readonly objects: readonly K8sObject[],
    files: readonly RunFile[],
    readonly cwd: string,
    readonly defaultNamespace: string,
  ) {
    for (const o of objects) {
      const k = `${o.kind}\u0000${o.namespace}\u0000${o.name}`;
      const list = this.byKey.get(k);
      if (list) list.push(o);
      else this.byKey.set(k, [o]);
    }
    for (const f of files) {
      this.byPath.set(f.file.path, f);
    }
  }

  /**
   * The object with this identity nearest `near`, as the model resolves references: none when
   * several copies are equally near (the reference is ambiguous).
   */
  find(kind: string, namespace: string, name: string, near: K8sObject): K8sObject | undefined {
    const copies = this.byKey.get(`${kind}\u0000${namespace}\u0000${name}`);
    if (!copies || copies.length === 0) return undefined;
    const group = nearestGroup(copies, near);
    return group.length === 1 ? group[0] : undefined;
  }

  /** Path as reports show it: relative to the working directory, `/` separators. */
  display(abs: string): string {
    const rel = path.relative(this.cwd, abs);
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
  }

  abs(display: string): string {
    return path.resolve(this.cwd, display);
  }

  /**
   * A file's text: from the run when it was read (linted or context), else from disk, loaded as
   * context (findings there are not reported unless the file is linted). Undefined when absent.
   */
  read(abs: string): RunFile | undefined {
    const shown = this.display(abs);
    const inRun = this.byPath.get(shown);
    if (inRun) return inRun;
    if (this.disk.has(abs)) return this.disk.get(abs);
    let f: RunFile | undefined;
    try {
      if (isFile(abs) && fs.statSync(abs).size <= 4 * 1024 * 1024) {
        const text = fs.readFileSync(abs, 'utf8');
        f = { file: { path: shown, context: true }, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
      }
    } catch {
      f = undefined;
    }
    this.disk.set(abs, f);
    return f;
  }

  isDirectory(abs: string): boolean {
    return isDirectory(abs);
  }

  /** The repository root (the nearest ancestor of the working directory with `.git`), else the working directory. */
  root(): string {
    if (this.gitRoot === null) this.gitRoot = findRepoTop(this.cwd) ?? undefined;
    return this.gitRoot ?? this.cwd;
  }

  /** A path in the repository (Argo CD `path`, a Flux GitRepository chart path) as a local directory, if it exists. */
  repoDir(rel: string): string | undefined {
    // Relative to the repository, never out of it: `/x` is `x`, and `..` is refused.
    const clean = rel.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
    if (clean.split('/').includes('..')) return undefined;
    for (const base of [this.root(), this.cwd]) {
      const dir = path.resolve(base, clean === '' ? '.' : clean);
      if (isDirectory(dir)) return dir;
    }
    return undefined;
  }
}
