/**
 * Kustomize trees: the kustomizations a top-level kustomization includes (resources and bases
 * that are directories, components), each read once per run, cycles cut; and the way from a top
 * kustomization down to the one that includes a given file.
 */
import { type Kustomization } from './kustomization.js';
/** How a kustomization of a tree is reached from the one above it. */
export interface Step {
    readonly k: Kustomization;
    /** `resource`: through `resources`/`bases` entry `index`; `component`: through `components` entry `index`; `root`: the top. */
    readonly via: 'root' | 'resource' | 'component';
    readonly index: number;
}
/** Every kustomization read in a run, by directory. */
export declare class Kustomizations {
    private readonly byDir;
    private readonly trees;
    /** The kustomization of a directory (read once), or undefined when it has none. */
    get(dir: string): Kustomization | undefined;
    /** The kustomization of a kustomization file. */
    ofFile(abs: string): Kustomization | undefined;
    /** Every kustomization in the tree of `root`, root first (depth first, in entry order), each once. */
    tree(root: Kustomization): readonly Kustomization[];
    /**
     * The steps from `root` down to the first kustomization (depth first, in kustomize's order)
     * that satisfies `holds`, or undefined. Cycles are cut.
     */
    chain(root: Kustomization, holds: (k: Kustomization) => boolean): Step[] | undefined;
}
/** The files a tree reads, by role. */
export interface TreeFiles {
    /** Resource files (`resources`/`bases` entries that are files). */
    readonly resources: ReadonlySet<string>;
    /** Patch files. */
    readonly patches: ReadonlySet<string>;
    /** Kustomization files. */
    readonly kustomizations: ReadonlySet<string>;
    /** Generator inputs, replacements, configurations, CRDs, OpenAPI files. */
    readonly other: ReadonlySet<string>;
    /** Generators' env files (also in `other`): text whose lines findings can land on. */
    readonly envs: ReadonlySet<string>;
}
export declare function treeFiles(tree: readonly Kustomization[]): TreeFiles;
