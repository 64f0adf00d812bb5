/**
 * Kustomize trees: the kustomizations a top-level kustomization includes (resources and bases
 * that are directories, components), each read once per run, cycles cut; and the way from a top
 * kustomization down to the one that includes a given file.
 */

import path from 'node:path';
import { type Kustomization, kustomizationFileIn, readKustomization } from './kustomization.js';

/** How a kustomization of a tree is reached from the one above it. */
export interface Step {
  readonly k: Kustomization;
  /** `resource`: through `resources`/`bases` entry `index`; `component`: through `components` entry `index`; `root`: the top. */
  readonly via: 'root' | 'resource' | 'component';
  readonly index: number;
}

/** Every kustomization read in a run, by directory. */
export class Kustomizations {
  private readonly byDir = new Map<string, Kustomization | null>();
  private readonly trees = new Map<string, Kustomization[]>();

  /** The kustomization of a directory (read once), or undefined when it has none. */
  get(dir: string): Kustomization | undefined {
    let k = this.byDir.get(dir);
    if (k === undefined) {
      const file = kustomizationFileIn(dir);
      k = (file ? readKustomization(file) : undefined) ?? null;
      this.byDir.set(dir, k);
    }
    return k ?? undefined;
  }

  /** The kustomization of a kustomization file. */
  ofFile(abs: string): Kustomization | undefined {
    const k = this.get(path.dirname(abs));
    return k?.abs === abs ? k : undefined;
  }

  /** Every kustomization in the tree of `root`, root first (depth first, in entry order), each once. */
  tree(root: Kustomization): readonly Kustomization[] {
    const cached = this.trees.get(root.dir);
    if (cached) return cached;
    const out: Kustomization[] = [];
    const seen = new Set<string>();
    const visit = (k: Kustomization): void => {
      if (seen.has(k.dir)) return;
      seen.add(k.dir);
      out.push(k);
      for (const r of [...k.resources, ...k.components]) {
        if (r.kind !== 'dir') continue;
        const child = this.get(r.abs);
        if (child) visit(child);
      }
    };
    visit(root);
    this.trees.set(root.dir, out);
    return out;
  }

  /**
   * The steps from `root` down to the first kustomization (depth first, in kustomize's order)
   * that satisfies `holds`, or undefined. Cycles are cut.
   */
  chain(root: Kustomization, holds: (k: Kustomization) => boolean): Step[] | undefined {
    const seen = new Set<string>();
    const walk = (k: Kustomization, steps: Step[]): Step[] | undefined => {
      if (seen.has(k.dir)) return undefined;
      seen.add(k.dir);
      if (holds(k)) return steps;
      const next = (refs: Kustomization['resources'], via: 'resource' | 'component'): Step[] | undefined => {
        for (let i = 0; i < refs.length; i++) {
          const r = refs[i];
          if (r?.kind !== 'dir') continue;
          const child = this.get(r.abs);
          const found = child ? walk(child, [...steps, { k: child, via, index: i }]) : undefined;
          if (found) return found;
        }
        return undefined;
      };
      return next(k.resources, 'resource') ?? next(k.components, 'component');
    };
    return walk(root, [{ k: root, via: 'root', index: 0 }]);
  }
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

export function treeFiles(tree: readonly Kustomization[]): TreeFiles {
  const resources = new Set<string>();
  const patches = new Set<string>();
  const kustomizations = new Set<string>();
  const other = new Set<string>();
  const envs = new Set<string>();
  for (const k of tree) {
    kustomizations.add(k.abs);
    for (const r of k.resources) if (r.kind === 'file') resources.add(r.abs);
    for (const p of k.patches) if (p.file) patches.add(p.file);
    for (const f of k.otherFiles) other.add(f);
    for (const g of k.generators) for (const e of g.envs) if (e.file) envs.add(e.file);
  }
  return { resources, patches, kustomizations, other, envs };
}
