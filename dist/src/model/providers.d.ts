/**
 * Load-balancer PROXY protocol annotations of each provider and how each cloud controller reads
 * their values (DOMAIN.md §3 and §6.6, checked against the controllers' code: see the Sources of
 * rules/proxy-protocol-invalid-annotation-value.md). Every annotation yields a setting: enabled
 * (with the Service ports that get PROXY), disabled, or invalid — rejected by the controller (the
 * load balancer is not reconciled), silently ignored (no PROXY is sent), or passed unchecked to the
 * provider's API. `proxyPlan` then decides, port by port and as each controller does, which
 * Service ports of a LoadBalancer Service get a PROXY header.
 */
import type { K8sObject } from '../engine/types.js';
import { type ServicePort } from '../k8s/service.js';
export type ProxyStatus = 'enabled' | 'disabled' | 'invalid';
/**
 * Why an invalid value sends nothing: the controller returns an error and does not reconcile the
 * load balancer (`rejected`), reads it as "off" without a word (`ignored`), or passes it to the
 * provider's API without checking it (`unchecked`: the API decides).
 */
export type InvalidKind = 'rejected' | 'ignored' | 'unchecked';
/**
 * What the manifests cannot show:
 * - `class`: `spec.loadBalancerClass` hands the Service to another controller; cloud controllers
 *   skip Services with a class (k8s.io/cloud-provider `wantsLoadBalancer`), so this provider's
 *   annotation may do nothing;
 * - `aws-lbc-webhook`: the in-tree AWS controller ignores the annotation on this kind of load
 *   balancer, but the AWS Load Balancer Controller (v2.5+) sets `spec.loadBalancerClass:
 *   service.k8s.aws/nlb` on new LoadBalancer Services through its webhook, and then reads it.
 */
export type Uncertainty = 'class' | 'aws-lbc-webhook';
export interface ProxySetting {
    /** The provider, as users know it. */
    readonly provider: string;
    readonly annotation: string;
    /** The value as written (non-strings stringified). */
    readonly value: string;
    readonly status: ProxyStatus;
    /** For invalid values: what the controller does with them. */
    readonly invalid?: InvalidKind;
    /** What the controller accepts, for messages. */
    readonly accepted: string;
    /** The value(s) that turn PROXY on, for messages (defaults to `accepted`). */
    readonly enable?: string;
    /** Extra explanation for invalid or surprising values. */
    readonly note?: string;
    readonly version?: 'v1' | 'v2';
    /** Service ports (`spec.ports[].port`) that get PROXY when enabled; 'all' for every TCP port. */
    readonly ports: 'all' | readonly number[];
    /** Set when the effect depends on something the manifests do not show. */
    readonly uncertain?: Uncertainty;
}
/** Go's strconv.ParseBool. */
export declare function parseGoBool(value: string): boolean | undefined;
export declare const AWS_PROXY = "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol";
export declare const AWS_PROXY_PER_TG = "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol-per-target-group";
export declare const AWS_TG_ATTRIBUTES = "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes";
export declare const KUBELB_PROXY = "kubelb.k8c.io/proxy-protocol";
export declare const KUBELB_CLASS = "kubelb";
export declare const OPENSTACK_PROXY = "loadbalancer.openstack.org/proxy-protocol";
export declare const OPENSTACK_XFF = "loadbalancer.openstack.org/x-forwarded-for";
export declare const LINODE_DEFAULT_PROXY = "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol";
export declare const LINODE_DEPRECATED_PROXY = "service.beta.kubernetes.io/linode-loadbalancer-proxy-protocol";
export declare const SCW_PROXY_V1 = "service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v1";
export declare const SCW_PROXY_V2 = "service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v2";
export declare const SCW_SEND_PROXY_V2 = "service.beta.kubernetes.io/scw-loadbalancer-send-proxy-v2";
export declare const HETZNER_PROXY = "load-balancer.hetzner.cloud/uses-proxyprotocol";
/** Every PROXY-protocol annotation of a Service, read as its provider reads it (once per object: most rules ask). */
export declare function proxySettings(service: K8sObject): readonly ProxySetting[];
/** Two annotations the controller refuses together (its error message, as it words it). */
export interface ProxyConflict {
    readonly provider: string;
    readonly annotations: readonly [string, string];
    readonly values: readonly [string, string];
    readonly message: string;
}
/**
 * Combinations the controllers reject: OpenStack `proxy-protocol` with `x-forwarded-for: "true"`
 * (loadbalancer.go), a Scaleway Service port in both the v1 and the v2 list (`getProxyProtocol`).
 */
