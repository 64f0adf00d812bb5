import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { externalIPs, isHeadless, serviceSpec, serviceType } from '../src/k8s/service.js';
import { atLeast } from '../src/k8s/version.js';
import { byKindAndName, describeWorkloads, notDaemonSet } from '../src/model/placement.js';
export default defineRule({
    meta: {
        id: 'local-etp-nodeport-not-daemonset',
        description: 'Warn when a NodePort Service (or ClusterIP with externalIPs) with externalTrafficPolicy: Local selects pods that are not a DaemonSet, so some nodes have none.',
        rationale: 'With externalTrafficPolicy: Local a node forwards external traffic only to pods on that same node, which keeps the client source IP. A LoadBalancer Service gets a health check node port that takes nodes without a pod out of rotation; a NodePort Service (or an external IP) has none, so clients that reach a node without a pod get no answer. Only a DaemonSet puts a pod on every node.',
        remediation: 'Run the pods as a DaemonSet, send clients only to nodes that run a pod, use a LoadBalancer Service (health-checked), or use externalTrafficPolicy: Cluster and carry the client IP another way.',
        category: 'reliability',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service'],
        crossObject: true,
        relates: WORKLOAD_KINDS,
        messages: {
            nodePort: 'NodePort Service "{{service}}" has externalTrafficPolicy: Local, but no DaemonSet runs its pods. They come from {{workloads}}, so some nodes may have none, and each node forwards its node port only to pods on that same node: clients that connect to a node without a pod get no answer, and no load balancer health check takes such nodes out. Run the pods as a DaemonSet, send clients only to nodes that run a pod, use type LoadBalancer (its health checks skip nodes without a pod), or use externalTrafficPolicy: Cluster and carry the client IP another way (PROXY protocol, X-Forwarded-For).',
            externalIPs: 'Service "{{service}}" has externalIPs and externalTrafficPolicy: Local, but no DaemonSet runs its pods. They come from {{workloads}}, so some nodes may have none, and a node that receives traffic for an external IP ({{ips}}) forwards it only to pods on that same node: traffic routed to a node without a pod is dropped, and nothing health-checks the nodes. Run the pods as a DaemonSet, route the external IPs only to nodes that run a pod, or use a LoadBalancer Service.',
            // The same findings, reported on a workload when only its side is linted.
            workloadNodePort: '{{kind}} "{{name}}" is not a DaemonSet, but a NodePort Service with externalTrafficPolicy: Local selects its pods. Each node forwards the node port of Service "{{service}}" only to pods on that same node and some nodes may have none of them: clients that connect to such a node get no answer, and no load balancer health check takes it out. Run the pods as a DaemonSet, send clients only to nodes that run a pod, or make Service "{{service}}" a LoadBalancer (health-checked) or externalTrafficPolicy: Cluster and carry the client IP another way (PROXY protocol, X-Forwarded-For).',
            workloadExternalIPs: '{{kind}} "{{name}}" is not a DaemonSet, but a Service with externalIPs and externalTrafficPolicy: Local selects its pods. A node that receives traffic for an external IP of Service "{{service}}" ({{ips}}) forwards it only to pods on that same node, and some nodes may have none of them: traffic routed there is dropped, and nothing health-checks the nodes. Run the pods as a DaemonSet, route the external IPs only to nodes that run a pod, or use a LoadBalancer Service.',
        },
        defaultOptions: {},
    },
    *check(service, { model, kubeVersion }) {
        if (serviceSpec(service)['externalTrafficPolicy'] !== 'Local' || isHeadless(service))
            return;
        const type = serviceType(service);
        const ips = externalIPs(service).filter((ip) => typeof ip === 'string');
        let messageId;
        if (type === 'NodePort')
            messageId = 'nodePort';
        // ClusterIP + externalIPs accepts Local from 1.29 (before, service-etp-not-allowed reports it).
        else if (type === 'ClusterIP' && ips.length > 0 && atLeast(kubeVersion, 29))
            messageId = 'externalIPs';
        else
            return; // LoadBalancer: health-checked on healthCheckNodePort
        const workloads = model.selectedWorkloads(service);
        // One DaemonSet among the backends puts an endpoint on every node it runs on.
        if (workloads.length === 0 || workloads.some((w) => w.kind === 'DaemonSet'))
            return;
        const sorted = [...workloads].sort(byKindAndName);
        const data = { service: service.name, workloads: describeWorkloads(sorted, model), ips: ips.join(', ') };
        const other = messageId === 'nodePort' ? 'workloadNodePort' : 'workloadExternalIPs';
        const demoted = `${messageId === 'nodePort' ? 'NodePort Service' : 'Service'} "${service.name}" sets externalTrafficPolicy: Local here`;
        yield {
            messageId,
            path: ['spec', 'externalTrafficPolicy'],
            data,
            related: sorted.map((w) => ({ ...notDaemonSet(w), asPrimary: { messageId: other, data: { ...data, kind: w.kind, name: w.name }, demoted } })),
        };
    },
});
