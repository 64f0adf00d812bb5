/** What the release readers share: the run's objects and files, lookups, and file access. */
import type { K8sObject, SourceFileRef } from '../engine/types.js';
export interface RunFile {
    readonly file: SourceFileRef;
    readonly text: string;
}
export declare class ReadContext {
    readonly objects: readonly K8sObject[];
    readonly cwd: string;
    readonly defaultNamespace: string;
    private readonly byKey;
    private readonly byPath;
    private readonly disk;
    private gitRoot;
    constructor(objects: readonly K8sObject[], files: readonly RunFile[], cwd: string, defaultNamespace: string);
    /**
     * The object with this identity nearest `near`, as the model resolves references: none when
     * several copies are equally near (the reference is ambiguous).
     */
    find(kind: string, namespace: string, name: string, near: K8sObject): K8sObject | undefined;
    /** Path as reports show it: relative to the working directory, `/` separators. */
    display(abs: string): string;
    abs(display: string): string;
    /**
     * A file's text: from the run when it was read (linted or context), else from disk, loaded as
     * context (findings there are not reported unless the file is linted). Undefined when absent.
     */
    read(abs: string): RunFile | undefined;
    isDirectory(abs: string): boolean;
    /** The repository root (the nearest ancestor of the working directory with `.git`), else the working directory. */
    root(): string;
    /** A path in the repository (Argo CD `path`, a Flux GitRepository chart path) as a local directory, if it exists. */
    repoDir(rel: string): string | undefined;
}
