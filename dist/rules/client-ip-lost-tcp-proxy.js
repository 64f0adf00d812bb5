import { defineRule } from '../src/engine/rule.js';
import { resolveTargetPort } from '../src/k8s/pods.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { serviceSpec } from '../src/k8s/service.js';
import { annotationsOf, findConsumers, reachesAdminPort, REQUIRES_CLIENT_IP, requiresClientIp } from '../src/model/client-ip-consumers.js';
import { proxyPlan, proxySettings, tcpProxyLoadBalancer } from '../src/model/providers.js';
import { proxyExpectation } from '../src/model/proxy-expectation.js';
export default defineRule({
    meta: {
        id: 'client-ip-lost-tcp-proxy',
        description: 'Warn when a LoadBalancer Service gets a load balancer that proxies TCP (an AWS Classic ELB in TCP or SSL mode) with neither PROXY protocol nor HTTP termination, in front of a client-IP consumer.',
        rationale: 'A load balancer that proxies TCP ends the client\'s connection and opens its own to a node, so the connection that reaches the cluster comes from the load balancer\'s address. No traffic policy brings the client address back: externalTrafficPolicy: Local only avoids a second SNAT inside the cluster. In TCP mode such a load balancer adds no X-Forwarded-For either, so an ingress controller or gateway behind it logs, rate-limits and allow-lists the load balancer\'s addresses. PROXY protocol carries the client address in front of the data; an HTTP listener carries it in X-Forwarded-For.',
        remediation: 'Enable PROXY protocol on the load balancer (AWS: service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: "*") and in the controller, or terminate HTTP at the load balancer (aws-load-balancer-backend-protocol: http) and trust its X-Forwarded-For, or use a load balancer that passes the client address through (an NLB: aws-load-balancer-type: "nlb", or the AWS Load Balancer Controller).',
        category: 'client-ip',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service'],
        crossObject: true,
        relates: [...WORKLOAD_KINDS],
        messages: {
            tcpProxy: 'Service "{{service}}" gets an {{provider}} that proxies TCP, so its pods see the load balancer\'s address, not the client\'s. {{why}}; {{listeners}}. On {{ports}} such a listener ends the client\'s connection and opens its own to a node, so {{who}} sees the load balancer\'s address: the client address is gone before any traffic policy applies{{localNote}}, and in TCP mode it adds no X-Forwarded-For. Send the address with PROXY protocol ({{proxyFix}}) and accept it in {{target}}, or terminate HTTP at the load balancer (aws-load-balancer-backend-protocol: http, which adds X-Forwarded-For), or use a Network Load Balancer, which passes the client address through (aws-load-balancer-type: "nlb", or spec.loadBalancerClass: service.k8s.aws/nlb for the AWS Load Balancer Controller, whose Service webhook, where installed, takes new LoadBalancer Services).',
            // The same finding, reported on the workload when only its side is linted.
            consumer: '{{workloadKind}} "{{workload}}" sees the load balancer\'s address, not the client\'s, behind an {{provider}} that proxies TCP. Service "{{service}}" in front of it gets that load balancer, which proxies TCP on {{ports}}. {{why}}; {{listeners}}. Such a listener ends the client\'s connection and opens its own to a node, so the client address is gone before any traffic policy applies{{localNote}}, and in TCP mode it adds no X-Forwarded-For. Send the address with PROXY protocol on Service "{{service}}" ({{proxyFix}}) and accept it in {{target}}, or terminate HTTP at the load balancer (aws-load-balancer-backend-protocol: http, which adds X-Forwarded-For), or use a Network Load Balancer, which passes the client address through (aws-load-balancer-type: "nlb", or spec.loadBalancerClass: service.k8s.aws/nlb).',
        },
        defaultOptions: {},
    },
    *check(service, { model }) {
        const lb = tcpProxyLoadBalancer(service);
        if (!lb)
            return;
        const optIn = requiresClientIp(annotationsOf(service.raw));
        if (optIn === false)
            return;
        // A PROXY value the controller rejects leaves the load balancer unbuilt (proxy-protocol-invalid-annotation-value).
        if (proxySettings(service).some((s) => s.status === 'invalid' && s.invalid === 'rejected'))
            return;
        const consumers = findConsumers(model, service, optIn === true);
        const local = serviceSpec(service)['externalTrafficPolicy'] === 'Local';
        if (consumers.length === 0 && !local)
            return;
        const planned = new Set(proxyPlan(service)?.portIndexes ?? []);
        const lost = lb.ports.filter((l) => !planned.has(l.port.index) && losesAddress(model, consumers, l));
        if (lost.length === 0)
            return;
        const related = [];
        if (local) {
            related.push({
                object: service,
                path: ['spec', 'externalTrafficPolicy'],
                message: 'externalTrafficPolicy: Local keeps the source address of the connection the node receives, which here is the load balancer\'s',
            });
        }
        const first = consumers[0];
        const ports = lost.map((l) => l.port.port ?? l.port.name);
        const ssl = lost.filter((l) => l.listener === 'SSL').map((l) => l.port.port ?? l.port.name);
        const data = {
            service: service.name,
            provider: lb.provider,
            ports: `${ports.length === 1 ? 'port' : 'ports'} ${ports.join(', ')}`,
            who: first ? first.who : 'the pods behind it',
            why: capitalize(lb.why),
            listeners: ssl.length === 0
                ? 'its listeners there are TCP listeners'
                : ssl.length === lost.length
                    ? 'its listeners there are SSL listeners (TLS ends at the load balancer, TCP to the node)'
                    : `its listeners there are TCP listeners, SSL on ${ssl.join(', ')} (TLS ends at the load balancer, TCP to the node)`,
            localNote: local ? ' (externalTrafficPolicy: Local does not bring it back)' : '',
            proxyFix: lb.proxyFix,
            target: first ? first.target : `the backend (the Service asks for the client address with externalTrafficPolicy: Local; mark it ${REQUIRES_CLIENT_IP}: "false" if it does not need it)`,
        };
        const demoted = `Service "${service.name}" gets an ${lb.provider} that proxies TCP here`;
        related.unshift(...consumers.flatMap((c) => c.related && c.workload
            ? [{ ...c.related, asPrimary: { messageId: 'consumer', data: { ...data, workloadKind: c.workload.kind, workload: c.workload.name, target: c.target }, demoted } }]
            : []));
        const path = lb.annotation ? ['metadata', 'annotations', lb.annotation] : ['spec', 'type'];
        yield { messageId: 'tcpProxy', path, data, related };
    },
});
/**
 * Whether a proxied port loses the address for some consumer: it reaches a client-facing listener
 * that does not require PROXY (one that does fails without it: proxy-protocol-not-sent). With no
 * consumer in view (the Service asks for the address with Local), any port not named as an admin port.
 */
function losesAddress(model, consumers, listener) {
    const { port } = listener;
    if (consumers.length === 0)
        return !reachesAdminPort(model, { workload: undefined, backend: undefined, who: '', target: '', related: undefined, runs: '' }, port);
    return consumers.some((c) => {
        if (reachesAdminPort(model, c, port))
            return false;
        if (!c.backend || !c.workload)
            return true;
        const target = resolveTargetPort(c.workload, port.targetPort);
        return target === undefined || proxyExpectation(model, c.backend, target).expectation !== 'required';
    });
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
