import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import type { K8sObject, RelatedReport, Report } from '../src/engine/types.js';
import {
  asControllerConfigMap,
  boolSetting,
  configData,
  controllerConfig,
  hasKey,
  stringSetting,
} from '../src/model/ingress-nginx.js';
import { httpTermination } from '../src/model/providers.js';

type Id = 'computeFullWithout' | 'headerWithout' | 'cidrWithout' | 'httpLbWithout' | 'configMapHttpLb' | 'controllerHttpLb';

export default defineRule({
  meta: {
    id: 'ingress-nginx-forwarded-headers-missing',
    description:
      'Report ingress-nginx forwarded-header settings that do nothing without use-forwarded-headers, and HTTP load balancers in front of a controller that ignores their X-Forwarded-For.',
    rationale:
      'ingress-nginx ignores the X-Forwarded-For header of the proxy in front of it unless use-forwarded-headers (or enable-real-ip) is "true". Without it, compute-full-forwarded-for, a custom forwarded-for-header and proxy-real-ip-cidr have no effect, and behind an HTTP-terminating load balancer the controller logs, rate-limits and allow-lists the load balancer\'s address instead of the client\'s.',
    remediation:
      'Set use-forwarded-headers: "true" in the controller\'s ConfigMap together with proxy-real-ip-cidr listing the load balancer\'s addresses; or remove the settings that have no effect.',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['ConfigMap', 'Service'],
    crossObject: true,
    relates: [...WORKLOAD_KINDS, 'ConfigMap'],
    messages: {
      computeFullWithout:
        'ConfigMap "{{configMap}}" sets compute-full-forwarded-for without use-forwarded-headers, so it does nothing. The template applies compute-full-forwarded-for: "true" only when use-forwarded-headers: "true" is on too: the controller replaces X-Forwarded-For with the address it sees instead of appending to it. Set use-forwarded-headers: "true" with proxy-real-ip-cidr listing your load balancer\'s addresses, or remove the key.',
      headerWithout:
        'ConfigMap "{{configMap}}" sets forwarded-for-header, but nothing reads it. Neither use-forwarded-headers nor enable-real-ip is "true", and forwarded-for-header: "{{value}}" is read only when one of them is: the controller ignores the {{value}} header and takes the address of the proxy in front as the client. Set enable-real-ip: "true" (or use-forwarded-headers: "true") with proxy-real-ip-cidr listing that proxy\'s addresses.',
      cidrWithout:
        'ConfigMap "{{configMap}}" sets proxy-real-ip-cidr, but nothing that reads it is on. None of use-forwarded-headers, enable-real-ip and use-proxy-protocol is "true", so the trusted-proxy list has no effect and the client IP is whatever address connects. Enable the mechanism your load balancer uses, or remove the key.',
      httpLbWithout:
        'Service "{{service}}" terminates HTTP at its load balancer, but ingress-nginx behind it ignores X-Forwarded-For. The {{provider}} load balancer terminates HTTP ({{annotation}}: "{{value}}") and passes the client address in X-Forwarded-For, but ingress-nginx {{config}} does not set use-forwarded-headers: "true", so it ignores that header and logs, rate-limits and allow-lists the load balancer\'s address. Set use-forwarded-headers: "true" and proxy-real-ip-cidr to the load balancer\'s addresses.',
      // httpLbWithout, reported on the controller's side when only that side is linted.
      configMapHttpLb:
        'ConfigMap "{{configMap}}" lacks use-forwarded-headers, which ingress-nginx needs behind an HTTP load balancer. The {{provider}} load balancer of Service "{{service}}" terminates HTTP and passes the client address in X-Forwarded-For ({{annotation}}: "{{value}}"), and without use-forwarded-headers: "true" the controller ignores that header: it logs, rate-limits and allow-lists the load balancer\'s address. Set use-forwarded-headers: "true" and proxy-real-ip-cidr to the load balancer\'s addresses.',
      controllerHttpLb:
        '{{kind}} "{{workload}}" runs ingress-nginx without use-forwarded-headers behind an HTTP load balancer. {{settings}}; the {{provider}} load balancer of Service "{{service}}" terminates HTTP and passes the client address in X-Forwarded-For ({{annotation}}: "{{value}}"), and the controller ignores that header: it logs, rate-limits and allow-lists the load balancer\'s address. {{fix}}',
    },
    defaultOptions: {},
  },

  *check(object, { model }) {
    if (object.kind === 'ConfigMap') {
      if (asControllerConfigMap(model, object)) yield* checkConfigMap(object);
      return;
    }
    const lb = httpTermination(object);
    if (!lb) return;
    const seen = new Set<K8sObject>();
    for (const backend of model.backendsBehind(object)) {
      if (backend.software !== 'ingress-nginx' || seen.has(backend.workload)) continue;
      seen.add(backend.workload);
      const binding = controllerConfig(model, backend);
      if (binding.state === 'unknown') continue;
      const data = binding.state === 'bound' ? configData(binding.configMap) : {};
      if (boolSetting(data, 'use-forwarded-headers').value || boolSetting(data, 'enable-real-ip').value) continue;
      const base = {
        provider: lb.provider,
        annotation: lb.annotation,
        value: lb.value,
        config: binding.state === 'bound' ? `(ConfigMap "${binding.configMap.name}")` : `(${backend.workload.kind} "${backend.workload.name}", no ConfigMap)`,
        service: object.name,
      };
      const demoted = `Service "${object.name}" terminates HTTP at its ${lb.provider} load balancer here (${lb.annotation}: "${lb.value}")`;
      const bound = binding.state === 'bound' ? binding.configMap : undefined;
      const related: RelatedReport<Id>[] = [];
      if (bound) {
        related.push({
          object: bound,
          path: ['data', 'use-forwarded-headers'],
          message: `ConfigMap "${bound.name}" configures the controller without use-forwarded-headers: "true"`,
          asPrimary: { messageId: 'configMapHttpLb', data: { ...base, configMap: bound.name }, demoted },
        });
      }
      const { workload } = backend;
      related.push({
        object: workload,
        path: [...backend.container.path, 'args'],
        message: bound
          ? `${workload.kind} "${workload.name}" runs the controller with ConfigMap "${bound.name}"`
          : `${workload.kind} "${workload.name}" runs the controller without --configmap, on built-in defaults`,
        asPrimary: {
          messageId: 'controllerHttpLb',
          data: {
            ...base,
            kind: workload.kind,
            workload: workload.name,
            settings: bound ? `Its ConfigMap "${bound.name}" does not set use-forwarded-headers: "true"` : 'It runs without --configmap, so the setting keeps its default "false"',
            fix: bound
              ? `Set use-forwarded-headers: "true" in ConfigMap "${bound.name}", and proxy-real-ip-cidr to the load balancer's addresses.`
              : 'Give it --configmap with a ConfigMap that sets use-forwarded-headers: "true" and proxy-real-ip-cidr to the load balancer\'s addresses.',
          },
          demoted,
        },
      });
      yield { messageId: 'httpLbWithout', path: ['metadata', 'annotations', lb.annotation], data: base, related };
    }
  },
});

function* checkConfigMap(cm: K8sObject): Generator<Report<Id>> {
  const data = configData(cm);
  const forwarded = boolSetting(data, 'use-forwarded-headers').value;
  const realIp = boolSetting(data, 'enable-real-ip').value;
  const proxy = boolSetting(data, 'use-proxy-protocol').value;
  if (!forwarded && boolSetting(data, 'compute-full-forwarded-for').value) {
    yield { messageId: 'computeFullWithout', path: ['data', 'compute-full-forwarded-for'], data: { configMap: cm.name } };
  }
  const header = stringSetting(data, 'forwarded-for-header');
  if (header !== undefined && header.toLowerCase() !== 'x-forwarded-for' && !forwarded && !realIp) {
    yield { messageId: 'headerWithout', path: ['data', 'forwarded-for-header'], data: { configMap: cm.name, value: header } };
  }
  if (hasKey(data, 'proxy-real-ip-cidr') && !forwarded && !realIp && !proxy) {
    yield { messageId: 'cidrWithout', path: ['data', 'proxy-real-ip-cidr'], data: { configMap: cm.name } };
  }
}
