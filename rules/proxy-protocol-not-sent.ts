import { defineRule } from '../src/engine/rule.js';
import type { K8sObject, OtherSide, Path, RelatedReport, Report } from '../src/engine/types.js';
import { resolveTargetPort } from '../src/k8s/pods.js';
import { type ServicePort, servicePorts, serviceType } from '../src/k8s/service.js';
import { SOFTWARE_NAMES } from '../src/model/backends.js';
import {
  clientProxyProtocol,
  ENVOY_SERVICE_PATH,
  envoyServiceAnnotationPath,
  gatewaySide,
  gatewaysUsing,
  generatedEnvoyService,
  quoteList,
} from '../src/model/envoy-gateway.js';
import type { Model } from '../src/model/model.js';
import { backendRelated, PROXY_RELATED_KINDS, proxyExpectation, sideOf } from '../src/model/proxy-expectation.js';
import {
  invisibleProxyDefault,
  type ProxyPlan,
  proxyConflicts,
  proxyPlan,
  type ProxySetting,
  proxySettings,
  unknownLoadBalancerClass,
} from '../src/model/providers.js';

type Id = 'notSent' | 'notEnabled' | 'portNotCovered' | 'envoyGateway' | 'backendRequires' | 'settingRequires' | 'gatewaySide' | 'policySide';

const REST =
  'On {{listeners}}: {{detail}}; Service "{{service}}" {{sends}}. The backend rejects the start of every connection as a broken header, so every connection through the load balancer fails. {{lbFix}}, or {{fix}}.';
const ENVOY_REST =
  'EnvoyProxy "{{envoyProxy}}" gives the Envoy Service {{sends}}, so the load balancer sends no PROXY header on port {{ports}}, and Envoy closes every connection that does not start with one. Add the provider\'s PROXY annotation under spec.provider.kubernetes.envoyService.annotations of EnvoyProxy "{{envoyProxy}}", or set proxyProtocol.optional: true (or remove proxyProtocol) in the ClientTrafficPolicy.';

