/** Service semantics from the API server's own helpers (DOMAIN.md §1.1). */
import { asArray, asRecord } from './labels.js';
import { atLeast } from './version.js';
export function serviceSpec(svc) {
    return asRecord(svc.raw['spec']) ?? {};
}
/** `spec.type`, defaulted to ClusterIP as the API server does before validation. */
export function serviceType(svc) {
    const t = serviceSpec(svc)['type'];
    return typeof t === 'string' && t !== '' ? t : 'ClusterIP';
}
export function isHeadless(svc) {
    return serviceSpec(svc)['clusterIP'] === 'None';
}
export function externalIPs(svc) {
    return asArray(serviceSpec(svc)['externalIPs']);
}
/**
 * `ExternallyAccessible` of pkg/api/service/util.go: LoadBalancer, NodePort, or ClusterIP with
 * externalIPs. ExternalName never is.
 */
export function isExternallyAccessible(svc) {
    const t = serviceType(svc);
    if (t === 'LoadBalancer' || t === 'NodePort')
        return true;
    return t === 'ClusterIP' && externalIPs(svc).length > 0;
}
/** The Service's equality selector (string values only). */
export function serviceSelector(svc) {
    const sel = asRecord(serviceSpec(svc)['selector']);
    if (!sel)
        return {};
    const out = {};
    for (const [k, v] of Object.entries(sel))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}
/** The effective externalTrafficPolicy: the value written, or Cluster when defaulted. */
export function effectiveEtp(svc) {
    const v = serviceSpec(svc)['externalTrafficPolicy'];
    if (v === undefined || v === null || v === '')
        return isExternallyAccessible(svc) ? 'Cluster' : undefined;
    return typeof v === 'string' ? v : undefined;
}
const portCache = new WeakMap();
/** The Service's ports (computed once per object: many rules ask). */
export function servicePorts(svc) {
    let ports = portCache.get(svc);
    if (!ports) {
        ports = readServicePorts(svc);
        portCache.set(svc, ports);
    }
    return ports;
}
function readServicePorts(svc) {
    return asArray(serviceSpec(svc)['ports']).flatMap((p, index) => {
        const r = asRecord(p);
        if (!r)
            return [];
        const port = typeof r['port'] === 'number' ? r['port'] : undefined;
        const tp = r['targetPort'];
        return [
            {
                index,
                name: typeof r['name'] === 'string' ? r['name'] : '',
                port,
                protocol: typeof r['protocol'] === 'string' ? r['protocol'] : 'TCP',
                targetPort: typeof tp === 'number' || (typeof tp === 'string' && tp !== '') ? tp : port,
            },
        ];
    });
}
/** The Service types the API server accepts (`supportedServiceType` in validation.go). */
export const SERVICE_TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
/** The values of externalTrafficPolicy and internalTrafficPolicy (case-sensitive). */
export const TRAFFIC_POLICIES = ['Cluster', 'Local'];
/**
 * The traffic policy a rejected value most likely means: the same word in another case or with
 * blanks around it (`local`, `"Local "`). Undefined for valid values and unrelated words.
 */
export function trafficPolicyFix(value) {
    const v = value.trim().toLowerCase();
    return TRAFFIC_POLICIES.find((p) => p !== value && p.toLowerCase() === v);
}
/**
 * Whether this version's API server accepts externalTrafficPolicy on the Service, and therefore
 * checks its value: NodePort and LoadBalancer, and from 1.29 ClusterIP with externalIPs
 * (DOMAIN.md §1.2–1.3). Elsewhere any value is rejected as not allowed.
 */
export function acceptsExternalTrafficPolicy(svc, kubeVersion) {
    const t = serviceType(svc);
    if (t === 'NodePort' || t === 'LoadBalancer')
        return true;
    return atLeast(kubeVersion, 29) && t === 'ClusterIP' && externalIPs(svc).length > 0;
}
/** `NeedsHealthCheck` of pkg/api/service/util.go: a LoadBalancer with externalTrafficPolicy exactly Local. */
export function needsHealthCheck(svc) {
    return serviceType(svc) === 'LoadBalancer' && serviceSpec(svc)['externalTrafficPolicy'] === 'Local';
}
/**
 * Whether kube-proxy proxies the Service at all (`ShouldSkipService` in pkg/proxy/util): not for
 * headless Services (`clusterIP: None`) nor ExternalName ones.
 */
export function isProxied(svc) {
    return !isHeadless(svc) && serviceType(svc) !== 'ExternalName';
}
