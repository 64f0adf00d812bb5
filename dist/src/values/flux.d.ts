/**
 * Flux `HelmRelease` (helm.toolkit.fluxcd.io v2, v2beta2, v2beta1; charts/FACTS.md §6.1).
 *
 * - Chart: `spec.chart.spec.chart` + `.version` (a HelmRepository chart, or a path in a
 *   GitRepository: this repository's directory when it exists), or `spec.chartRef` to an
 *   OCIRepository (`spec.url`, `spec.ref.tag|semver`) or HelmChart (`spec.chart`, `spec.version`)
 *   in view.
 * - Release name `spec.releaseName`, else `[targetNamespace-]metadata.name`; namespace
 *   `spec.targetNamespace`, else the HelmRelease's.
 * - Values, weakest first: each `spec.valuesFrom` entry in list order (a ConfigMap or Secret key,
 *   default `values.yaml`, merged whole; with `targetPath`, set at that path with `--set` typing,
 *   or as a string with `literal: true`), then `spec.values`, which wins (fluxcd/pkg
 *   chartutil/values.go `ChartValuesFromReferences`).
 */
import type { K8sObject } from '../engine/types.js';
import type { ReadContext } from './context.js';
import type { Release } from './document.js';
export declare const FLUX_HELM_GROUP = "helm.toolkit.fluxcd.io/";
export declare function isHelmRelease(o: K8sObject): boolean;
export declare function fluxReleases(ctx: ReadContext, hr: K8sObject): Release[];
