import { defineRule } from '../src/engine/rule.js';
import { externalIPs, isExternallyAccessible, serviceSpec, serviceType } from '../src/k8s/service.js';
import { atLeast, formatKubeVersion } from '../src/k8s/version.js';

export default defineRule({
  meta: {
    id: 'service-etp-not-allowed',
    description: 'Disallow externalTrafficPolicy on a Service that is not externally accessible (the API server rejects it).',
    rationale:
      'externalTrafficPolicy only governs traffic that enters through a NodePort, a load balancer or an external IP. On a ClusterIP (without externalIPs before 1.29), headless or ExternalName Service the API server rejects any value, even Cluster, so the manifest never applies. It is the classic Helm-chart bug of rendering externalTrafficPolicy whatever the Service type.',
    remediation:
      'Remove externalTrafficPolicy from this Service, or set it on the NodePort or LoadBalancer Service that external clients reach.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'very-high',
    appliesTo: ['Service'],
    messages: {
      notExternal:
        'The API server rejects {{type}} Service "{{service}}" because it sets externalTrafficPolicy. Its error (Kubernetes {{version}}): spec.externalTrafficPolicy: Invalid value: "{{value}}": may only be set for externally-accessible services. The policy applies only to traffic entering through a NodePort, a load balancer or externalIPs; remove it, or make the Service NodePort or LoadBalancer.',
      notNodePortOrLb:
        'The API server rejects {{type}} Service "{{service}}" because it sets externalTrafficPolicy. Its error (Kubernetes {{version}}): spec.externalTrafficPolicy: Invalid value: "{{value}}": may only be set when `type` is \'NodePort\' or \'LoadBalancer\'. Remove it, or make the Service NodePort or LoadBalancer.',
      notNodePortOrLbLegacy:
        'The API server rejects {{type}} Service "{{service}}" because it sets externalTrafficPolicy. Its error (Kubernetes {{version}}): spec.externalTrafficPolicy: Invalid value: "{{value}}": ExternalTrafficPolicy can only be set on NodePort and LoadBalancer service. Remove it, or make the Service NodePort or LoadBalancer.',
      externalIPsBefore129:
        'The API server of Kubernetes {{version}} rejects ClusterIP Service "{{service}}" because it sets externalTrafficPolicy. Even with externalIPs, a ClusterIP Service may set it (here "{{value}}") only from Kubernetes 1.29. Remove it, use type NodePort or LoadBalancer, or target Kubernetes 1.29 or later (--kube-version).',
    },
    defaultOptions: {},
  },

  *check(service, { kubeVersion }) {
    const value = serviceSpec(service)['externalTrafficPolicy'];
    // A non-string value fails decoding before validation: k8s-schema reports it.
    if (typeof value !== 'string' || value === '') return;
    const type = serviceType(service);
    if (type === 'NodePort' || type === 'LoadBalancer') return;
    if (type !== 'ClusterIP' && type !== 'ExternalName') return; // an invalid type is k8s-schema's finding
    const data = { type, service: service.name, value, version: formatKubeVersion(kubeVersion) };
    const path = ['spec', 'externalTrafficPolicy'];
    if (atLeast(kubeVersion, 29)) {
      if (!isExternallyAccessible(service)) yield { messageId: 'notExternal', path, data };
      return;
    }
    if (type === 'ClusterIP' && externalIPs(service).length > 0) {
      yield { messageId: 'externalIPsBefore129', path, data };
      return;
    }
    yield { messageId: atLeast(kubeVersion, 23) ? 'notNodePortOrLb' : 'notNodePortOrLbLegacy', path, data };
  },
});
