/**
 * Suppression comments:
 *   # srcip-lint-disable-next-line rule-a, rule-b -- reason
 *   # srcip-lint-disable rule-a -- reason      (until `# srcip-lint-enable` or the end of the file)
 *   # srcip-lint-enable [rule-a]
 * A directive without rule ids applies to every rule. Only whole-line comments count.
 */
import type { Directive } from '../engine/types.js';
export declare function parseDirectives(text: string): Directive[];
