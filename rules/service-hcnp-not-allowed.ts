import { defineRule } from '../src/engine/rule.js';
import { needsHealthCheck, SERVICE_TYPES, serviceSpec, serviceType, TRAFFIC_POLICIES } from '../src/k8s/service.js';
import { atLeast, formatKubeVersion } from '../src/k8s/version.js';

export default defineRule({
  meta: {
    id: 'service-hcnp-not-allowed',
    description:
      'Disallow healthCheckNodePort unless the Service is a LoadBalancer with externalTrafficPolicy: Local (the API server rejects it).',
    rationale:
      'With externalTrafficPolicy: Local a cloud load balancer probes kube-proxy on the health check node port to send clients only to nodes that run a ready pod, which keeps the client source IP without dropping traffic. Only a LoadBalancer Service with externalTrafficPolicy: Local gets that port; on any other Service (NodePort included, or a LoadBalancer whose policy is Cluster, the default) the API server rejects a non-zero healthCheckNodePort, so the manifest never applies.',
    remediation:
      'Remove healthCheckNodePort, or make the Service a LoadBalancer with externalTrafficPolicy: Local if a load balancer should health-check the nodes.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'very-high',
    appliesTo: ['Service'],
    messages: {
      notLoadBalancer:
        'The API server rejects {{type}} Service "{{service}}" because it sets healthCheckNodePort. Only a LoadBalancer Service with externalTrafficPolicy: Local may set it. Its error (Kubernetes {{version}}): {{apiError}}. Only such a Service gets a health check node port, which its load balancer probes to skip nodes without a ready pod; this {{type}} Service has no such load balancer. Remove spec.healthCheckNodePort.',
      nodePortLocal:
        'The API server rejects NodePort Service "{{service}}" because it sets healthCheckNodePort. That field needs type LoadBalancer, even with externalTrafficPolicy: Local. Its error (Kubernetes {{version}}): {{apiError}}. A health check node port exists only for LoadBalancer Services, so nothing tells clients which nodes run a pod. Remove spec.healthCheckNodePort; if a load balancer should skip nodes without a pod, make the Service type LoadBalancer (the API server then allocates the port) or run the pods on every node (a DaemonSet).',
      notLocal:
        'The API server rejects LoadBalancer Service "{{service}}" because it sets healthCheckNodePort. That field needs externalTrafficPolicy: Local, and the Service has {{etp}}. Its error (Kubernetes {{version}}): {{apiError}}. With externalTrafficPolicy Cluster every node forwards to pods on any node (SNAT hides the client IP), so no node is health-checked and no health check node port exists. Remove spec.healthCheckNodePort, or set externalTrafficPolicy: Local to keep the client IP; the load balancer then probes this port to skip nodes without a ready pod.',
    },
    defaultOptions: {},
  },

  *check(service, { kubeVersion }) {
    const spec = serviceSpec(service);
    const port = spec['healthCheckNodePort'];
    // 0 and null mean "not set"; a string or a fraction fails decoding (k8s-schema's finding).
    if (typeof port !== 'number' || !Number.isInteger(port) || port === 0) return;
    const type = serviceType(service);
    if (!SERVICE_TYPES.has(type)) return; // an invalid type is k8s-schema's finding
    if (needsHealthCheck(service)) return;
    const etp = spec['externalTrafficPolicy'];
    const etpSet = etp !== undefined && etp !== null && etp !== '';
    // A LoadBalancer whose externalTrafficPolicy is itself invalid ("local"): its fix decides
    // whether the port is allowed, and service-traffic-policy-invalid-value reports it.
    if (type === 'LoadBalancer' && etpSet && !(typeof etp === 'string' && TRAFFIC_POLICIES.includes(etp))) return;

    const apiError = atLeast(kubeVersion, 23)
      ? `spec.healthCheckNodePort: Invalid value: ${port}: may only be set when \`type\` is 'LoadBalancer' and \`externalTrafficPolicy\` is 'Local'`
      : `spec.healthCheckNodePort: Invalid value: ${port}: HealthCheckNodePort can only be set on LoadBalancer service with ExternalTrafficPolicy=Local`;
    const data = { type, service: service.name, version: formatKubeVersion(kubeVersion), apiError };
    const path = ['spec', 'healthCheckNodePort'];
    if (type === 'LoadBalancer') {
      // Valid and not Local: Cluster, written or defaulted.
      yield { messageId: 'notLocal', path, data: { ...data, etp: etpSet ? 'Cluster' : 'none (Cluster by default)' } };
    } else if (type === 'NodePort' && etp === 'Local') {
      yield { messageId: 'nodePortLocal', path, data };
    } else {
      yield { messageId: 'notLoadBalancer', path, data };
    }
  },
});
