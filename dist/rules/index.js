/** The rule registry. Order is the order of `--list-rules`; test/meta.test.ts keeps it complete. */
import serviceEtpNotAllowed from './service-etp-not-allowed.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';
export const rules = [
    serviceEtpNotAllowed,
    yamlSyntax,
    unusedSuppression,
];
