/** The rule registry. Order is the order of `--list-rules`; test/meta.test.ts keeps it complete. */
import clientIpLostClusterPolicy from './client-ip-lost-cluster-policy.js';
import clientIpLostTcpProxy from './client-ip-lost-tcp-proxy.js';
import forwardedHeadersTrustAll from './forwarded-headers-trust-all.js';
import ingressNginxForwardedHeadersMissing from './ingress-nginx-forwarded-headers-missing.js';
import ingressNginxForwardedHeadersSpoofable from './ingress-nginx-forwarded-headers-spoofable.js';
import ingressNginxExponentNumber from './ingress-nginx-exponent-number.js';
import ingressNginxInvalidBool from './ingress-nginx-invalid-bool.js';
import ingressNginxUnknownAnnotation from './ingress-nginx-unknown-annotation.js';
import ingressNginxUnknownConfigmapKey from './ingress-nginx-unknown-configmap-key.js';
import k8sSchema from './k8s-schema.js';
import kustomizeBuild from './kustomize-build.js';
import kustomizeRenameNotFollowed from './kustomize-rename-not-followed.js';
import kubelbProxyProtocolWithoutLocal from './kubelb-proxy-protocol-without-local.js';
import localEtpNodeportNotDaemonset from './local-etp-nodeport-not-daemonset.js';
import localEtpUnspreadWorkload from './local-etp-unspread-workload.js';
import localItpNotDaemonset from './local-itp-not-daemonset.js';
import nonStringMapValue from './non-string-map-value.js';
import proxyProtocolBackendMismatch from './proxy-protocol-backend-mismatch.js';
import proxyProtocolInvalidAnnotationValue from './proxy-protocol-invalid-annotation-value.js';
import proxyProtocolNotSent from './proxy-protocol-not-sent.js';
import proxyProtocolUdpPort from './proxy-protocol-udp-port.js';
import proxyProtocolUnverifiedBackend from './proxy-protocol-unverified-backend.js';
import serviceEtpNotAllowed from './service-etp-not-allowed.js';
import serviceHcnpNotAllowed from './service-hcnp-not-allowed.js';
import serviceTrafficPolicyInvalidValue from './service-traffic-policy-invalid-value.js';
import unrenderedTemplate from './unrendered-template.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';
export const rules = [
    serviceEtpNotAllowed,
    serviceTrafficPolicyInvalidValue,
    serviceHcnpNotAllowed,
    localEtpUnspreadWorkload,
    localEtpNodeportNotDaemonset,
    localItpNotDaemonset,
    clientIpLostClusterPolicy,
    clientIpLostTcpProxy,
    ingressNginxForwardedHeadersMissing,
    ingressNginxForwardedHeadersSpoofable,
    ingressNginxUnknownConfigmapKey,
    ingressNginxUnknownAnnotation,
    ingressNginxInvalidBool,
    ingressNginxExponentNumber,
    nonStringMapValue,
    proxyProtocolBackendMismatch,
    proxyProtocolNotSent,
    proxyProtocolUnverifiedBackend,
    proxyProtocolInvalidAnnotationValue,
    proxyProtocolUdpPort,
    kubelbProxyProtocolWithoutLocal,
    forwardedHeadersTrustAll,
    kustomizeRenameNotFollowed,
    k8sSchema,
    kustomizeBuild,
    yamlSyntax,
    unrenderedTemplate,
    unusedSuppression,
];
