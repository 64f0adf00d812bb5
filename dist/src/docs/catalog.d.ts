/**
 * Rule catalog views generated from rule meta: `--list-rules`, the README's rule table and the
 * configuration schema. test/meta.test.ts fails when the committed copies drift.
 */
import type { Rule } from '../engine/rule.js';
import type { RuleLevel } from '../engine/types.js';
export declare const REPOSITORY_URL = "https://github.com/srcip-lint/srcip-lint";
export declare const DOCS_BASE_URL = "https://github.com/srcip-lint/srcip-lint/blob/main/rules";
export declare function listRulesJson(rules: readonly Rule[], levels?: ReadonlyMap<string, RuleLevel>): Record<string, unknown>[];
/** A plain-text table for the terminal. */
export declare function listRulesTable(rules: readonly Rule[], levels: ReadonlyMap<string, RuleLevel>): string;
/** The README's rule table (between the `rules:start` and `rules:end` markers). */
export declare function readmeRuleTable(rules: readonly Rule[]): string;
/** The JSON Schema of `.srcip-lint.yaml`, with the rule ids of this version. */
export declare function configSchemaFor(rules: readonly Rule[]): Record<string, unknown>;
export declare const DOC_HEADER_START = "<!-- generated:start (npm run generate) -->";
export declare const DOC_HEADER_END = "<!-- generated:end -->";
/** The H2 sections every rule doc has, in this order. */
export declare const DOC_SECTIONS: string[];
/** The generated top of `rules/<id>.md`: title, description and a facts table from meta. */
export declare function ruleDocHeader(rule: Rule): string;
/** Replaces the generated header of a rule doc (everything up to the end marker). */
export declare function withDocHeader(rule: Rule, doc: string): string;
