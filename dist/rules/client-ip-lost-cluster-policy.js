import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { asRecord, dig } from '../src/k8s/labels.js';
import { podTemplate, resolveTargetPort } from '../src/k8s/pods.js';
import { effectiveEtp, isExternallyAccessible, serviceSpec, servicePorts, serviceType } from '../src/k8s/service.js';
import { ciliumForwarding, FORWARDING_MODE_ANNOTATION, keepsClientIp } from '../src/model/cilium.js';
import { annotationsOf, containerPortEntry, findConsumers, reachesAdminPort, requiresClientIp } from '../src/model/client-ip-consumers.js';
import { clientProxyProtocol, EG_GROUP, ENVOY_SERVICE_PATH, gatewayListeners, gatewaysUsing, generatedEnvoyService } from '../src/model/envoy-gateway.js';
import { AWS_NLB_TARGET_TYPE, httpTermination, proxyPlan, proxySettings, tcpProxyLoadBalancer } from '../src/model/providers.js';
import { proxyExpectation } from '../src/model/proxy-expectation.js';
export default defineRule({
    meta: {
        id: 'client-ip-lost-cluster-policy',
        description: 'Warn when an externally accessible Service in front of an ingress controller, gateway or other client-IP consumer keeps externalTrafficPolicy: Cluster with nothing else carrying the client address.',
        rationale: 'With externalTrafficPolicy: Cluster (the default) kube-proxy may forward an external connection to a pod on another node and SNATs it to the forwarding node\'s address on that second hop. An ingress controller or gateway then logs, rate-limits and allow-lists node IPs instead of client IPs, and passes a node IP on in X-Forwarded-For. Local keeps the client address (no second hop); PROXY protocol or an HTTP load balancer\'s X-Forwarded-For carry it past the SNAT; Cilium in DSR mode does not SNAT.',
        remediation: 'Set externalTrafficPolicy: Local and run the pods on every node that receives traffic (a DaemonSet, or replicas spread with anti-affinity on kubernetes.io/hostname); or enable PROXY protocol on both the load balancer and the controller.',
        category: 'client-ip',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['Service', 'EnvoyProxy'],
        crossObject: true,
        relates: [...WORKLOAD_KINDS, 'ConfigMap', 'Gateway', 'GatewayClass'],
        messages: {
            lost: 'Service "{{service}}" {{policyShort}}, so its pods see node IPs, not client IPs. On this {{type}} the node that receives a connection may forward it to a pod on another node and SNATs it to its own IP on that second hop, so {{who}} sees, logs and allow-lists node IPs instead of the client IP. Set externalTrafficPolicy: Local and keep a pod on every node that receives traffic (a DaemonSet, or replicas spread on kubernetes.io/hostname), or (TCP only) enable PROXY protocol on both the load balancer and {{target}}.',
            lostUncoveredPorts: 'Service "{{service}}" {{policyShort}}, so its pods see node IPs, not client IPs, on {{ports}}. The load balancer of this {{type}} sends PROXY protocol only on {{covered}}: on {{ports}} the node that receives a connection may forward it to a pod on another node and SNATs it to its own IP on that second hop, so {{who}} sees node IPs instead of the client IP there. Set externalTrafficPolicy: Local and keep a pod on every node that receives traffic, or (TCP only) send PROXY protocol on those ports too and accept it in {{target}}.',
            inTreeNlbTargetType: 'Service "{{service}}" sets aws-load-balancer-nlb-target-type: "{{targetType}}", which the in-tree AWS controller ignores. An NLB of aws-load-balancer-type "nlb" is built by the in-tree controller, which always registers the nodes\' NodePorts as targets, so traffic goes through kube-proxy; the {{type}} {{policy}}, so the node that receives a connection may forward it to a pod on another node and SNATs it to its own IP: {{who}} sees node IPs instead of the client IP. Set externalTrafficPolicy: Local (and keep a pod on every node that receives traffic), or hand the Service to the AWS Load Balancer Controller, which reads the target type, with aws-load-balancer-type: "external" or spec.loadBalancerClass: service.k8s.aws/nlb (its Service webhook, where installed, does that for new Services).',
            envoyProxyCluster: 'EnvoyProxy "{{name}}" sets envoyService.externalTrafficPolicy: Cluster, so Envoy sees node IPs, not client IPs. In the {{type}} Service Envoy Gateway generates, the node that receives a connection may forward it to an Envoy pod on another node and SNATs it to its own IP on that second hop: Envoy sees, logs and rate-limits node IPs instead of the client IP. Remove the field (Envoy Gateway defaults to Local) and keep an Envoy pod on every node that receives traffic, or send PROXY protocol from the load balancer (envoyService.annotations) and accept it with a ClientTrafficPolicy proxyProtocol.',
            // The same findings, reported on the other object when only its side is linted.
            consumer: '{{workloadKind}} "{{workload}}" sees node IPs instead of client IPs{{where}}: the Service in front of it uses externalTrafficPolicy: Cluster. {{type}} "{{service}}" {{policyShort}}.{{coveredNote}} {{workloadKind}} "{{workload}}" {{runs}}, and the node that receives a connection may forward it to a pod on another node and SNATs it to its own IP on that second hop. Set externalTrafficPolicy: Local on Service "{{service}}" and keep a pod on every node that receives traffic (a DaemonSet, or replicas spread on kubernetes.io/hostname), or (TCP only) enable PROXY protocol on both the load balancer and {{target}}.',
            ciliumConfig: 'Cilium ConfigMap "{{configMap}}" lets {{type}} "{{service}}" hide client IPs from its pods. The Service {{policyShort}}; the ConfigMap {{mode}}, so the node that receives a connection may forward it to a pod on another node and SNAT it on that second hop: {{who}} sees node IPs instead of client IPs. {{fix}}, or set externalTrafficPolicy: Local on Service "{{service}}" and keep a pod on every node that receives traffic.',
            gatewayEnvoyProxy: '{{refKind}} "{{refName}}" uses EnvoyProxy "{{name}}", whose externalTrafficPolicy: Cluster hides client IPs from Envoy. EnvoyProxy "{{name}}" sets envoyService.externalTrafficPolicy: Cluster; in the {{type}} Service Envoy Gateway generates from it, the node that receives a connection may forward it to an Envoy pod on another node and SNATs it to its own IP on that second hop. Remove the field from EnvoyProxy "{{name}}" (Envoy Gateway defaults to Local) and keep an Envoy pod on every node that receives traffic, or send and accept PROXY protocol.',
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        if (object.kind === 'EnvoyProxy') {
            yield* checkEnvoyProxy(model, object);
            return;
        }
        yield* checkService(model, object);
    },
});
function* checkService(model, service) {
    if (!isExternallyAccessible(service) || effectiveEtp(service) !== 'Cluster')
        return;
    const annotations = annotationsOf(service.raw);
    const optIn = requiresClientIp(annotations);
    if (optIn === false)
        return;
    // An HTTP load balancer puts the client address in X-Forwarded-For before any SNAT.
    if (httpTermination(service))
        return;
    // NLB IP targets reach the pods without kube-proxy: the traffic policy plays no part.
    if (awsIpTargets(service, annotations))
        return;
    const consumers = findConsumers(model, service, optIn === true);
    if (consumers.length === 0)
        return;
    const plan = proxyPlan(service);
    const planned = new Set(plan?.portIndexes ?? []);
    const cilium = ciliumForwarding(model, service, annotations);
    const isLb = serviceType(service) === 'LoadBalancer';
    // A load balancer that proxies TCP loses the address before the node: client-ip-lost-tcp-proxy's case.
    const tcpProxied = new Set(tcpProxyLoadBalancer(service)?.ports.map((p) => p.port.index));
    const lost = [];
    const coveredByLb = [];
    for (const port of servicePorts(service)) {
        const verdicts = consumers.map((c) => verdict(model, c, port, planned, cilium, isLb, tcpProxied));
        if (verdicts.includes('lost'))
            lost.push(port);
        else if (verdicts.includes('proxy-lb'))
            coveredByLb.push(port);
    }
    if (lost.length === 0)
        return;
    const first = consumers[0];
    const spec = serviceSpec(service);
    const explicit = spec['externalTrafficPolicy'] !== undefined && spec['externalTrafficPolicy'] !== null && spec['externalTrafficPolicy'] !== '';
    const policyShort = explicit ? 'keeps externalTrafficPolicy: Cluster' : 'defaults to externalTrafficPolicy: Cluster';
    const data = {
        type: describeType(service),
        service: service.name,
        policy: explicit ? 'has externalTrafficPolicy: Cluster' : 'has no externalTrafficPolicy, which defaults to Cluster',
        who: first.who,
        target: first.target,
        policyShort,
        where: coveredByLb.length > 0 ? ` on ${describePorts(lost)}` : '',
        coveredNote: coveredByLb.length > 0 ? ` Its load balancer sends PROXY protocol only on ${describePorts(coveredByLb)}.` : '',
    };
    const demoted = `${data.type} "${service.name}" ${policyShort} here`;
    const related = consumers.flatMap((c) => c.related && c.workload
        ? [{ ...c.related, asPrimary: { messageId: 'consumer', data: { ...data, workloadKind: c.workload.kind, workload: c.workload.name, runs: c.runs, target: c.target }, demoted } }]
        : []);
    const ciliumNote = ciliumRelated(cilium, lost, service, data, demoted);
    if (ciliumNote)
        related.push(ciliumNote);
    const path = explicit ? ['spec', 'externalTrafficPolicy'] : ['spec', 'type'];
    const targetType = inTreeNlbIpTargets(service, annotations);
    if (targetType) {
        related.push({ object: service, path: ['metadata', 'annotations', AWS_NLB_TARGET_TYPE], message: `the in-tree AWS controller ignores ${AWS_NLB_TARGET_TYPE} and registers the nodes as targets` });
        yield { messageId: 'inTreeNlbTargetType', path, data: { ...data, targetType }, related };
        return;
    }
    if (coveredByLb.length > 0) {
        yield { messageId: 'lostUncoveredPorts', path, data: { ...data, covered: describePorts(coveredByLb), ports: describePorts(lost) }, related };
        return;
    }
    yield { messageId: 'lost', path, data, related };
}
/** What happens to the client address on one Service port for one consumer. */
function verdict(model, consumer, port, planned, cilium, isLb, tcpProxied) {
    if (reachesAdminPort(model, consumer, port))
        return 'admin';
    const { workload, backend } = consumer;
    let containerPort;
    if (workload) {
        containerPort = resolveTargetPort(workload, port.targetPort);
        const entry = containerPort !== undefined ? containerPortEntry(workload, containerPort) : undefined;
        // A hostPort or the host network: clients reach the pod at the node's address directly, and
        // that path DNATs without SNAT. The Service is not the way in.
        if (podTemplate(workload)?.spec['hostNetwork'] === true)
            return 'direct';
        const hostPort = entry?.['hostPort'];
        if (typeof hostPort === 'number' && hostPort > 0)
            return 'direct';
    }
    if (planned.has(port.index))
        return 'proxy-lb';
    if (backend && containerPort !== undefined && port.protocol !== 'UDP') {
        // A listener that needs (or, behind a load balancer outside our view, reads) PROXY headers
        // gets the client address from the header: something in front sends one, or every
        // connection fails (proxy-protocol-not-sent reports that).
        const expectation = proxyExpectation(model, backend, containerPort).expectation;
        if (expectation === 'required' || (expectation === 'optional' && !isLb))
            return 'proxy-backend';
    }
    if (keepsClientIp(cilium, port.protocol))
        return 'dsr';
    if (tcpProxied.has(port.index))
        return 'tcp-proxy';
    return 'lost';
}
/** Cilium's ConfigMap when it is why the second hop is SNATed, told from both sides. */
function ciliumRelated(cilium, lost, service, data, demoted) {
    if (!cilium)
        return undefined;
    const cm = cilium.configMap;
    let message;
    let mode;
    let fix = 'Set bpf-lb-mode: dsr (or hybrid, which covers TCP only)';
    let path = cilium.path;
    if (!cilium.handlesNodePorts) {
        message = `ConfigMap "${cm.name}" leaves NodePort and LoadBalancer traffic to kube-proxy (kube-proxy-replacement off), so bpf-lb-mode does not apply`;
        mode = 'leaves NodePort and LoadBalancer traffic to kube-proxy (kube-proxy-replacement off)';
        fix = 'Turn on kube-proxy-replacement with bpf-lb-mode: dsr';
    }
    else if (cilium.mode === 'hybrid') {
        const ports = `${describePorts(lost)} ${lost.length === 1 ? 'is' : 'are'} not TCP`;
        message = `ConfigMap "${cm.name}" sets bpf-lb-mode: hybrid: DSR keeps the client IP for TCP only, and ${ports}`;
        mode = `sets bpf-lb-mode: hybrid, whose DSR covers TCP only, and ${ports}`;
        fix = 'Set bpf-lb-mode: dsr, which covers UDP too';
    }
    else if (cilium.source === 'annotation') {
        message = `ConfigMap "${cm.name}" lets each Service choose its forwarding mode, and this one asks for snat (${FORWARDING_MODE_ANNOTATION})`;
        mode = `lets each Service choose its forwarding mode, and Service "${service.name}" asks for snat (${FORWARDING_MODE_ANNOTATION})`;
        fix = `Set ${FORWARDING_MODE_ANNOTATION}: dsr on Service "${service.name}"`;
        path = ['data', 'bpf-lb-mode-annotation'];
    }
    else {
        mode = cilium.source === 'default' ? 'leaves bpf-lb-mode at its default, snat' : 'sets bpf-lb-mode: snat';
        message = `ConfigMap "${cm.name}" ${mode}: Cilium SNATs the second hop (dsr or hybrid would keep the client IP)`;
    }
    return { object: cm, path, message, asPrimary: { messageId: 'ciliumConfig', data: { ...data, configMap: cm.name, mode, fix }, demoted } };
}
/** `port 80`, `ports 80, 53/UDP`. */
function describePorts(ports) {
    const list = ports.map((p) => `${p.port ?? p.name}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}`).join(', ');
    return `${ports.length === 1 ? 'port' : 'ports'} ${list}`;
}
function describeType(service) {
    const type = serviceType(service);
    return type === 'ClusterIP' ? 'ClusterIP Service with externalIPs' : `${type} Service`;
}
// --- Envoy Gateway: the Envoy Service is generated from an EnvoyProxy ---------------------------
function* checkEnvoyProxy(model, proxy) {
    if (!proxy.apiVersion.startsWith(`${EG_GROUP}/`))
        return;
    if (requiresClientIp(annotationsOf(proxy.raw)) === false)
        return;
    const es = asRecord(dig(proxy.raw, ...ENVOY_SERVICE_PATH));
    // Unset, the generated Service gets Local (api/v1alpha1 shared_types.go: +kubebuilder:default:="Local").
    if (!es || es['externalTrafficPolicy'] !== 'Cluster')
        return;
    if (dig(es, 'patch', 'value', 'spec', 'externalTrafficPolicy') === 'Local')
        return;
    const generated = generatedEnvoyService(proxy);
    const type = serviceType(generated);
    if (type !== 'LoadBalancer' && type !== 'NodePort')
        return;
    const annotations = annotationsOf(generated.raw);
    if (type === 'LoadBalancer') {
        if (proxySettings(generated).some((s) => s.status === 'enabled'))
            return;
        if (httpTermination(generated))
            return;
        if (awsIpTargets(generated, annotations))
            return;
    }
    if (keepsClientIp(ciliumForwarding(model, proxy, annotations), 'TCP'))
        return;
    const bindings = gatewaysUsing(model, proxy);
    // Every Gateway in view reads PROXY on all its TCP listeners: the address travels in the header.
    const readsProxy = (gateway) => {
        const cp = clientProxyProtocol(model, gateway);
        const tcp = gatewayListeners(gateway).filter((l) => l.protocol !== 'UDP');
        return (tcp.length > 0 &&
            tcp.every((l) => {
                const e = cp.forPort(l.port).expectation;
                return e === 'required' || (e === 'optional' && type !== 'LoadBalancer');
            }));
    };
    if (bindings.length > 0 && bindings.every((b) => readsProxy(b.gateway)))
        return;
    const data = { name: proxy.name, type };
    const demoted = `EnvoyProxy "${proxy.name}" sets envoyService.externalTrafficPolicy: Cluster here`;
    yield {
        messageId: 'envoyProxyCluster',
        path: [...ENVOY_SERVICE_PATH, 'externalTrafficPolicy'],
        data,
        related: bindings.map((b) => ({
            ...b.ref,
            asPrimary: { messageId: 'gatewayEnvoyProxy', data: { ...data, refKind: b.ref.object.kind, refName: b.ref.object.name }, demoted },
        })),
    };
}
// --- Helpers -------------------------------------------------------------------------------------
/**
 * An NLB of the AWS Load Balancer Controller with IP targets: it sends traffic to the pod IPs
 * directly, bypassing kube-proxy (aws-load-balancer-controller docs/guide/service/nlb.md).
 */
function awsIpTargets(service, annotations) {
    if (serviceType(service) !== 'LoadBalancer')
        return false;
    const type = annotations['service.beta.kubernetes.io/aws-load-balancer-type'];
    if (type === 'nlb-ip')
        return true;
    const lbc = type === 'external' || serviceSpec(service)['loadBalancerClass'] === 'service.k8s.aws/nlb';
    return lbc && annotations[AWS_NLB_TARGET_TYPE] === 'ip';
}
/**
 * An in-tree NLB (`aws-load-balancer-type: "nlb"`, no class) with `nlb-target-type: ip`: the
 * in-tree controller never reads the target type and registers instance targets (cloud-provider-aws
 * pkg/providers/v1/aws_loadbalancer.go `ensureTargetGroup`: `TargetTypeEnumInstance`), so
 * traffic goes through the node ports and kube-proxy. Returns the target type as written.
 */
function inTreeNlbIpTargets(service, annotations) {
    if (serviceType(service) !== 'LoadBalancer')
        return undefined;
    const cls = serviceSpec(service)['loadBalancerClass'];
    if (typeof cls === 'string' && cls !== '')
        return undefined;
    const targetType = annotations[AWS_NLB_TARGET_TYPE];
    return annotations['service.beta.kubernetes.io/aws-load-balancer-type'] === 'nlb' && targetType === 'ip' ? targetType : undefined;
}