export declare function proxyConflicts(service: K8sObject): ProxyConflict[];
/**
 * Why PROXY could be on although no annotation of the Service enables it: a provider-wide default
 * the manifests do not show. Hetzner's controller takes `HCLOUD_LOAD_BALANCERS_USES_PROXYPROTOCOL`
 * (default false) when `uses-proxyprotocol` is not set (hcloud-cloud-controller-manager
 * `getProxyProtocolEnabled`).
 */
export declare function invisibleProxyDefault(service: K8sObject): string | undefined;
/**
 * A `spec.loadBalancerClass` no controller known here reads PROXY annotations for: cloud
 * controllers skip Services with a class, and what the class's own controller sends is not in view.
 */
export declare function unknownLoadBalancerClass(service: K8sObject): string | undefined;
export interface PortProxy {
    readonly port: ServicePort;
    /** The enabling setting that makes the load balancer send PROXY on this port. */
    readonly setting: ProxySetting;
}
export interface ProxyPlan {
    /** Settings that enable PROXY on at least one port (the deciding one first). */
    readonly settings: readonly ProxySetting[];
    /** The Service ports (spec.ports[] indexes) whose load-balancer listeners send PROXY. */
    readonly portIndexes: readonly number[];
    /** The same ports, each with the setting that decides it. */
    readonly ports: readonly PortProxy[];
}
/**
 * What a LoadBalancer Service's load balancer sends: the ports that get a PROXY header.
 * Undefined when the Service is not a LoadBalancer or no annotation enables PROXY.
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
export declare const AWS_BACKEND_PROTOCOL = "service.beta.kubernetes.io/aws-load-balancer-backend-protocol";
export declare const AWS_NLB_TARGET_TYPE = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";
export interface TcpProxyListener {
    readonly port: ServicePort;
    /** The load balancer's listener: `TCP`, or `SSL` (TLS terminated, TCP to the node). */
    readonly listener: 'TCP' | 'SSL';
}
export interface TcpProxyLoadBalancer {
    /** As users know it: `AWS Classic ELB`. */
    readonly provider: string;
    /** Why this Service gets that load balancer, for messages. */
    readonly why: string;
    /** The Service ports whose listener proxies TCP: a new connection to the node, no X-Forwarded-For. */
    readonly ports: readonly TcpProxyListener[];
    /** The annotation that sets the listener mode, when written (where the finding goes). */
    readonly annotation: string | undefined;
    /** How to send PROXY protocol from this load balancer. */
    readonly proxyFix: string;
}
/**
 * A LoadBalancer Service whose load balancer opens its own TCP connection to the nodes, so the
 * client address is gone before any node sees the packet, whatever the traffic policy. Only where
 * the provider's code says so:
 *
 * AWS in-tree Classic ELB (kubernetes/cloud-provider-aws pkg/providers/v1/aws.go `buildListener`,
 * `isNLB`): a LoadBalancer Service with `aws-load-balancer-*` annotations, no `loadBalancerClass`,
 * and no `aws-load-balancer-type` of `nlb` (an NLB, which passes the client address through) or
 * `external` / `nlb-ip` (the AWS Load Balancer Controller's). Each TCP port gets a TCP listener,
 * or an SSL listener when `aws-load-balancer-ssl-cert` covers it (`aws-load-balancer-ssl-ports`:
 * exact port numbers or lowercased names; none or `*` for all) and `backend-protocol` is empty,
 * `ssl` or `tcp`; `backend-protocol: http` (or `https` with a certificate) makes it an HTTP
 * listener that adds X-Forwarded-For. Services with annotations only the AWS Load Balancer
 * Controller reads are left alone, and so is every other provider: srcip-lint does not know that
 * their load balancers proxy.
 */
export declare function tcpProxyLoadBalancer(service: K8sObject): TcpProxyLoadBalancer | undefined;
