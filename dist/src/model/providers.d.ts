/**
 * Load-balancer PROXY protocol annotations of each provider and how each cloud controller reads
 * their values (DOMAIN.md §3 and §6.6). Every annotation yields a setting: enabled (with the
 * Service ports that get PROXY), disabled, or invalid — rejected by the controller (the load
 * balancer is not reconciled) or silently ignored (no PROXY is sent).
 */
import type { K8sObject } from '../engine/types.js';
export type ProxyStatus = 'enabled' | 'disabled' | 'invalid';
export interface ProxySetting {
    /** The provider, as users know it. */
    readonly provider: string;
    readonly annotation: string;
    /** The value as written (non-strings stringified). */
    readonly value: string;
    readonly status: ProxyStatus;
    /** For invalid values: whether the controller rejects them or silently sends no PROXY. */
    readonly invalid?: 'rejected' | 'ignored';
    /** What the controller accepts, for messages. */
    readonly accepted: string;
    /** Extra explanation for invalid or surprising values. */
    readonly note?: string;
    readonly version?: 'v1' | 'v2';
    /** Service ports (`spec.ports[].port`) that get PROXY when enabled; 'all' for every TCP port. */
    readonly ports: 'all' | readonly number[];
}
/** Go's strconv.ParseBool. */
export declare function parseGoBool(value: string): boolean | undefined;
export declare const AWS_PROXY = "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol";
export declare const KUBELB_PROXY = "kubelb.k8c.io/proxy-protocol";
/** Every PROXY-protocol annotation of a Service, read as its provider reads it. */
export declare function proxySettings(service: K8sObject): ProxySetting[];
export interface ProxyPlan {
    /** Settings that enable PROXY. */
    readonly settings: readonly ProxySetting[];
    /** The Service ports (spec.ports[] indexes) whose load-balancer listeners send PROXY. */
    readonly portIndexes: readonly number[];
}
/**
 * What a LoadBalancer Service's load balancer sends: the ports that get a PROXY header.
 * Undefined when the Service is not a LoadBalancer or no annotation enables PROXY. A global
 * enabling annotation wins over per-port lists; UDP ports never get PROXY.
 */
export declare function proxyPlan(service: K8sObject): ProxyPlan | undefined;
export interface HttpTermination {
    readonly provider: string;
    readonly annotation: string;
    readonly value: string;
}
/**
 * A LoadBalancer Service whose load balancer terminates HTTP and passes the client address in
 * X-Forwarded-For, so the backend must trust that header to see the client. Only providers whose
 * HTTP mode is documented to add X-Forwarded-For (rules/ingress-nginx-forwarded-headers-missing.md
 * lists the sources). A `loadBalancerClass` hands the Service to another controller: no verdict.
 */
export declare function httpTermination(service: K8sObject): HttpTermination | undefined;
