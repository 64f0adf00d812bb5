/**
 * Suppressions (DESIGN.md §5):
 * - on an object: annotation `srcip-lint.io/ignore: "rule-a, rule-b -- reason"` (`*` for all);
 * - in a file: `# srcip-lint-disable-next-line rule-a -- reason`, and regions between
 *   `# srcip-lint-disable [rules]` and `# srcip-lint-enable [rules]`.
 * Suppressed findings are kept, marked, for SARIF. Suppressions that suppress nothing are
 * reported by `unused-suppression`, and so are unknown rule ids in them.
 *
 * A finding is suppressed by a suppression at any place where it can be reported (its targets):
 * its own location and object, and its related locations in other files with their objects,
 * which become its primary when only they are linted (partial views). So a finding has the same
 * suppression whichever side a run sees, and a suppression is used when it matches any finding
 * (context files included). Unused suppressions are reported in linted files only.
 */
import { type Rule } from './rule.js';
import type { FileDirectives, Finding, K8sObject, Severity } from './types.js';
/** A place where a finding can be reported: a line of a file, and the object there. */
export interface SuppressionTarget {
    readonly file: string;
    readonly line: number;
    readonly object: K8sObject | undefined;
}
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
export declare function applySuppressions(entries: readonly {
    readonly finding: Finding;
    readonly targets: readonly SuppressionTarget[];
}[], objects: readonly K8sObject[], files: readonly FileDirectives[], options: SuppressOptions): Finding[];
