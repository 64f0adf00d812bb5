/**
 * Runs the rules over a run's objects and turns reports into findings: resolves paths to ranges,
 * applies severities, applies suppressions (and reports the unused ones), removes duplicates and
 * sorts. No I/O, no YAML.
 *
 * Objects in context files are checked too: a finding about them is reported when one of its
 * locations lies in a linted file (`reportInView`, partial.ts, after the Helm pass). A finding
 * that can only ever lie in context files is dropped here, before its ranges are computed.
 */
import type { Model } from '../model/model.js';
import { type Rule } from './rule.js';
import { type SuppressionTarget } from './suppress.js';
import type { FileDirectives, Finding, K8sObject, KubeVersion, Range, RelatedLocation, RuleLevel, SourceFileRef, SyntaxReport } from './types.js';
export interface EngineConfig {
    /** Every known rule (levels decide which run). */
    readonly rules: readonly Rule[];
    /** Effective level per rule id; rules not listed are off. */
    readonly levels: ReadonlyMap<string, RuleLevel>;
    /** Validated options per rule id (defaults when absent). */
    readonly options: ReadonlyMap<string, unknown>;
    readonly kubeVersion: KubeVersion;
}
export interface EngineInput {
    readonly objects: readonly K8sObject[];
    readonly model: Model;
    readonly syntax: readonly SyntaxReport[];
    readonly directives: readonly FileDirectives[];
    /**
     * Skip the work on context objects whose findings can never be reported (default true): rules
     * that are not `crossObject`, and reports whose locations all lie in context files. `false`
     * runs everything and leaves the dropping to `reportInView`: the same findings, slower.
     */
    readonly contextShortcuts?: boolean;
    /**
     * Some linted file may be where a finding in Helm output is reported (a chart template or values
     * file was given to lint): findings in Helm output loaded as context may then be reported.
     */
    readonly helmFilesLinted?: boolean;
    /**
     * More sets of objects, each resolved on its own with its own model: the objects one kustomize
     * build produces are one deployment, as if `kubectl kustomize dir | srcip-lint -` had read them.
     */
    readonly sets?: readonly ObjectSet[];
    /** Findings made outside the rules (a kustomize build that fails): levelled, suppressed and sorted with the rest. */
    readonly reports?: readonly ExternalReport[];
}
export interface ObjectSet {
    readonly objects: readonly K8sObject[];
    readonly model: Model;
}
/** A finding of a rule without `check`, made where its facts are known. */
export interface ExternalReport {
    readonly ruleId: string;
    readonly messageId: string;
    readonly data: Readonly<Record<string, string | number>>;
    readonly file: SourceFileRef;
    readonly range: Range;
    readonly related: readonly RelatedLocation[];
    /** What identifies it across runs (the fingerprint's parts besides the rule, file and message id). */
    readonly identity: readonly string[];
}
export interface EngineResult {
    /** Sorted; suppressed findings included (marked), context-only files excluded. */
    readonly findings: Finding[];
    /** Rules that threw: a bug in srcip-lint, reported without stopping the run. */
    readonly internalErrors: string[];
}
export declare const YAML_SYNTAX = "yaml-syntax";
export declare const UNUSED_SUPPRESSION = "unused-suppression";
export declare function runRules(config: EngineConfig, input: EngineInput): EngineResult;
/** A finding and the places whose suppressions apply to it (see suppress.ts). */
export interface Entry {
    readonly finding: Finding;
    readonly targets: readonly SuppressionTarget[];
}
