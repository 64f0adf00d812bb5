/** The rule registry. Order is the order of `--list-rules`; test/meta.test.ts keeps it complete. */

import type { Rule } from '../src/engine/rule.js';
import serviceEtpNotAllowed from './service-etp-not-allowed.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

export const rules: readonly Rule[] = [
  serviceEtpNotAllowed,
  yamlSyntax,
  unusedSuppression,
] as readonly Rule[];
