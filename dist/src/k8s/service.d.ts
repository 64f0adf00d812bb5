/** Service semantics from the API server's own helpers (DOMAIN.md §1.1). */
import type { K8sObject, KubeVersion } from '../engine/types.js';
import { type Labels } from './labels.js';
/** 'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName' (or an invalid value as written). */
export type ServiceType = string;
export declare function serviceSpec(svc: K8sObject): Readonly<Record<string, unknown>>;
/** `spec.type`, defaulted to ClusterIP as the API server does before validation. */
export declare function serviceType(svc: K8sObject): ServiceType;
export declare function isHeadless(svc: K8sObject): boolean;
export declare function externalIPs(svc: K8sObject): readonly unknown[];
/**
 * `ExternallyAccessible` of pkg/api/service/util.go: LoadBalancer, NodePort, or ClusterIP with
 * externalIPs. ExternalName never is.
 */
export declare function isExternallyAccessible(svc: K8sObject): boolean;
/** The Service's equality selector (string values only). */
export declare function serviceSelector(svc: K8sObject): Labels;
/** The effective externalTrafficPolicy: the value written, or Cluster when defaulted. */
export declare function effectiveEtp(svc: K8sObject): string | undefined;
export interface ServicePort {
    readonly index: number;
    readonly name: string;
    readonly port: number | undefined;
    readonly protocol: string;
    /** targetPort as written (number or name); defaults to `port`. */
    readonly targetPort: number | string | undefined;
}
/** The Service's ports (computed once per object: many rules ask). */
export declare function servicePorts(svc: K8sObject): readonly ServicePort[];
/** The Service types the API server accepts (`supportedServiceType` in validation.go). */
export declare const SERVICE_TYPES: ReadonlySet<string>;
/** The values of externalTrafficPolicy and internalTrafficPolicy (case-sensitive). */
export declare const TRAFFIC_POLICIES: readonly string[];
/**
 * The traffic policy a rejected value most likely means: the same word in another case or with
 * blanks around it (`local`, `"Local "`). Undefined for valid values and unrelated words.
 */
export declare function trafficPolicyFix(value: string): string | undefined;
/**
 * Whether this version's API server accepts externalTrafficPolicy on the Service, and therefore
 * checks its value: NodePort and LoadBalancer, and from 1.29 ClusterIP with externalIPs
 * (DOMAIN.md §1.2–1.3). Elsewhere any value is rejected as not allowed.
 */
export declare function acceptsExternalTrafficPolicy(svc: K8sObject, kubeVersion: KubeVersion): boolean;
/** `NeedsHealthCheck` of pkg/api/service/util.go: a LoadBalancer with externalTrafficPolicy exactly Local. */
export declare function needsHealthCheck(svc: K8sObject): boolean;
/**
 * Whether kube-proxy proxies the Service at all (`ShouldSkipService` in pkg/proxy/util): not for
 * headless Services (`clusterIP: None`) nor ExternalName ones.
 */
export declare function isProxied(svc: K8sObject): boolean;
