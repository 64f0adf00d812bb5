/**
 * Cilium's eBPF load balancer (DOMAIN.md §6.5): whether it forwards a Service's external traffic
 * with direct server return (DSR), which keeps the client source IP even with
 * externalTrafficPolicy Cluster.
 *
 * - The agent reads ConfigMap `cilium-config` (in the namespace Cilium is installed in, usually
 *   kube-system). Helm's `loadBalancer.mode` renders as `bpf-lb-mode`: `snat` (the default),
 *   `dsr`, or `hybrid` — DSR for TCP, SNAT for UDP (cilium/cilium
 *   `install/kubernetes/cilium/templates/cilium-configmap.yaml`,
 *   `Documentation/network/kubernetes/kubeproxy-free.rst`).
 * - With `bpf-lb-mode-annotation: "true"` a Service picks its own mode with the annotation
 *   `service.cilium.io/forwarding-mode: dsr|snat` (value lowercased; `pkg/annotation/k8s.go`).
 * - `bpf-lb-mode` applies to Cilium's own NodePort/LoadBalancer handling: with
 *   `kube-proxy-replacement: "false"` and no `enable-node-port: "true"`, kube-proxy forwards
 *   external traffic and SNATs it whatever the mode says.
 */
import type { K8sObject, Path } from '../engine/types.js';
import { type Model } from './model.js';
export declare const CILIUM_CONFIG = "cilium-config";
export declare const FORWARDING_MODE_ANNOTATION = "service.cilium.io/forwarding-mode";
export type CiliumLbMode = 'snat' | 'dsr' | 'hybrid';
export interface CiliumForwarding {
    /** The `cilium-config` ConfigMap that decides. */
    readonly configMap: K8sObject;
    /** The mode this Service's external traffic gets. */
    readonly mode: CiliumLbMode;
    /** Where the mode comes from: the ConfigMap's `bpf-lb-mode`, its default, or the Service annotation. */
    readonly source: 'config' | 'default' | 'annotation';
    /** Whether Cilium (not kube-proxy) forwards NodePort and LoadBalancer traffic, so the mode applies. */
    readonly handlesNodePorts: boolean;
    /** Where the mode is set (or would go) in the ConfigMap, for related locations. */
    readonly path: Path;
}
/** The `cilium-config` ConfigMap nearest `near` (any namespace); undefined when none or ambiguous. */
export declare function ciliumConfig(model: Model, near: K8sObject): K8sObject | undefined;
/**
 * How Cilium forwards the external traffic of a Service (or of the Service an operator generates,
 * given its annotations). Undefined when no `cilium-config` is in view.
 */
export declare function ciliumForwarding(model: Model, near: K8sObject, serviceAnnotations: Readonly<Record<string, unknown>>): CiliumForwarding | undefined;
/** Whether Cilium keeps the client source IP for external traffic of this protocol despite ETP Cluster. */
export declare function keepsClientIp(forwarding: CiliumForwarding | undefined, protocol: string): boolean;
