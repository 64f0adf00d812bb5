/**
 * Runs the rules over a run's objects and turns reports into findings: resolves paths to ranges,
 * applies severities, drops findings in context-only files, applies suppressions (and reports
 * the unused ones), removes duplicates and sorts. No I/O, no YAML.
 */
import type { Model } from '../model/model.js';
import { type Rule } from './rule.js';
import type { FileDirectives, Finding, K8sObject, KubeVersion, RuleLevel, SyntaxReport } from './types.js';
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
