import { defineRule } from '../src/engine/rule.js';
import type { RelatedReport } from '../src/engine/types.js';
import { type ServicePort, servicePorts, serviceType } from '../src/k8s/service.js';
import { LINODE_DEFAULT_PROXY, LINODE_DEPRECATED_PROXY, type ProxySetting, proxySettings } from '../src/model/providers.js';

export default defineRule({
  meta: {
    id: 'proxy-protocol-udp-port',
    description: 'Report PROXY protocol annotations on Services with UDP ports, which PROXY protocol does not cover.',
    rationale:
      'A PROXY protocol header is written at the start of a TCP connection; UDP datagrams carry none. On a UDP port of a Service whose load balancer is told to send PROXY, the backend still sees the load balancer\'s or a node\'s address, not the client\'s, and some controllers (Linode) refuse the Service altogether.',
    remediation:
      'Keep the client IP of UDP traffic with externalTrafficPolicy: Local behind a pass-through load balancer, move UDP ports to their own Service without the PROXY annotation, or remove the annotation from a UDP-only Service.',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: {
      allUdp:
        'Service "{{service}}" asks for PROXY protocol on UDP ports only, where no PROXY header is ever sent. Its ports are all UDP ({{ports}}), and PROXY protocol is a header at the start of a TCP connection: {{annotation}}: "{{value}}" makes the {{provider}} load balancer send nothing, and the backend sees the load balancer\'s or a node\'s address, not the client\'s. Remove the annotation, and keep the client IP with externalTrafficPolicy: Local behind a pass-through load balancer.',
      mixed:
        'Service "{{service}}" gets PROXY headers on its TCP ports only, not on UDP port {{ports}}. Its {{annotation}}: "{{value}}" adds a PROXY header only on TCP ports: UDP port {{ports}} carries none, so backends there see the load balancer\'s or a node\'s address instead of the client\'s. For UDP, keep the client IP with externalTrafficPolicy: Local behind a pass-through load balancer, or move the UDP ports to a Service of their own.',
      linodeUdp:
        'The Linode controller refuses Service "{{service}}": it asks for PROXY protocol on UDP port {{ports}}. The controller refuses PROXY protocol on UDP ports ("proxy protocol [{{version}}] is not supported for UDP"), and {{annotation}}: "{{value}}" covers UDP port {{ports}}, so the NodeBalancer is not created or updated at all. Set those ports\' proxy-protocol to "none" (service.beta.kubernetes.io/linode-loadbalancer-port-<port>: \'{"proxy-protocol": "none"}\'), or move them to a Service of their own.',
    },
    defaultOptions: {},
  },

  *check(service) {
    if (serviceType(service) !== 'LoadBalancer') return;
    const all = proxySettings(service);
    const settings = all.filter((s) => s.status === 'enabled' && !s.uncertain);
    if (settings.length === 0) return;
    const ports = servicePorts(service);
    const udp = ports.filter((p) => p.protocol === 'UDP');
    if (udp.length === 0) return;
    const onlyUdp = ports.every((p) => p.protocol === 'UDP');
    for (const s of settings) {
      const covered = udp.filter((p) => covers(s, p, all));
      if (covered.length === 0) continue;
      const related: RelatedReport[] = covered.map((p) => ({
        object: service,
        path: ['spec', 'ports', p.index, 'protocol'],
        message: `UDP port ${p.port ?? '?'}${p.name ? ` ("${p.name}")` : ''} gets no PROXY header`,
      }));
      const data = {
        service: service.name,
        provider: s.provider,
        annotation: s.annotation,
        value: s.value,
        ports: covered.map((p) => p.port ?? '?').join(', '),
        version: s.version ?? '',
      };
      yield { messageId: s.provider === 'Linode' ? 'linodeUdp' : onlyUdp ? 'allUdp' : 'mixed', path: ['metadata', 'annotations', s.annotation], data, related };
    }
  },
});

/**
 * Whether a setting asks for PROXY on this port. Linode: a port's own annotation (whatever its
 * value) wins over the default, and the default over the deprecated key, as the controller reads them.
 */
function covers(s: ProxySetting, p: ServicePort, settings: readonly ProxySetting[]): boolean {
  if (s.provider === 'Linode') {
    const own = `service.beta.kubernetes.io/linode-loadbalancer-port-${p.port ?? ''}`;
    if (s.annotation === own) return true;
    if (settings.some((x) => x.annotation === own)) return false;
    const all = new Set(settings.map((x) => x.annotation));
    if (s.annotation === LINODE_DEPRECATED_PROXY && all.has(LINODE_DEFAULT_PROXY)) return false;
    return s.annotation === LINODE_DEFAULT_PROXY || s.annotation === LINODE_DEPRECATED_PROXY;
  }
  return s.ports === 'all' || (p.port !== undefined && s.ports.includes(p.port));
}
