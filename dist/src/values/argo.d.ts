/**
 * Argo CD `Application` (argoproj.io/v1alpha1; charts/FACTS.md §6.2): `spec.sources` when it is
 * not empty, else `spec.source`. A source with `chart` installs that chart from `repoURL` at
 * `targetRevision`; a source with `path` installs the chart in that directory of the repository
 * (this repository's directory when it exists). Values, weakest first, as Argo CD passes them to
 * Helm: `helm.valueFiles` in order (files in view: `$ref/…` of a multi-source ref, or relative to
 * a local chart), then `helm.valuesObject`, or `helm.values` when there is no valuesObject, then
 * `helm.parameters` (`--set`, `--set-string` with `forceString`). Release name
 * `helm.releaseName`, else the Application's name; namespace `helm.namespace`, else the
 * destination namespace.
 */
import type { K8sObject } from '../engine/types.js';
import type { ReadContext } from './context.js';
import type { Release } from './document.js';
export declare function isArgoApplication(o: K8sObject): boolean;
export declare function argoReleases(ctx: ReadContext, app: K8sObject): Release[];
