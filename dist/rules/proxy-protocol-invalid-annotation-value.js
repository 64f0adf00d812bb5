import { defineRule } from '../src/engine/rule.js';
import { servicePorts, serviceType } from '../src/k8s/service.js';
import { envoyServiceAnnotationPath, generatedEnvoyService } from '../src/model/envoy-gateway.js';
import { OPENSTACK_PROXY, proxyConflicts, proxySettings } from '../src/model/providers.js';
export default defineRule({
    meta: {
        id: 'proxy-protocol-invalid-annotation-value',
        description: 'Report PROXY protocol annotations whose value the cloud controller rejects, silently ignores or does not know.',
        rationale: 'Each cloud controller reads its PROXY protocol annotation its own way: AWS accepts only "*", OpenStack only exactly "true", "v1" or "v2", KubeLB only "v2", Linode only none/v1/v2. A value it rejects stops the load balancer from being created or updated; a value it ignores sends no PROXY header, so the backend sees the load balancer\'s or a node\'s address instead of the client\'s, and a backend that requires PROXY fails every connection.',
        remediation: 'Write the value the provider documents for the annotation (the message names it), and do not combine annotations the controller refuses together.',
        category: 'client-ip',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service', 'EnvoyProxy'],
        messages: {
            rejected: 'The {{provider}} controller rejects the PROXY protocol annotation of {{kind}} "{{name}}". It rejects {{annotation}}: "{{value}}" ({{reason}}): it stops with an error and does not create or update the load balancer, so the Service gets no working load balancer and no PROXY header carries the client IP. Use {{accepted}}.',
            ignored: 'The {{provider}} controller ignores the PROXY protocol annotation of {{kind}} "{{name}}", so no PROXY header is sent. It silently ignores {{annotation}}: "{{value}}" ({{reason}}): the load balancer sends no PROXY header, so the backend sees the load balancer\'s or a node\'s address instead of the client\'s, and a backend that requires PROXY fails every connection. Use {{accepted}}.',
            unchecked: '{{kind}} "{{name}}" has a PROXY protocol annotation value that {{provider}} does not document. {{provider}} does not document {{annotation}}: "{{value}}" ({{reason}}): the provider may refuse it or send no PROXY header, and then the client IP does not reach the backend. Use {{accepted}}.',
            awsController: 'The in-tree AWS controller ignores the PROXY protocol annotation of {{kind}} "{{name}}". The in-tree AWS cloud controller ignores {{annotation}}: "{{value}}" ({{reason}}): which controller takes the Service decides whether a PROXY header carries the client IP, and the manifest does not say. Make it explicit: spec.loadBalancerClass: service.k8s.aws/nlb (AWS Load Balancer Controller, PROXY v2), or {{alternative}}.',
            conflict: 'The {{provider}} controller refuses two PROXY protocol annotations of {{kind}} "{{name}}" together. It refuses {{first}}: "{{firstValue}}" together with {{second}}: "{{secondValue}}" ("{{error}}"), so it does not create or update the load balancer and no client IP reaches the backend. {{fix}}',
            unknownPort: 'Service "{{service}}" asks for PROXY protocol on port {{ports}}, which it does not have. Its {{annotation}}: "{{value}}" names that Service port{{note}}, so that entry sends no PROXY header. List the Service\'s own `port` values ({{servicePorts}}), not targetPort or nodePort.',
        },
        defaultOptions: {},
    },
    *check(object) {
        if (object.kind === 'EnvoyProxy') {
            const service = generatedEnvoyService(object);
            if (serviceType(service) !== 'LoadBalancer')
                return;
            yield* checkValues(object, service, (key) => envoyServiceAnnotationPath(object, key));
            return;
        }
        if (serviceType(object) !== 'LoadBalancer')
            return;
        const at = (key) => ['metadata', 'annotations', key];
        yield* checkValues(object, object, at);
        yield* checkPorts(object, at);
    },
});
function* checkValues(owner, service, at) {
    const named = { kind: owner.kind, name: owner.name };
    for (const s of proxySettings(service)) {
        if (s.status !== 'invalid' || s.uncertain === 'class')
            continue;
        const data = { ...named, provider: s.provider, annotation: s.annotation, value: s.value, accepted: s.accepted, reason: s.note ?? 'not a value it accepts' };
        if (s.uncertain === 'aws-lbc-webhook') {
            const alternative = s.annotation === 'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol'
                ? 'for the in-tree NLB, service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: proxy_protocol_v2.enabled=true'
                : 'remove the annotation';
            yield { messageId: 'awsController', path: at(s.annotation), data: { ...data, reason: inTreeReason(s), alternative } };
            continue;
        }
        yield { messageId: s.invalid ?? 'rejected', path: at(s.annotation), data };
    }
    for (const c of proxyConflicts(service)) {
        yield {
            messageId: 'conflict',
            path: at(c.annotations[1]),
            data: {
                ...named,
                provider: c.provider,
                first: c.annotations[0],
                firstValue: c.values[0],
                second: c.annotations[1],
                secondValue: c.values[1],
                error: c.message,
                fix: c.annotations[0] === OPENSTACK_PROXY
                    ? 'Keep one: PROXY protocol for a TCP listener, or x-forwarded-for for an HTTP listener that adds X-Forwarded-For.'
                    : 'Give each port one PROXY version: list it in only one of the two annotations.',
            },
        };
    }
}
/** The note of an AWS setting without its "unless the AWS Load Balancer Controller ..." part. */
function inTreeReason(s) {
    const note = s.note ?? '';
    const i = note.indexOf(' (unless the AWS Load Balancer Controller');
    return i >= 0 && note.endsWith(')') && !note.includes('\n', i) ? note.slice(0, i) : note;
}
/** Port lists that name ports the Service does not have (AWS per-target-group, Scaleway, Linode per-port). */
function* checkPorts(service, at) {
    const own = servicePorts(service)
        .map((p) => p.port)
        .filter((p) => p !== undefined);
    if (own.length === 0)
        return;
    for (const s of proxySettings(service)) {
        if (s.status !== 'enabled' || s.uncertain === 'class' || s.ports === 'all')
            continue;
        const missing = s.ports.filter((p) => !own.includes(p));
        if (missing.length === 0)
            continue;
        yield {
            messageId: 'unknownPort',
            path: at(s.annotation),
            data: {
                annotation: s.annotation,
                value: s.value,
                ports: missing.join(', '),
                service: service.name,
                note: s.note ? ` (${s.note})` : '',
                servicePorts: [...new Set(own)].join(', '),
            },
        };
    }
}