export default defineRule({
  meta: {
    id: 'proxy-protocol-not-sent',
    description: 'Report a backend that requires a PROXY protocol header on a port where the load balancer in front of it sends none.',
    rationale:
      'A backend that requires PROXY protocol (ingress-nginx use-proxy-protocol, a tcp-services ":PROXY" entry, an Envoy Gateway ClientTrafficPolicy proxyProtocol, ...) reads the first bytes of every connection as a PROXY header. When the load balancer sends none, the request is rejected as a broken header and every connection through that load balancer fails; the client IP the header was meant to carry never arrives either.',
    remediation:
      'Enable PROXY protocol on the load balancer with the provider annotation on the Service (or in the EnvoyProxy envoyService annotations), on every port the backend requires it, or stop requiring it on the backend.',
    category: 'client-ip',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service', 'EnvoyProxy'],
    crossObject: true,
    relates: PROXY_RELATED_KINDS,
    // Backend configuration the PROXY readers look up, and Envoy Gateway's resources.
    messages: {
      notSent:
        'The load balancer of Service "{{service}}" sends no PROXY protocol header, but {{software}} requires one. The Service has no PROXY protocol annotation, so its load balancer sends no PROXY header, but {{software}} in {{kind}} "{{workload}}" requires one on {{listeners}}: {{detail}}. The backend reads the start of each connection as a PROXY header and rejects it ("broken header"), so every connection through the load balancer fails. Add your provider\'s PROXY annotation to the Service (e.g. service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: "*", service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: "true"), or {{fix}}.',
      notEnabled:
        'The load balancer of Service "{{service}}" sends no PROXY protocol header, but {{software}} requires one. The {{provider}} load balancer sends none: {{annotation}}: "{{value}}" {{why}}. But {{software}} in {{kind}} "{{workload}}" requires one on {{listeners}}: {{detail}}, so it rejects the start of every connection as a broken header and every connection through the load balancer fails. Set {{annotation}} to {{enable}}, or {{fix}}.',
      portNotCovered:
        'The load balancer of Service "{{service}}" skips PROXY protocol on ports where {{software}} requires it. The {{provider}} load balancer sends PROXY only on {{covered}} ({{annotation}}: "{{value}}"), not on {{listeners}}, where {{software}} in {{kind}} "{{workload}}" requires it: {{detail}}. Connections on those ports start without a PROXY header and are rejected as broken headers. Add those Service ports to the annotation, or {{fix}}.',
      envoyGateway:
        'EnvoyProxy "{{envoyProxy}}" makes its load balancer send no PROXY protocol header where Envoy requires one. It gives the Envoy Service of Gateway "{{gateway}}" {{sends}}, so the load balancer sends no PROXY header on port {{ports}}, but {{policies}} on listener {{listeners}}. Envoy closes every connection that does not start with a PROXY header, so no client gets through. Add the provider\'s PROXY annotation under spec.provider.kubernetes.envoyService.annotations, or set proxyProtocol.optional: true (or remove proxyProtocol) in the ClientTrafficPolicy.',
      // The same findings, reported on the backend's side when only that side is linted.
      backendRequires: `{{kind}} "{{workload}}" requires PROXY protocol headers that the load balancer in front of it does not send. It runs {{software}} behind Service "{{service}}". ${REST}`,
      settingRequires: `{{configKind}} "{{configName}}" makes {{software}} require a PROXY header that the load balancer does not send. It configures {{software}} in {{kind}} "{{workload}}", behind Service "{{service}}". ${REST}`,
      gatewaySide: `{{who}} gets no PROXY protocol header where a ClientTrafficPolicy requires one. The policy requires it on listener {{listeners}}. ${ENVOY_REST}`,
      policySide: `ClientTrafficPolicy "{{policy}}" requires PROXY protocol on Gateway "{{gateway}}", which gets none. It requires it on listener {{listeners}}. ${ENVOY_REST}`,
    },
    defaultOptions: {},
  },

  *check(object, { model }) {
    if (object.kind === 'EnvoyProxy') {
      yield* checkEnvoyProxy(object, model);
      return;
    }
    if (serviceType(object) !== 'LoadBalancer' || !knowsWhatIsSent(object)) return;
    const plan = proxyPlan(object);
    const sending = new Set(plan?.portIndexes ?? []);
    const quiet = servicePorts(object).filter((p) => p.protocol === 'TCP' && !sending.has(p.index));
    if (quiet.length === 0) return;
    const settings = proxySettings(object);
    for (const backend of model.backendsBehind(object)) {
      const listeners: string[] = [];
      const related: RelatedReport[] = [];
      let detail = '';
      let fix = '';
      for (const sp of quiet) {
        const target = resolveTargetPort(backend.workload, sp.targetPort);
        if (target === undefined) continue;
        const e = proxyExpectation(model, backend, target);
        if (e.expectation !== 'required') continue;
        listeners.push(`Service port ${sp.port ?? '?'} → ${e.listener}`);
        detail ||= e.detail;
        fix ||= e.fix;
        if (e.related && !related.some((r) => r.object === e.related?.object && r.path.join('/') === e.related.path.join('/'))) related.push(e.related);
      }
      if (listeners.length === 0) continue;
      const data = {
        service: object.name,
        software: SOFTWARE_NAMES[backend.software],
        kind: backend.workload.kind,
        workload: backend.workload.name,
        listeners: listeners.join(', '),
        detail,
        fix: fix || 'stop requiring PROXY protocol on the backend',
      };
      const lb = describeLoadBalancer(settings, plan, object);
      const full = { ...data, ...lb.data };
      const demoted = `LoadBalancer Service "${object.name}" ${lb.data.sends} here`;
      yield {
        messageId: lb.messageId,
        path: lb.path,
        data: full,
        related: backendRelated(backend, related, (o): OtherSide<Id> =>
          o === backend.workload
            ? { messageId: 'backendRequires', data: full, demoted }
            : { messageId: 'settingRequires', data: { ...full, configKind: o.kind, configName: o.name }, demoted },
        ),
      };
    }
  },
});

/**
 * Whether the manifests show what the load balancer sends: no annotation whose effect depends on
 * the cluster, no value the controller rejects (the load balancer is then not reconciled at all;
 * proxy-protocol-invalid-annotation-value reports it), no provider-wide default, no
 * load-balancer class whose controller is unknown.
 */
function knowsWhatIsSent(service: K8sObject): boolean {
  const settings = proxySettings(service);
  if (settings.some((s) => s.uncertain || (s.status === 'invalid' && s.invalid !== 'ignored'))) return false;
  return proxyConflicts(service).length === 0 && invisibleProxyDefault(service) === undefined && unknownLoadBalancerClass(service) === undefined;
}

