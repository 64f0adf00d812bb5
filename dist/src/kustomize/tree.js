/**
 * Kustomize trees: the kustomizations a top-level kustomization includes (resources and bases
 * that are directories, components), each read once per run, cycles cut; and the way from a top
 * kustomization down to the one that includes a given file.
 */
import path from 'node:path';
import { kustomizationFileIn, readKustomization } from './kustomization.js';
/** Every kustomization read in a run, by directory. */
export class Kustomizations {
    byDir = new Map();
    trees = new Map();
    /** The kustomization of a directory (read once), or undefined when it has none. */
    get(dir) {
        let k = this.byDir.get(dir);
        if (k === undefined) {
            const file = kustomizationFileIn(dir);
            k = (file ? readKustomization(file) : undefined) ?? null;
            this.byDir.set(dir, k);
        }
        return k ?? undefined;
    }
    /** The kustomization of a kustomization file. */
    ofFile(abs) {
        const k = this.get(path.dirname(abs));
        return k?.abs === abs ? k : undefined;
    }
    /** Every kustomization in the tree of `root`, root first (depth first, in entry order), each once. */
    tree(root) {
        const cached = this.trees.get(root.dir);
        if (cached)
            return cached;
        const out = [];
        const seen = new Set();
        const visit = (k) => {
            if (seen.has(k.dir))
                return;
            seen.add(k.dir);
            out.push(k);
            for (const r of [...k.resources, ...k.components]) {
                if (r.kind !== 'dir')
                    continue;
                const child = this.get(r.abs);
                if (child)
                    visit(child);
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
    chain(root, holds) {
        const seen = new Set();
        const walk = (k, steps) => {
            if (seen.has(k.dir))
                return undefined;
            seen.add(k.dir);
            if (holds(k))
                return steps;
            const next = (refs, via) => {
                for (let i = 0; i < refs.length; i++) {
                    const r = refs[i];
                    if (r?.kind !== 'dir')
                        continue;
                    const child = this.get(r.abs);
                    const found = child ? walk(child, [...steps, { k: child, via, index: i }]) : undefined;
                    if (found)
                        return found;
                }
                return undefined;
            };
            return next(k.resources, 'resource') ?? next(k.components, 'component');
        };
        return walk(root, [{ k: root, via: 'root', index: 0 }]);
    }
}
export function treeFiles(tree) {
    const resources = new Set();
    const patches = new Set();
    const kustomizations = new Set();
    const other = new Set();
    const envs = new Set();
    for (const k of tree) {
        kustomizations.add(k.abs);
        for (const r of k.resources)
            if (r.kind === 'file')
                resources.add(r.abs);
        for (const p of k.patches)
            if (p.file)
                patches.add(p.file);
        for (const f of k.otherFiles)
            other.add(f);
        for (const g of k.generators)
            for (const e of g.envs)
                if (e.file)
                    envs.add(e.file);
    }
    return { resources, patches, kustomizations, other, envs };
}
