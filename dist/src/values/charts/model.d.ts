/** What a chart model is: the objects a chart renders, built from merged values. */
import type { KubeVersion } from '../../engine/types.js';
import type { ObjectBuilder, Release } from '../document.js';
import type { MergedValues } from '../merged.js';
import type { ChartVersion, Requested } from '../version.js';
export interface BuildContext {
    readonly release: Release;
    readonly values: MergedValues;
    /** The modelled version the release is read as. */
    readonly version: ChartVersion;
    readonly kube: KubeVersion;
    /** Helm's `.Chart.Name`: the alias of an umbrella chart's dependency, else the chart's name. */
    readonly chartName: string;
    /**
     * Helm's `tpl` on a value, for the forms srcip-lint evaluates (`.Release.Name`,
     * `.Release.Namespace`, the chart's name helpers); undefined for any other template code.
     */
    tpl(text: string, helpers: Readonly<Record<string, string>>): string | undefined;
}
/** Thrown by a chart model when a value it needs holds template code it cannot evaluate. */
export declare class UnknownValue extends Error {
}
export interface ChartModel {
    /** How srcip-lint names the chart (configuration `values[].chart`, JSON stats). */
    readonly name: string;
    /** The chart's name in its Chart.yaml (Helm's `.Chart.Name`), when not `name`. */
    readonly chartName?: string;
    /** Whether a chart reference (`ingress-nginx`, `traefik/traefik`, `oci://…/gateway`) is this chart. */
    matches(chart: string, repository: string): boolean;
    /** The modelled version a requested one is read as, with a note when not exact; undefined: not modelled. */
    resolve(requested: Requested): {
        readonly version: ChartVersion;
        readonly note?: string;
    } | undefined;
    /** The chart's values.yaml as far as the model reads it. */
    defaults(version: ChartVersion): Record<string, unknown>;
    /** The objects the chart renders that srcip-lint's rules read. */
    build(ctx: BuildContext): ObjectBuilder[];
}
/** `{{ … }}` forms `tpl` can evaluate here: `.Release.Name`, `.Release.Namespace`, `include/template "<helper>" .`. */
export declare function evaluateTpl(text: string, release: Release, helpers: Readonly<Record<string, string>>): string | undefined;
/** Helm's `trunc 63 | trimSuffix "-"`. */
export declare function dnsName(s: string): string;
/** Helm's usual fullname helper: fullnameOverride, or the release name when it contains the chart name, or `<release>-<name>`. */
export declare function fullname(values: MergedValues, chartName: string, release: string): string;
/**
 * A requested version read against the versions a model knows (sorted, newest last): exact
 * versions as they are (the model handles the deltas between versions), newer ones and
 * constraints as the newest known version they admit, with a note.
 */
export declare function resolveAgainst(requested: Requested, known: readonly ChartVersion[], accepts: (v: ChartVersion) => boolean, label: string): {
    version: ChartVersion;
    note?: string;
} | undefined;
/** A scalar written unquoted into a template: YAML reads its text again (`8080` → 8080, `true` → true). */
export declare function unquoted(text: string): unknown;
/** Evaluates `tpl` over every string of a `toYaml` subtree (affinity, topology spread, labels). */
export declare function tplTree(v: unknown, tpl: (s: string) => string): unknown;
/** Labels as a template writes them from a values map (`toYaml`): non-strings printed with `%v`. */
export declare function stringMap(m: Record<string, unknown>): Record<string, string>;
