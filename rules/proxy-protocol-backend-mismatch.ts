import { defineRule } from '../src/engine/rule.js';
import type { RelatedReport } from '../src/engine/types.js';
import { resolveTargetPort } from '../src/k8s/pods.js';
import { servicePorts } from '../src/k8s/service.js';
import { SOFTWARE_NAMES } from '../src/model/backends.js';
import { proxyExpectation } from '../src/model/proxy-expectation.js';
import { proxyPlan } from '../src/model/providers.js';

export default defineRule({
  meta: {
    id: 'proxy-protocol-backend-mismatch',
    description: 'Report a load balancer told to send PROXY protocol to a backend that is not configured to accept it on that port.',
    rationale:
      'A PROXY protocol header is a line of bytes at the start of every TCP connection. A backend that does not expect it reads it as the start of a broken request ("broken header" in nginx logs, 400 Bad Request) and every connection through the load balancer fails. Both sides must be switched together.',
    remediation:
      'Enable PROXY protocol on the backend listener the port reaches (ingress-nginx use-proxy-protocol: "true", Traefik entryPoints.<name>.proxyProtocol.trustedIPs, ...), or remove the annotation from the Service.',
    category: 'client-ip',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    reads: ['ConfigMap'],
    messages: {
      mismatch:
        'The {{provider}} load balancer sends a PROXY protocol header ({{annotation}}: "{{value}}"), but {{software}} in {{kind}} "{{workload}}" does not accept one on {{listeners}}: {{detail}}. Each connection then starts with bytes the backend reads as a broken request, so every connection on that port fails. Either {{fix}}, or remove the annotation.',
    },
    defaultOptions: {},
  },

  *check(service, { model }) {
    const plan = proxyPlan(service);
    if (!plan) return;
    const setting = plan.settings[0];
    if (!setting) return;
    const ports = servicePorts(service);
    for (const backend of model.backendsBehind(service)) {
      const listeners: string[] = [];
      const related: RelatedReport[] = [];
      let detail = '';
      let fix = '';
      for (const idx of plan.portIndexes) {
        const sp = ports.find((p) => p.index === idx);
        const target = sp ? resolveTargetPort(backend.workload, sp.targetPort) : undefined;
        if (!sp || target === undefined) continue;
        const e = proxyExpectation(model, backend, target);
        if (e.expectation !== 'rejected') continue;
        listeners.push(`Service port ${sp.port ?? '?'} → ${e.listener}`);
        detail ||= e.detail;
        fix ||= e.fix;
        if (e.related && !related.some((r) => r.object === e.related?.object && r.path.join('/') === e.related.path.join('/'))) {
          related.push(e.related);
        }
      }
      if (listeners.length === 0) continue;
      yield {
        messageId: 'mismatch',
        path: ['metadata', 'annotations', setting.annotation],
        data: {
          provider: setting.provider,
          annotation: setting.annotation,
          value: setting.value,
          software: SOFTWARE_NAMES[backend.software],
          kind: backend.workload.kind,
          workload: backend.workload.name,
          listeners: listeners.join(', '),
          detail,
          fix,
        },
        related,
      };
    }
  },
});
