/** The rule registry. Order is the order of `--list-rules`; test/meta.test.ts keeps it complete. */
import type { Rule } from '../src/engine/rule.js';
export declare const rules: readonly Rule[];
