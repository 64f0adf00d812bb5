import { defineRule } from '../src/engine/rule.js';
import { asRecord, dig } from '../src/k8s/labels.js';
import { resolveTargetPort } from '../src/k8s/pods.js';
import { serviceSelector } from '../src/k8s/service.js';
import { SOFTWARE_NAMES } from '../src/model/backends.js';
import { clientProxyProtocol, ENVOY_SERVICE_PATH, envoyProxySending, envoyServiceAnnotationPath, gatewaysUsing, gatewayWho, generatedEnvoyService, } from '../src/model/envoy-gateway.js';
import { proxyExpectation, readsProxyConfig } from '../src/model/proxy-expectation.js';
import { proxyPlan } from '../src/model/providers.js';
/** The annotation that says "checked by hand: the backend accepts PROXY". */
const ACCEPTS_PROXY_ANNOTATION = 'srcip-lint.io/accepts-proxy-protocol';
/** "check that ... and annotate <what> with srcip-lint.io/accepts-proxy-protocol: "true"" */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const check = (what, who = 'the backend') => `check that ${who} accepts PROXY on those ports, and annotate ${what} with ${ACCEPTS_PROXY_ANNOTATION}: "true"`;
export default defineRule({
    meta: {
        id: 'proxy-protocol-unverified-backend',
        description: 'Report a load balancer that sends PROXY protocol to a backend whose PROXY configuration srcip-lint cannot see.',
        rationale: 'A PROXY protocol header breaks every connection to a backend that does not expect it, and proxy-protocol-backend-mismatch can only check backends whose software and configuration are in view. This rule lists the load balancers that send PROXY to something unchecked: no workload in view, software srcip-lint does not recognise, or configuration outside the linted files.',
        remediation: `Lint the backend's manifests together with the Service (or pass them with --context), or check by hand that the backend accepts PROXY on those ports and annotate the Service with ${ACCEPTS_PROXY_ANNOTATION}: "true".`,
        category: 'client-ip',
        defaultSeverity: 'info',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service', 'EnvoyProxy'],
        crossObject: true,
        relates: ['Gateway', 'GatewayClass'],
        // Backend configuration the PROXY readers look up, and Envoy Gateway's resources.
        messages: {
            noSelector: `Service "{{service}}" has no selector, so the backend its PROXY protocol headers reach cannot be checked. Its {{provider}} load balancer sends PROXY protocol headers ({{annotation}}: "{{value}}") on port {{ports}} to the pods behind it (endpoints managed elsewhere). A backend that does not parse PROXY fails every connection. ${cap(check('the Service'))}.`,
            noBackend: `The load balancer of Service "{{service}}" sends PROXY protocol headers to pods that are not in view. The {{provider}} load balancer sends them ({{annotation}}: "{{value}}") on port {{ports}}, but no workload in view matches its selector {{selector}}, so srcip-lint cannot check that the backend accepts them; one that does not fails every connection. Lint the workload with the Service, or ${check('the Service')}.`,
            notRecognised: `The load balancer of Service "{{service}}" sends PROXY protocol headers to software srcip-lint does not recognise. The {{provider}} load balancer sends them ({{annotation}}: "{{value}}") on port {{ports}} to {{workloads}}, which run{{s}} no software srcip-lint recognises, so it cannot check that they accept PROXY; a backend that does not fails every connection. ${cap(check('the Service'))}.`,
            configNotInView: `The load balancer of Service "{{service}}" sends PROXY protocol to {{software}}, whose configuration is not in view. The {{provider}} load balancer sends PROXY protocol headers ({{annotation}}: "{{value}}") on port {{ports}}, but what {{software}} in {{kind}} "{{workload}}" expects there cannot be read: {{why}}. A listener that does not parse PROXY fails every connection. Lint its configuration with the Service, or ${check('the Service')}.`,
            configUndecided: `The load balancer of Service "{{service}}" sends PROXY protocol to {{software}}, which may not accept it. The {{provider}} load balancer sends PROXY protocol headers ({{annotation}}: "{{value}}") on port {{ports}}, and the manifests do not tell whether {{software}} in {{kind}} "{{workload}}" accepts them there. Nothing it reads is missing from the run, but the port reaches no listener srcip-lint knows, or what decides it lies outside the manifests (the image's own configuration files, a value from a Secret, sources that disagree). A listener that does not parse PROXY fails every connection. ${cap(check('the Service'))}.`,
            configNotRead: `The load balancer of Service "{{service}}" sends PROXY protocol to {{software}}, whose PROXY settings srcip-lint does not read. The {{provider}} load balancer sends PROXY protocol headers ({{annotation}}: "{{value}}") on port {{ports}} to {{software}} in {{kind}} "{{workload}}". A listener that does not parse PROXY fails every connection. ${cap(check('the Service'))}.`,
            envoyNoPolicy: `EnvoyProxy "{{envoyProxy}}" makes its load balancer send PROXY protocol, and nothing in view says Envoy accepts it. It makes the {{provider}} load balancer of Gateway "{{gateway}}" send PROXY protocol headers ({{annotation}}: "{{value}}") on port {{ports}}, but no ClientTrafficPolicy in view targets the Gateway, so srcip-lint cannot check that Envoy accepts them: without spec.proxyProtocol in a ClientTrafficPolicy, Envoy reads the header as a broken request and every connection fails. Lint the ClientTrafficPolicies with the EnvoyProxy, or ${check('the EnvoyProxy', 'Envoy')}.`,
            // envoyNoPolicy, reported on the Gateway (or GatewayClass) when only that side is linted.
            gatewayNoPolicy: `{{who}} gets PROXY protocol headers, and nothing in view says Envoy accepts them. The {{provider}} load balancer of EnvoyProxy "{{envoyProxy}}" sends them on port {{ports}} ({{annotation}}: "{{value}}"), and no ClientTrafficPolicy in view targets Gateway "{{gateway}}": without spec.proxyProtocol in one, Envoy reads the header as a broken request and every connection fails. Lint the ClientTrafficPolicies with the Gateway, or ${check('the EnvoyProxy', 'Envoy')}.`,
            envoyNoGateway: `EnvoyProxy "{{envoyProxy}}" makes its load balancer send PROXY protocol, and no Gateway in view uses it. It makes the load balancer of the Envoy Service it shapes send PROXY protocol headers ({{annotation}}: "{{value}}"), so srcip-lint cannot check that the Gateways' listeners accept them (a ClientTrafficPolicy with spec.proxyProtocol). Lint the Gateways with the EnvoyProxy, or ${check('the EnvoyProxy', 'every Gateway using it')}.`,
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        if (object.kind === 'EnvoyProxy') {
            if (!accepted(object) && !accepted(object, [...ENVOY_SERVICE_PATH, 'annotations']))
                yield* checkEnvoyProxy(object, model);
            return;
        }
        if (accepted(object))
            return;
        const plan = proxyPlan(object);
        const setting = plan?.ports[0]?.setting;
        if (!plan || !setting)
            return;
        const base = {
            provider: setting.provider,
            service: object.name,
            annotation: setting.annotation,
            value: setting.value,
            ports: plan.ports.map((p) => p.port.port ?? '?').join(', '),
        };
        const path = ['metadata', 'annotations', setting.annotation];
        const selector = serviceSelector(object);
        if (Object.keys(selector).length === 0) {
            yield { messageId: 'noSelector', path: ['spec'], data: base };
            return;
        }
        const workloads = model.selectedWorkloads(object);
        if (workloads.length === 0) {
            const text = Object.entries(selector)
                .map(([k, v]) => `${k}=${v}`)
                .join(',');
            yield { messageId: 'noBackend', path: ['spec', 'selector'], data: { ...base, selector: `"${text}"` } };
            return;
        }
        const backends = model.backendsBehind(object);
        if (backends.length === 0) {
            const names = workloads.map((w) => `${w.kind} "${w.name}"`);
            yield { messageId: 'notRecognised', path, data: { ...base, workloads: names.join(', '), s: names.length === 1 ? 's' : '' } };
            return;
        }
        const seen = expectations(model, plan, backends);
        if (seen.known)
            return;
        const first = backends[0];
        if (!first)
            return;
        const data = { ...base, software: SOFTWARE_NAMES[first.software], kind: first.workload.kind, workload: first.workload.name };
        if (!readsProxyConfig(first.software)) {
            yield { messageId: 'configNotRead', path, data };
            return;
        }
        yield {
            messageId: seen.notInView ? 'configNotInView' : 'configUndecided',
            path,
            data: { ...data, why: 'its configuration (the file, ConfigMap or resource it reads) is not among the linted objects' },
        };
    },
});
/** The srcip-lint annotation, exactly "true", on the object (or on the map at `at`). */
function accepted(object, at = ['metadata', 'annotations']) {
    return asRecord(dig(object.raw, ...at))?.[ACCEPTS_PROXY_ANNOTATION] === 'true';
}
/**
 * Whether any backend's expectation on any PROXY port is known (the other PROXY rules judge then),
 * and whether an unknown one is unknown because the backend's configuration is not in view.
 */
function expectations(model, plan, backends) {
    let notInView = false;
    for (const backend of backends) {
        for (const { port } of plan.ports) {
            const target = resolveTargetPort(backend.workload, port.targetPort);
            if (target === undefined)
                continue;
            const e = proxyExpectation(model, backend, target);
            if (e.expectation !== 'unknown')
                return { known: true, notInView };
            notInView ||= e.notInView === true;
        }
    }
    return { known: false, notInView };
}
function* checkEnvoyProxy(envoyProxy, model) {
    const bindings = gatewaysUsing(model, envoyProxy);
    if (bindings.length === 0) {
        const plan = proxyPlan(generatedEnvoyService(envoyProxy));
        const setting = plan?.settings[0];
        if (!setting)
            return;
        yield {
            messageId: 'envoyNoGateway',
            path: envoyServiceAnnotationPath(envoyProxy, setting.annotation),
            data: { envoyProxy: envoyProxy.name, annotation: setting.annotation, value: setting.value },
        };
        return;
    }
    for (const binding of bindings) {
        const plan = proxyPlan(generatedEnvoyService(envoyProxy, binding.gateway));
        const setting = plan?.ports[0]?.setting;
        if (!plan || !setting)
            continue;
        if (clientProxyProtocol(model, binding.gateway).policies.length > 0)
            continue;
        const { data: sending, demoted } = envoyProxySending(envoyProxy, binding.gateway, setting);
        const data = { ...sending, ports: plan.ports.map((p) => p.port.port ?? '?').join(', ') };
        const who = gatewayWho(binding.ref.object, binding.gateway);
        yield {
            messageId: 'envoyNoPolicy',
            path: envoyServiceAnnotationPath(envoyProxy, setting.annotation),
            data,
            related: [{ ...binding.ref, asPrimary: { messageId: 'gatewayNoPolicy', data: { ...data, who }, demoted } }],
        };
    }
}