/** Which message, where, and what to say about the load balancer's side. */
function describeLoadBalancer(
  settings: readonly ProxySetting[],
  plan: ProxyPlan | undefined,
  service: K8sObject,
): { messageId: Id; path: Path; data: Record<string, string> } {
  if (plan && plan.settings.length > 0) {
    const s = plan.settings[0] as ProxySetting;
    const covered = plan.ports.map((p) => p.port.port).filter((p): p is number => p !== undefined);
    const text = covered.length > 0 ? `Service port${covered.length > 1 ? 's' : ''} ${covered.join(', ')}` : `none of the ports of Service "${service.name}"`;
    return {
      messageId: 'portNotCovered',
      path: ['metadata', 'annotations', s.annotation],
      data: {
        provider: s.provider,
        annotation: s.annotation,
        value: s.value,
        covered: text,
        sends: `sends PROXY only on ${text} (${s.annotation}: "${s.value}")`,
        lbFix: `Add those ports to ${s.annotation} on Service "${service.name}"`,
      },
    };
  }
  const s = settings.find((x) => x.status === 'disabled' || x.status === 'invalid');
  if (s) {
    const enable = s.enable ?? s.accepted;
    return {
      messageId: 'notEnabled',
      path: ['metadata', 'annotations', s.annotation],
      data: {
        provider: s.provider,
        annotation: s.annotation,
        value: s.value,
        why: whyOff(s),
        enable,
        sends: `has ${s.annotation}: "${s.value}", which ${whyOff(s)}`,
        lbFix: `Set ${s.annotation} to ${enable} on Service "${service.name}"`,
      },
    };
  }
  return {
    messageId: 'notSent',
    path: ['metadata', 'annotations'],
    data: { sends: 'has no PROXY protocol annotation', lbFix: `Add your provider's PROXY annotation to Service "${service.name}"` },
  };
}

function whyOff(s: ProxySetting): string {
  if (s.status === 'disabled') return 'turns PROXY protocol off';
  return `is silently ignored by the ${s.provider} controller${s.note ? ` (${s.note})` : ''}`;
}

function* checkEnvoyProxy(envoyProxy: K8sObject, model: Model): Generator<Report<Id>> {
  for (const binding of gatewaysUsing(model, envoyProxy)) {
    const service = generatedEnvoyService(envoyProxy, binding.gateway);
    if (serviceType(service) !== 'LoadBalancer' || !knowsWhatIsSent(service)) continue;
    const plan = proxyPlan(service);
    const sending = new Set(plan?.portIndexes ?? []);
    const client = clientProxyProtocol(model, binding.gateway);
    const ports: ServicePort[] = [];
    const listeners: string[] = [];
    const related: RelatedReport[] = [binding.ref];
    for (const sp of servicePorts(service)) {
      if (sp.protocol !== 'TCP' || sending.has(sp.index) || sp.port === undefined) continue;
      const r = client.forPort(sp.port);
      if (r.expectation !== 'required') continue;
      ports.push(sp);
      listeners.push(...r.listeners);
      for (const p of r.policies) if (!related.some((x) => x.object === p.object)) related.push(p);
    }
    if (ports.length === 0) continue;
    const settings = proxySettings(service);
    const s = plan?.settings[0] ?? settings.find((x) => x.status === 'disabled' || x.status === 'invalid');
    const sends = !s
      ? 'no PROXY protocol annotation'
      : plan
        ? `PROXY only on other ports (${s.annotation}: "${s.value}")`
        : `${s.annotation}: "${s.value}", which ${whyOff(s)}`;
    const policies = related.slice(1).map((r) => withoutTrailingParenthesis(r.message));
    const data = {
      envoyProxy: envoyProxy.name,
      gateway: binding.gateway.name,
      sends,
      ports: ports.map((p) => p.port).join(', '),
      policies: policies.join(' and '),
      listeners: quoteList([...new Set(listeners)]),
    };
    const demoted = `EnvoyProxy "${envoyProxy.name}" gives the Envoy Service ${sends} here`;
    yield {
      messageId: 'envoyGateway',
      path: s ? envoyServiceAnnotationPath(envoyProxy, s.annotation) : [...ENVOY_SERVICE_PATH, 'annotations'],
      data,
      related: related.map((r) => ({ ...r, asPrimary: sideOf(gatewaySide(r.object, binding.gateway), data, demoted) })),
    };
  }
}

/** The text without a final ` (…)` on its last line (by index: the text holds names from manifests). */
function withoutTrailingParenthesis(text: string): string {
  if (!text.endsWith(')')) return text;
  const i = text.indexOf(' (', text.lastIndexOf('\n') + 1);
  return i < 0 ? text : text.slice(0, i);
}
