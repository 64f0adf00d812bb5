import { defineRule } from '../src/engine/rule.js';
import { resolveTargetPort } from '../src/k8s/pods.js';
import { servicePorts } from '../src/k8s/service.js';
import { SOFTWARE_NAMES } from '../src/model/backends.js';
import { clientProxyProtocol, envoyProxySending, envoyServiceAnnotationPath, gatewaySide, gatewaysUsing, generatedEnvoyService, quoteList } from '../src/model/envoy-gateway.js';
import { backendRelated, PROXY_RELATED_KINDS, proxyExpectation, sideOf } from '../src/model/proxy-expectation.js';
import { proxyPlan } from '../src/model/providers.js';
const REST = 'On {{listeners}}: {{detail}}. Each connection starts with bytes the backend reads as a broken request, so every connection on that port fails. Either {{fix}}, or remove {{annotation}} from Service "{{service}}".';
const ENVOY_REST = 'Envoy reads the header as the start of a broken request, so every connection on port {{ports}} fails. Add spec.proxyProtocol: {} to a ClientTrafficPolicy that targets Gateway "{{gateway}}", or remove {{annotation}} from EnvoyProxy "{{envoyProxy}}".';
export default defineRule({
    meta: {
        id: 'proxy-protocol-backend-mismatch',
        description: 'Report a load balancer told to send PROXY protocol to a backend that is not configured to accept it on that port.',
        rationale: 'A PROXY protocol header is a line of bytes at the start of every TCP connection. A backend that does not expect it reads it as the start of a broken request ("broken header" in nginx logs, 400 Bad Request) and every connection through the load balancer fails. Both sides must be switched together.',
        remediation: 'Enable PROXY protocol on the backend listener the port reaches (ingress-nginx use-proxy-protocol: "true", Traefik entryPoints.<name>.proxyProtocol.trustedIPs, ...), or remove the annotation from the Service.',
        category: 'client-ip',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service', 'EnvoyProxy'],
        crossObject: true,
        relates: PROXY_RELATED_KINDS,
        // Backend configuration the PROXY readers look up, and Envoy Gateway's resources.
        messages: {
            mismatch: 'The load balancer of Service "{{service}}" sends PROXY protocol headers that {{software}} does not accept. The {{provider}} load balancer sends a PROXY header at the start of each connection ({{annotation}}: "{{value}}"), but {{software}} in {{kind}} "{{workload}}" does not accept one on {{listeners}}: {{detail}}. Each connection then starts with bytes the backend reads as a broken request, so every connection on that port fails. Either {{fix}}, or remove the annotation.',
            envoyGateway: 'EnvoyProxy "{{envoyProxy}}" makes its load balancer send PROXY protocol headers that Envoy does not accept. It makes the {{provider}} load balancer of Gateway "{{gateway}}" send a PROXY header ({{annotation}}: "{{value}}"), but no ClientTrafficPolicy enables proxyProtocol on listener {{listeners}} (port {{ports}}){{policies}}. Envoy then reads the header as the start of a broken request, so every connection on that port fails. Add spec.proxyProtocol: {} to a ClientTrafficPolicy that targets Gateway "{{gateway}}", or remove the annotation.',
            // The same findings, reported on the backend's side when only that side is linted.
            backendRejects: `{{kind}} "{{workload}}" rejects the PROXY protocol headers that the load balancer in front of it sends. It runs {{software}} behind the {{provider}} load balancer of Service "{{service}}". ${REST}`,
            settingRejects: `{{configKind}} "{{configName}}" makes {{software}} reject the PROXY protocol headers of the load balancer in front. It configures {{software}} in {{kind}} "{{workload}}", behind the {{provider}} load balancer of Service "{{service}}". ${REST}`,
            gatewaySide: `{{who}} gets PROXY protocol headers that no ClientTrafficPolicy accepts. EnvoyProxy "{{envoyProxy}}" makes its {{provider}} load balancer send them ({{annotation}}: "{{value}}") to listener {{listeners}}{{policies}}. ${ENVOY_REST}`,
            policySide: `ClientTrafficPolicy "{{policy}}" leaves Gateway "{{gateway}}" without the proxyProtocol it needs. EnvoyProxy "{{envoyProxy}}" makes its {{provider}} load balancer send PROXY protocol headers ({{annotation}}: "{{value}}") to listener {{listeners}}. ${ENVOY_REST}`,
        },
        defaultOptions: {},
    },
    *check(service, { model }) {
        if (service.kind === 'EnvoyProxy') {
            yield* checkEnvoyProxy(service, model);
            return;
        }
        const plan = proxyPlan(service);
        if (!plan)
            return;
        const setting = plan.settings[0];
        if (!setting)
            return;
        const ports = servicePorts(service);
        for (const backend of model.backendsBehind(service)) {
            const listeners = [];
            const related = [];
            let detail = '';
            let fix = '';
            for (const idx of plan.portIndexes) {
                const sp = ports.find((p) => p.index === idx);
                const target = sp ? resolveTargetPort(backend.workload, sp.targetPort) : undefined;
                if (!sp || target === undefined)
                    continue;
                const e = proxyExpectation(model, backend, target);
                if (e.expectation !== 'rejected')
                    continue;
                listeners.push(`Service port ${sp.port ?? '?'} → ${e.listener}`);
                detail ||= e.detail;
                fix ||= e.fix;
                if (e.related && !related.some((r) => r.object === e.related?.object && r.path.join('/') === e.related.path.join('/'))) {
                    related.push(e.related);
                }
            }
            if (listeners.length === 0)
                continue;
            const data = {
                provider: setting.provider,
                annotation: setting.annotation,
                value: setting.value,
                software: SOFTWARE_NAMES[backend.software],
                kind: backend.workload.kind,
                workload: backend.workload.name,
                listeners: listeners.join(', '),
                detail,
                fix,
                service: service.name,
            };
            const demoted = `Service "${service.name}" makes its ${setting.provider} load balancer send PROXY protocol here (${setting.annotation}: "${setting.value}")`;
            yield {
                messageId: 'mismatch',
                path: ['metadata', 'annotations', setting.annotation],
                data,
                related: backendRelated(backend, related, (o) => o === backend.workload
                    ? { messageId: 'backendRejects', data, demoted }
                    : { messageId: 'settingRejects', data: { ...data, configKind: o.kind, configName: o.name }, demoted }),
            };
        }
    },
});
/**
 * Envoy Gateway: the EnvoyProxy's envoyService annotations make the generated Service's load
 * balancer send PROXY, and the ClientTrafficPolicies in view that target the Gateway leave a
 * listener on that port without proxyProtocol. Silent when no ClientTrafficPolicy in view targets
 * the Gateway (proxy-protocol-unverified-backend says so).
 */
