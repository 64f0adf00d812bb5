/** Service semantics from the API server's own helpers (DOMAIN.md §1.1). */

import type { K8sObject, KubeVersion } from '../engine/types.js';
import { asArray, asRecord, type Labels } from './labels.js';
import { atLeast } from './version.js';

/** 'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName' (or an invalid value as written). */
export type ServiceType = string;

export function serviceSpec(svc: K8sObject): Readonly<Record<string, unknown>> {
  return asRecord(svc.raw['spec']) ?? {};
}

/** `spec.type`, defaulted to ClusterIP as the API server does before validation. */
export function serviceType(svc: K8sObject): ServiceType {
  const t = serviceSpec(svc)['type'];
  return typeof t === 'string' && t !== '' ? t : 'ClusterIP';
}

export function isHeadless(svc: K8sObject): boolean {
  return serviceSpec(svc)['clusterIP'] === 'None';
}

export function externalIPs(svc: K8sObject): readonly unknown[] {
  return asArray(serviceSpec(svc)['externalIPs']);
}

/**
 * `ExternallyAccessible` of pkg/api/service/util.go: LoadBalancer, NodePort, or ClusterIP with
 * externalIPs. ExternalName never is.
 */
export function isExternallyAccessible(svc: K8sObject): boolean {
  const t = serviceType(svc);
  if (t === 'LoadBalancer' || t === 'NodePort') return true;
  return t === 'ClusterIP' && externalIPs(svc).length > 0;
}

/** The Service's equality selector (string values only). */
export function serviceSelector(svc: K8sObject): Labels {
  const sel = asRecord(serviceSpec(svc)['selector']);
  if (!sel) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sel)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The effective externalTrafficPolicy: the value written, or Cluster when defaulted. */
export function effectiveEtp(svc: K8sObject): string | undefined {
  const v = serviceSpec(svc)['externalTrafficPolicy'];
  if (v === undefined || v === null || v === '') return isExternallyAccessible(svc) ? 'Cluster' : undefined;
  return typeof v === 'string' ? v : undefined;
}

export interface ServicePort {
  readonly index: number;
  readonly name: string;
  readonly port: number | undefined;
  readonly protocol: string;
  /** targetPort as written (number or name); defaults to `port`. */
  readonly targetPort: number | string | undefined;
}

const portCache = new WeakMap<K8sObject, readonly ServicePort[]>();

/** The Service's ports (computed once per object: many rules ask). */
export function servicePorts(svc: K8sObject): readonly ServicePort[] {
  let ports = portCache.get(svc);
  if (!ports) {
    ports = readServicePorts(svc);
    portCache.set(svc, ports);
  }
  return ports;
}

function readServicePorts(svc: K8sObject): ServicePort[] {
  return asArray(serviceSpec(svc)['ports']).flatMap((p, index) => {
    const r = asRecord(p);
    if (!r) return [];
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
export const SERVICE_TYPES: ReadonlySet<string> = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);

/** The values of externalTrafficPolicy and internalTrafficPolicy (case-sensitive). */
export const TRAFFIC_POLICIES: readonly string[] = ['Cluster', 'Local'];

/**
 * The traffic policy a rejected value most likely means: the same word in another case or with
 * blanks around it (`local`, `"Local "`). Undefined for valid values and unrelated words.
 */
export function trafficPolicyFix(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return TRAFFIC_POLICIES.find((p) => p !== value && p.toLowerCase() === v);
}

/**
 * Whether this version's API server accepts externalTrafficPolicy on the Service, and therefore
 * checks its value: NodePort and LoadBalancer, and from 1.29 ClusterIP with externalIPs
 * (DOMAIN.md §1.2–1.3). Elsewhere any value is rejected as not allowed.
 */
export function acceptsExternalTrafficPolicy(svc: K8sObject, kubeVersion: KubeVersion): boolean {
  const t = serviceType(svc);
  if (t === 'NodePort' || t === 'LoadBalancer') return true;
  return atLeast(kubeVersion, 29) && t === 'ClusterIP' && externalIPs(svc).length > 0;
}

/** `NeedsHealthCheck` of pkg/api/service/util.go: a LoadBalancer with externalTrafficPolicy exactly Local. */
export function needsHealthCheck(svc: K8sObject): boolean {
  return serviceType(svc) === 'LoadBalancer' && serviceSpec(svc)['externalTrafficPolicy'] === 'Local';
}

/**
 * Whether kube-proxy proxies the Service at all (`ShouldSkipService` in pkg/proxy/util): not for
 * headless Services (`clusterIP: None`) nor ExternalName ones.
 */
export function isProxied(svc: K8sObject): boolean {
  return !isHeadless(svc) && serviceType(svc) !== 'ExternalName';
}
