/**
 * Flux `spec.postRenderers` (helm.toolkit.fluxcd.io; charts/FACTS.md §6.1): kustomize patches
 * applied to what the chart renders, after Helm. srcip-lint applies them to the objects it built,
 * and what a patch writes is reported on the patch.
 *
 * - `kustomize.patches[]`: `patch` (a strategic-merge document, or JSON6902 operations) and an
 *   optional `target` (kind, name, namespace; a kustomize target name is a regular expression).
 *   Without a target, a strategic-merge document names its object itself.
 * - `kustomize.patchesStrategicMerge[]` (v2beta1, v2beta2): documents naming their objects.
 * - `kustomize.patchesJson6902[]` (v2beta1, v2beta2): `target` and `patch` operations.
 *
 * Strategic merge is applied as kustomize does for the fields manifests use: maps merge, `null`
 * deletes, lists of maps merge by their merge key (containers and env by `name`, ports by
 * `containerPort` or `port`, ...), other lists are replaced. JSON6902 `add`, `replace` and
 * `remove` are applied. What cannot be applied here (a `$patch` directive, `copy`/`move`, a path
 * that does not exist, a target name pattern beyond names and wildcards) makes the object
 * uncertain: nothing is reported on it.
 */
import type { K8sObject, Path, SourceSpan } from '../engine/types.js';
import { type YamlFileView } from '../source/index.js';
import type { ReadContext, RunFile } from './context.js';
/** What the post-renderers did to one object. */
export type PostRendered = 
/** Applied: the paths each patch wrote (a list is written as a whole), and where. */
{
    readonly written: readonly Written[];
}
/** A patch targets it that srcip-lint cannot apply: the object applied is not known. */
 | 'unknown';
export interface Written {
    readonly path: Path;
    readonly span: SourceSpan;
}
export interface PostRenderers {
    /** Applies the patches that target this object to `raw` (in place); undefined when none does. */
    apply(object: {
        readonly kind: string;
        readonly name: string;
        readonly namespace: string;
        readonly raw: Record<string, unknown>;
    }): PostRendered | undefined;
}
export declare function postRenderers(hr: K8sObject): PostRenderers | undefined;
/**
 * The patches of a kustomization that inflates charts (`helmCharts:`), which kustomize applies to
 * the objects the charts render: `patches[]` (`path` or inline `patch`, optional `target`),
 * `patchesStrategicMerge[]` (file paths or inline documents) and `patchesJson6902[]` (`target`
 * with `path` or inline `patch`). Files are read relative to the kustomization.
 */
export declare function kustomizationPatches(ctx: ReadContext, file: RunFile, view: YamlFileView, k: Record<string, unknown>): PostRenderers | undefined;