function* checkEnvoyProxy(envoyProxy, model) {
    for (const binding of gatewaysUsing(model, envoyProxy)) {
        const plan = proxyPlan(generatedEnvoyService(envoyProxy, binding.gateway));
        const setting = plan?.ports[0]?.setting;
        if (!plan || !setting)
            continue;
        const client = clientProxyProtocol(model, binding.gateway);
        if (client.policies.length === 0)
            continue;
        const ports = [];
        const listeners = [];
        const related = [binding.ref];
        for (const { port } of plan.ports) {
            if (port.port === undefined)
                continue;
            const r = client.forPort(port.port);
            if (r.expectation !== 'none')
                continue;
            ports.push(port.port);
            listeners.push(...r.listeners);
            for (const p of r.policies)
                if (!related.some((x) => x.object === p.object))
                    related.push(p);
            related.push(...r.listenerRefs.map((l) => ({ ...l, message: `${l.message} reads a PROXY header as a broken request` })));
        }
        if (ports.length === 0)
            continue;
        const names = related.filter((r) => r.object.kind === 'ClientTrafficPolicy').map((r) => `"${r.object.name}"`);
        const sending = envoyProxySending(envoyProxy, binding.gateway, setting);
        const demoted = sending.demoted;
        const data = {
            ...sending.data,
            listeners: quoteList([...new Set(listeners)]),
            ports: ports.join(', '),
            policies: names.length > 0 ? ` (ClientTrafficPolicy ${names.join(', ')} applies there without it)` : '',
        };
        yield {
            messageId: 'envoyGateway',
            path: envoyServiceAnnotationPath(envoyProxy, setting.annotation),
            data,
            related: related.map((r) => ({ ...r, asPrimary: sideOf(gatewaySide(r.object, binding.gateway), data, demoted) })),
        };
    }
}
