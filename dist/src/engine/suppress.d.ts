/**
 * Suppressions (DESIGN.md §5):
 * - on an object: annotation `srcip-lint.io/ignore: "rule-a, rule-b -- reason"` (`*` for all);
 * - in a file: `# srcip-lint-disable-next-line rule-a -- reason`, and regions between
 *   `# srcip-lint-disable [rules]` and `# srcip-lint-enable [rules]`.
 * Suppressed findings are kept, marked, for SARIF. Suppressions that suppress nothing are
 * reported by `unused-suppression`, and so are unknown rule ids in them.
 */
import { type Rule } from './rule.js';
import type { FileDirectives, Finding, K8sObject, Severity } from './types.js';
export declare const IGNORE_ANNOTATION = "srcip-lint.io/ignore";
export interface SuppressOptions {
    readonly knownRules: ReadonlySet<string>;
    readonly isEnabled: (ruleId: string) => boolean;
    /** Set when `unused-suppression` is on. */
    readonly unused: {
        readonly severity: Severity;
        readonly rule: Rule;
    } | undefined;
}
export declare function parseSuppressionList(value: string): {
    rules: string[];
    all: boolean;
    justification: string | undefined;
};
/**
 * @param owners the object each rule finding is about (findings of the engine itself have none)
 */
export declare function applySuppressions(findings: readonly Finding[], objects: readonly K8sObject[], files: readonly FileDirectives[], owners: ReadonlyMap<Finding, K8sObject>, options: SuppressOptions): Finding[];
