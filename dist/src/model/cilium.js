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
import { asRecord, dig } from '../k8s/labels.js';
import { nearestGroup } from './model.js';
export const CILIUM_CONFIG = 'cilium-config';
export const FORWARDING_MODE_ANNOTATION = 'service.cilium.io/forwarding-mode';
const configs = new WeakMap();
/** The `cilium-config` ConfigMap nearest `near` (any namespace); undefined when none or ambiguous. */
export function ciliumConfig(model, near) {
    let all = configs.get(model);
    if (!all) {
        all = model.ofKind('ConfigMap').filter((cm) => cm.name === CILIUM_CONFIG && !cm.partial);
        configs.set(model, all);
    }
    if (all.length === 0)
        return undefined;
    const group = nearestGroup(all, near);
    return group.length === 1 ? group[0] : undefined;
}
/**
 * How Cilium forwards the external traffic of a Service (or of the Service an operator generates,
 * given its annotations). Undefined when no `cilium-config` is in view.
 */
export function ciliumForwarding(model, near, serviceAnnotations) {
    const cm = ciliumConfig(model, near);
    if (!cm)
        return undefined;
    const data = asRecord(dig(cm.raw, 'data')) ?? {};
    const str = (k) => (typeof data[k] === 'string' ? data[k] : undefined);
    const kpr = str('kube-proxy-replacement');
    const handlesNodePorts = str('enable-node-port') === 'true' || !(kpr === 'false' || kpr === 'disabled' || kpr === 'partial');
    const configured = str('bpf-lb-mode');
    let mode = configured === 'dsr' || configured === 'hybrid' ? configured : 'snat';
    let source = configured === undefined ? 'default' : 'config';
    const annotation = serviceAnnotations[FORWARDING_MODE_ANNOTATION];
    if (str('bpf-lb-mode-annotation') === 'true' && typeof annotation === 'string') {
        const v = annotation.toLowerCase();
        if (v === 'dsr' || v === 'snat') {
            mode = v;
            source = 'annotation';
        }
    }
    return { configMap: cm, mode, source, handlesNodePorts, path: ['data', 'bpf-lb-mode'] };
}
/** Whether Cilium keeps the client source IP for external traffic of this protocol despite ETP Cluster. */
export function keepsClientIp(forwarding, protocol) {
    if (!forwarding || !forwarding.handlesNodePorts)
        return false;
    if (forwarding.mode === 'dsr')
        return true;
    return forwarding.mode === 'hybrid' && protocol.toUpperCase() === 'TCP';
}
