import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { isProxied, SERVICE_TYPES, serviceSpec, serviceType } from '../src/k8s/service.js';
import { atLeast } from '../src/k8s/version.js';
import { byKindAndName, describeWorkloads, notDaemonSet } from '../src/model/placement.js';
export default defineRule({
    meta: {
        id: 'local-itp-not-daemonset',
        description: 'Warn when a Service with internalTrafficPolicy: Local selects pods that are not a DaemonSet, so in-cluster clients on nodes without a pod are dropped.',
        rationale: 'internalTrafficPolicy: Local makes kube-proxy send in-cluster traffic for the cluster IP only to pods on the client\'s own node; when that node has none, the traffic is dropped, with no fallback to other nodes. That is only safe for node-local agents run as a DaemonSet. Behind a Deployment or StatefulSet, clients fail or succeed depending on where the scheduler put them.',
        remediation: 'Run the pods as a DaemonSet, or remove internalTrafficPolicy (Cluster); to prefer a pod on the same node and still fall back to others, use trafficDistribution: PreferSameNode (Kubernetes 1.34+).',
        category: 'reliability',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service'],
        crossObject: true,
        relates: WORKLOAD_KINDS,
        messages: {
            notDaemonSet: 'Service "{{service}}" has internalTrafficPolicy: Local, but no DaemonSet runs its pods. They come from {{workloads}}, so some nodes may have none, and kube-proxy sends in-cluster traffic for its cluster IP only to pods on the client\'s own node: clients on those nodes have their connections dropped, with no fallback to other nodes. Run the pods as a DaemonSet (node-local agents are what Local is for), or remove internalTrafficPolicy{{alternative}}.',
            // The same finding, reported on a workload when only its side is linted.
            workload: '{{kind}} "{{name}}" is not a DaemonSet, but a Service with internalTrafficPolicy: Local selects its pods. The in-cluster traffic of Service "{{service}}" goes only to pods on the client\'s own node, and some nodes may have none of them: clients there have their connections dropped, with no fallback to other nodes. Run the pods as a DaemonSet (node-local agents are what Local is for), or remove internalTrafficPolicy from Service "{{service}}"{{alternative}}.',
        },
        defaultOptions: {},
    },
    *check(service, { model, kubeVersion }) {
        // The field is beta and on by default from 1.22; in 1.21 the API server drops it (alpha gate off).
        if (serviceSpec(service)['internalTrafficPolicy'] !== 'Local' || !atLeast(kubeVersion, 22))
            return;
        // kube-proxy proxies neither headless nor ExternalName Services: the policy does nothing there.
        if (!SERVICE_TYPES.has(serviceType(service)) || !isProxied(service))
            return;
        const workloads = model.selectedWorkloads(service);
        // One DaemonSet among the backends puts an endpoint on every node it runs on.
        if (workloads.length === 0 || workloads.some((w) => w.kind === 'DaemonSet'))
            return;
        const sorted = [...workloads].sort(byKindAndName);
        const data = { service: service.name, workloads: describeWorkloads(sorted, model), alternative: alternative(kubeVersion) };
        const demoted = `Service "${service.name}" sets internalTrafficPolicy: Local here`;
        yield {
            messageId: 'notDaemonSet',
            path: ['spec', 'internalTrafficPolicy'],
            data,
            related: sorted.map((w) => ({ ...notDaemonSet(w), asPrimary: { messageId: 'workload', data: { ...data, kind: w.kind, name: w.name }, demoted } })),
        };
    },
});
/** What to use instead when node-local is a preference, not a requirement (DOMAIN.md §1.8). */
function alternative(kubeVersion) {
    if (atLeast(kubeVersion, 34))
        return ' and set trafficDistribution: PreferSameNode, which prefers a pod on the same node and falls back to the others';
    if (atLeast(kubeVersion, 31))
        return ' and, to keep traffic near the client, set trafficDistribution: PreferClose, which prefers pods in the same zone and falls back to the others';
    return '';
}
