import { defineRule } from '../src/engine/rule.js';
import { serviceSpec, servicePorts, serviceType } from '../src/k8s/service.js';
import { KUBELB_PROXY, proxySettings } from '../src/model/providers.js';

export default defineRule({
  meta: {
    id: 'kubelb-proxy-protocol-without-local',
    description: 'Report KubeLB PROXY protocol (kubelb.k8c.io/proxy-protocol) on a Service without externalTrafficPolicy Local.',
    rationale:
      'KubeLB\'s Envoy writes the PROXY v2 header from the source address of the connection it receives. With externalTrafficPolicy Cluster, kube-proxy in the management cluster has already replaced the client address with a node address (SNAT) before the connection reaches Envoy, so the header faithfully carries the wrong IP and the backend logs, rate-limits and allow-lists a node instead of the client.',
    remediation:
      'Set externalTrafficPolicy: Local on the tenant Service (KubeLB v1.3+ copies it to the Envoy Service in the management cluster).',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: {
      clusterPolicy:
        'The PROXY headers KubeLB writes for Service "{{service}}" carry node IPs: it lacks externalTrafficPolicy: Local. The Service asks KubeLB for PROXY protocol v2 ({{annotation}}: "{{value}}") with externalTrafficPolicy {{policy}}: kube-proxy in the management cluster SNATs each connection to a node address before Envoy reads it, so the PROXY header Envoy writes carries that node address, not the client\'s. Set externalTrafficPolicy: Local (KubeLB v1.3+ copies it to the Envoy Service), so Envoy sees, and forwards, the client address.',
    },
    defaultOptions: {},
  },

  *check(service) {
    if (serviceType(service) !== 'LoadBalancer') return;
    const setting = proxySettings(service).find((s) => s.annotation === KUBELB_PROXY && s.status === 'enabled' && !s.uncertain);
    if (!setting) return;
    // KubeLB adds the header to TCP ports only (proxy-protocol-udp-port covers the rest).
    if (!servicePorts(service).some((p) => p.protocol === 'TCP')) return;
    const etp = serviceSpec(service)['externalTrafficPolicy'];
    const explicit = typeof etp === 'string' && etp !== '';
    // Local is right; any other value the API server rejects (service-traffic-policy-invalid-value).
    if (explicit && etp !== 'Cluster') return;
    if (etp !== undefined && etp !== null && !explicit) return;
    yield {
      messageId: 'clusterPolicy',
      path: ['spec', 'externalTrafficPolicy'],
      data: {
        service: service.name,
        annotation: setting.annotation,
        value: setting.value,
        policy: explicit ? `"${etp}"` : 'Cluster (the default)',
      },
    };
  },
});
