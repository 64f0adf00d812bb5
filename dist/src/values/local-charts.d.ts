/**
 * Charts in the repository: an umbrella chart whose `Chart.yaml` depends on a modelled chart (by
 * name, or under an `alias`), or a copy of a modelled chart itself. Helm gives a dependency the
 * parent's values under `<alias or name>:` (charts/FACTS.md §6.4); a copied chart's values.yaml
 * holds its defaults, edited in place.
 */
import type { SourceSpan } from '../engine/types.js';
import { type YamlFileView } from '../source/index.js';
import type { ReadContext, RunFile } from './context.js';
import { type ValuesLayer } from './layers.js';
import type { MergedValues } from './merged.js';
export interface Dependency {
    /** The chart's name in its repository. */
    readonly chart: string;
    readonly alias: string | undefined;
    /** The key of its values in the parent: the alias, else the name. */
    readonly key: string;
    /** As written in Chart.yaml, or pinned by Chart.lock. */
    readonly version: string | undefined;
    readonly repository: string;
    readonly condition: string | undefined;
    /** Its `tags:`, which the parent's `tags:` values turn on or off. */
    readonly tags: readonly string[];
    /** The dependency's `name:` line in Chart.yaml. */
    readonly span: SourceSpan;
}
export interface LocalChart {
    readonly dir: string;
    /** Chart.yaml `name` and `version`. */
    readonly name: string;
    readonly version: string | undefined;
    readonly chartFile: RunFile;
    /** `name:` in Chart.yaml. */
    readonly nameSpan: SourceSpan;
    readonly dependencies: readonly Dependency[];
    /** The chart's own values.yaml, as a layer (absent when the chart has none). */
    readonly values: ValuesLayer | undefined;
    /** Where the chart's values go when it has no values.yaml: the Chart.yaml name line. */
    readonly valuesHome: SourceSpan;
}
/** The chart in a directory, if it has a readable Chart.yaml. */
export declare function localChart(ctx: ReadContext, dir: string): LocalChart | undefined;
/** A values file as a layer (every document merged, positions exact). */
export declare function fileLayer(file: RunFile, label: string): ValuesLayer & {
    readonly error: string | undefined;
};
/** A dependency's part of an umbrella chart's layer. */
export declare function dependencyLayer(layer: ValuesLayer, dep: Dependency): ValuesLayer;
/**
 * Whether a dependency renders, as Helm decides (processDependencyEnabled in
 * pkg/chartutil/dependencies.go): every dependency starts enabled (an `enabled:` written in
 * Chart.yaml is overwritten); its tags then turn it off when one is false in the parent's `tags:`
 * values and none is true; the first path of its `condition` that holds a boolean decides last.
 * Non-boolean values are skipped, as Helm skips them with a warning.
 */
export declare function dependencyEnabled(dep: Dependency, parent: MergedValues): boolean;
export type { YamlFileView };
