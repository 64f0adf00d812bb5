/** The rule registry. Order is the order of `--list-rules`; test/meta.test.ts keeps it complete. */
import ingressNginxForwardedHeadersMissing from './ingress-nginx-forwarded-headers-missing.js';
import localEtpUnspreadWorkload from './local-etp-unspread-workload.js';
import proxyProtocolBackendMismatch from './proxy-protocol-backend-mismatch.js';
import serviceEtpNotAllowed from './service-etp-not-allowed.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';
export const rules = [
    serviceEtpNotAllowed,
    localEtpUnspreadWorkload,
    ingressNginxForwardedHeadersMissing,
    proxyProtocolBackendMismatch,
    yamlSyntax,
    unusedSuppression,
];
