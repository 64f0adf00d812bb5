/**
 * kustomize's Helm chart inflation (`helmCharts:` in a kustomization; kustomize
 * api/types/helmchartargs.go and api/internal/builtins/HelmChartInflationGenerator.go): srcip-lint
 * never runs `kustomize build --enable-helm`, so each entry is read as a chart release instead.
 *
 * - The chart: `name` from `repo` at `version`; without `repo`, a chart directory under
 *   `helmGlobals.chartHome` (default `charts`) of the kustomization.
 * - Values, weakest first (kustomize writes one values file and passes it with `-f`, then each
 *   `additionalValuesFiles` entry): `valuesFile` (relative to the kustomization) and `valuesInline`
 *   combined by `valuesMerge`: `override` (the default) lets valuesInline win, `merge` lets the
 *   values file win, `replace` drops the values file; then `additionalValuesFiles` in order.
 * - The release: `releaseName` (kustomize passes `--generate-name` without one: the chart's name
 *   stands in) in `namespace`, else the kustomization's `namespace:` (which kustomize writes on every
 *   object the chart renders), else the run's default.
 *
 * The kustomization's patches are applied to the chart's objects (post-render.ts), and what they
 * write is reported on the patch; its other transformers are not applied (the release says so).
 */
import type { ReadContext, RunFile } from './context.js';
import type { Release } from './document.js';
/** A kustomization file (`kustomization.yaml`, `kustomization.yml`, `Kustomization`) that inflates Helm charts. */
export declare function inflatesCharts(file: RunFile): boolean;
export declare function kustomizeHelmReleases(ctx: ReadContext, file: RunFile): Release[];
