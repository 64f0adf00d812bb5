/** Service semantics from the API server's own helpers (DOMAIN.md §1.1). */

import type { K8sObject } from '../engine/types.js';
import { asArray, asRecord, type Labels } from './labels.js';

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

export function servicePorts(svc: K8sObject): ServicePort[] {
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
