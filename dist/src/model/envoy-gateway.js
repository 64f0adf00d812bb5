/**
 * Envoy Gateway (envoyproxy/gateway `api/v1alpha1`; DOMAIN.md §4, §5). The Envoy Service of a
 * Gateway is not in the manifests: Envoy Gateway generates it at runtime from the EnvoyProxy that
 * applies to the Gateway (`spec.provider.kubernetes.envoyService`: `annotations`, `type` default
 * LoadBalancer, `externalTrafficPolicy` default Local, `loadBalancerClass`, `patch`), with one port
 * per Gateway listener port. Which EnvoyProxy applies (internal/gatewayapi/contexts.go
 * `attachEnvoyProxy`): the Gateway's `spec.infrastructure.parametersRef` (same namespace) when it
 * exists and the GatewayClass's EnvoyProxy does not set `mergeGateways`, else the GatewayClass's
 * `spec.parametersRef`, else a default from the EnvoyGateway configuration (not in view).
 *
 * What Envoy expects on a listener comes from the ClientTrafficPolicies that target the Gateway
 * (`targetRef`, `targetRefs`, `targetSelectors`; a policy naming the listener in `sectionName`
 * wins over Gateway-wide ones): `spec.proxyProtocol: {}` requires a PROXY header,
 * `spec.proxyProtocol.optional: true` accepts connections with or without one, and the deprecated
 * `spec.enableProxyProtocol: true` requires one (`proxyProtocol` wins when both are set).
 */
import { asArray, asRecord, dig, labelsOf, matchesLabelSelector, scalarText } from '../k8s/labels.js';
export const EG_GROUP = 'gateway.envoyproxy.io';
export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
export const EG_CONTROLLER_NAME = 'gateway.envoyproxy.io/gatewayclass-controller';
export const ENVOY_SERVICE_PATH = ['spec', 'provider', 'kubernetes', 'envoyService'];
function isEnvoyProxyRef(ref) {
    return ref?.['group'] === EG_GROUP && ref['kind'] === 'EnvoyProxy' && typeof ref['name'] === 'string';
}
/** A GatewayClass Envoy Gateway runs: its controller name, or parameters of kind EnvoyProxy. */
export function isEnvoyGatewayClass(gatewayClass) {
    return (dig(gatewayClass.raw, 'spec', 'controllerName') === EG_CONTROLLER_NAME ||
        isEnvoyProxyRef(asRecord(dig(gatewayClass.raw, 'spec', 'parametersRef'))));
}
/**
 * The EnvoyProxy that shapes a Gateway's Envoy Service, when it is in view. Undefined when the
 * Gateway is not Envoy Gateway's, when the referenced EnvoyProxy is not among the linted objects,
 * and when no EnvoyProxy is attached (Envoy Gateway then uses a default from its own
 * configuration, which the manifests do not show).
 */
export function envoyProxyOf(model, gateway) {
    const className = dig(gateway.raw, 'spec', 'gatewayClassName');
    const gatewayClass = typeof className === 'string' ? model.get('GatewayClass', '', className, gateway) : undefined;
    if (gatewayClass && !isEnvoyGatewayClass(gatewayClass))
        return undefined;
    const classRef = gatewayClass ? asRecord(dig(gatewayClass.raw, 'spec', 'parametersRef')) : undefined;
    const classProxy = gatewayClass && isEnvoyProxyRef(classRef) && typeof classRef['namespace'] === 'string'
        ? model.get('EnvoyProxy', classRef['namespace'], classRef['name'], gatewayClass)
        : undefined;
    const merged = classProxy !== undefined && dig(classProxy.raw, 'spec', 'mergeGateways') === true;
    const infraRef = asRecord(dig(gateway.raw, 'spec', 'infrastructure', 'parametersRef'));
    if (isEnvoyProxyRef(infraRef) && !merged) {
        const own = model.get('EnvoyProxy', gateway.namespace, infraRef['name'], gateway);
        // Not in view: it may exist in the cluster; if it does not, the GatewayClass's applies.
        if (!own)
            return undefined;
        return {
            gateway,
            envoyProxy: own,
            gatewayClass,
            ref: { object: gateway, path: ['spec', 'infrastructure', 'parametersRef'], message: `Gateway "${gateway.name}" uses EnvoyProxy "${own.name}"` },
        };
    }
    if (!gatewayClass || !classProxy)
        return undefined;
    return {
        gateway,
        envoyProxy: classProxy,
        gatewayClass,
        ref: {
            object: gatewayClass,
            path: ['spec', 'parametersRef'],
            message: `GatewayClass "${gatewayClass.name}" of Gateway "${gateway.name}" uses EnvoyProxy "${classProxy.name}"`,
        },
    };
}
/** The Gateways in view whose Envoy Service this EnvoyProxy shapes. */
export function gatewaysUsing(model, envoyProxy) {
    return model
        .ofKind('Gateway')
        .filter((g) => !g.partial)
        .flatMap((g) => {
        const b = envoyProxyOf(model, g);
        return b && b.envoyProxy === envoyProxy ? [b] : [];
    });
}
export function gatewayListeners(gateway) {
    return asArray(dig(gateway.raw, 'spec', 'listeners')).flatMap((l, index) => {
        const r = asRecord(l);
        const port = r?.['port'];
        if (!r || typeof port !== 'number')
            return [];
        return [{ name: typeof r['name'] === 'string' ? r['name'] : '', port, protocol: typeof r['protocol'] === 'string' ? r['protocol'] : '', index }];
    });
}
function envoyServiceSpec(envoyProxy) {
    return asRecord(dig(envoyProxy.raw, ...ENVOY_SERVICE_PATH)) ?? {};
}
/** The annotations of the generated Service: `envoyService.annotations`, then those a `patch` adds. */
function envoyServiceAnnotations(envoyProxy) {
    const es = envoyServiceSpec(envoyProxy);
    return { ...asRecord(es['annotations']), ...asRecord(dig(es, 'patch', 'value', 'metadata', 'annotations')) };
}
/** Where an annotation of the generated Service is written in the EnvoyProxy (or would go). */
export function envoyServiceAnnotationPath(envoyProxy, key) {
    const patched = asRecord(dig(envoyServiceSpec(envoyProxy), 'patch', 'value', 'metadata', 'annotations'));
    if (patched && key in patched)
        return [...ENVOY_SERVICE_PATH, 'patch', 'value', 'metadata', 'annotations', key];
    return [...ENVOY_SERVICE_PATH, 'annotations', key];
}
/**
 * The Service Envoy Gateway would generate for a Gateway from this EnvoyProxy, as a plain object
 * the Service helpers read (it shares the EnvoyProxy's document, for positions). Without a
 * Gateway it has no ports. Listeners on one port share one Service port; UDP listeners get UDP.
 */
export function generatedEnvoyService(envoyProxy, gateway) {
    const es = envoyServiceSpec(envoyProxy);
    const ports = [];
    for (const l of gateway ? gatewayListeners(gateway) : []) {
        const protocol = l.protocol === 'UDP' ? 'UDP' : 'TCP';
        if (!ports.some((p) => p['port'] === l.port && p['protocol'] === protocol))
            ports.push({ name: l.name, port: l.port, protocol, targetPort: l.port });
    }
    const spec = {
        type: typeof es['type'] === 'string' ? es['type'] : 'LoadBalancer',
        externalTrafficPolicy: typeof es['externalTrafficPolicy'] === 'string' ? es['externalTrafficPolicy'] : 'Local',
        ports,
    };
    if (typeof es['loadBalancerClass'] === 'string')
        spec['loadBalancerClass'] = es['loadBalancerClass'];
    const name = gateway ? `envoy-${gateway.namespace}-${gateway.name}` : `envoy-${envoyProxy.name}`;
    return {
        apiVersion: 'v1',
        kind: 'Service',
        name,
        namespace: envoyProxy.namespace,
        raw: { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: envoyProxy.namespace, annotations: envoyServiceAnnotations(envoyProxy) }, spec },
        doc: envoyProxy.doc,
        path: envoyProxy.path,
        partial: false,
    };
}
/** Which parts of the Gateway a ClientTrafficPolicy targets (policy_helpers.go: targetRef wins over targetRefs). */
function targetsOf(policy, gateway) {
    if (policy.namespace !== gateway.namespace)
        return undefined;
    const spec = asRecord(policy.raw['spec']) ?? {};
    const single = asRecord(spec['targetRef']);
    const refs = single ? [single] : asArray(spec['targetRefs']).flatMap((r) => {
        const rec = asRecord(r);
        return rec ? [rec] : [];
    });
    let whole = false;
    const sections = [];
    for (const ref of refs) {
        const group = ref['group'] ?? GATEWAY_API_GROUP;
        if (group !== GATEWAY_API_GROUP || ref['kind'] !== 'Gateway' || ref['name'] !== gateway.name)
            continue;
        if (typeof ref['sectionName'] === 'string' && ref['sectionName'] !== '')
            sections.push(ref['sectionName']);
        else
            whole = true;
    }
    for (const s of asArray(spec['targetSelectors'])) {
        const sel = asRecord(s);
        if (!sel || (sel['group'] ?? GATEWAY_API_GROUP) !== GATEWAY_API_GROUP || sel['kind'] !== 'Gateway')
            continue;
        if (matchesLabelSelector({ matchLabels: sel['matchLabels'] ?? {}, matchExpressions: sel['matchExpressions'] }, labelsOf(gateway.raw['metadata'])))
            whole = true;
    }
    return whole || sections.length > 0 ? { whole, sections } : undefined;
}
function policyExpectation(policy) {
    const spec = asRecord(policy.raw['spec']) ?? {};
    const pp = spec['proxyProtocol'];
    const name = `ClientTrafficPolicy "${policy.name}"`;
    if (asRecord(pp)) {
        const optional = asRecord(pp)?.['optional'] === true;
        return optional
            ? { expectation: 'optional', report: { object: policy, path: ['spec', 'proxyProtocol', 'optional'], message: `${name} accepts connections with or without a PROXY header` } }
            : { expectation: 'required', report: { object: policy, path: ['spec', 'proxyProtocol'], message: `${name} requires a PROXY header (proxyProtocol without optional: true)` } };
    }
    if (spec['enableProxyProtocol'] === true) {
        return { expectation: 'required', report: { object: policy, path: ['spec', 'enableProxyProtocol'], message: `${name} requires a PROXY header (enableProxyProtocol: true)` } };
    }
    return { expectation: 'none', report: { object: policy, path: ['spec', 'proxyProtocol'], message: `${name} does not enable proxyProtocol` } };
}
/** The Gateways in view a ClientTrafficPolicy targets (as a whole or one of their listeners). */
export function policyGateways(model, policy) {
    return model.ofKind('Gateway').filter((g) => !g.partial && targetsOf(policy, g) !== undefined);
}
/** What the ClientTrafficPolicies in view make Envoy expect on each listener port of a Gateway. */
export function clientProxyProtocol(model, gateway) {
    const targeting = model
        .ofKind('ClientTrafficPolicy')
        .filter((p) => !p.partial && p.apiVersion.startsWith(`${EG_GROUP}/`))
        .flatMap((p) => {
        const t = targetsOf(p, gateway);
        return t ? [{ policy: p, target: t, ...policyExpectation(p) }] : [];
    });
    const listeners = gatewayListeners(gateway);
    const forListener = (name) => {
        const specific = targeting.filter((t) => t.target.sections.includes(name));
        const chosen = specific.length > 0 ? specific : targeting.filter((t) => t.target.whole);
        if (chosen.length === 0)
            return { expectation: 'none', reports: [] };
        const first = chosen[0]?.expectation ?? 'none';
        // Envoy Gateway keeps the oldest policy; creation times are not in the manifests.
        const agree = chosen.every((c) => c.expectation === first);
        return { expectation: agree ? first : 'unknown', reports: chosen.map((c) => c.report) };
    };
    return {
        policies: targeting.map((t) => t.policy),
        forPort(port) {
            const on = listeners.filter((l) => l.port === port && l.protocol !== 'UDP');
            const each = on.map((l) => forListener(l.name));
            const first = each[0]?.expectation ?? 'unknown';
            const expectation = each.every((e) => e.expectation === first) ? first : 'unknown';
            const policies = [];
            for (const e of each)
                for (const r of e.reports)
                    if (!policies.some((p) => p.object === r.object))
                        policies.push(r);
            const listenerRefs = on.map((l) => ({
                object: gateway,
                path: ['spec', 'listeners', l.index, 'name'],
                message: `Gateway "${gateway.name}" listener "${l.name}" (port ${l.port})`,
            }));
            return { port, expectation, listeners: on.map((l) => l.name), listenerRefs, policies };
        },
    };
}
/** Labels Envoy Gateway puts on every Envoy pod (internal/infrastructure/kubernetes/proxy/resource.go `EnvoyAppLabel`). */
export const ENVOY_POD_LABELS = {
    'app.kubernetes.io/name': 'envoy',
    'app.kubernetes.io/component': 'proxy',
    'app.kubernetes.io/managed-by': 'envoy-gateway',
};
/** Labels that name the owning Gateway or GatewayClass; their values are not in the EnvoyProxy. */
export const OWNING_GATEWAY_LABELS = [
    'gateway.envoyproxy.io/owning-gateway-name',
    'gateway.envoyproxy.io/owning-gateway-namespace',
    'gateway.envoyproxy.io/owning-gatewayclass',
];
export const ENVOY_KUBERNETES_PATH = ['spec', 'provider', 'kubernetes'];
/**
 * The Envoy Deployment's pod template as an EnvoyProxy describes it (`envoyDeployment.pod`): its
 * spec (affinity, topologySpreadConstraints, ...) and the labels its pods get, which are Envoy
 * Gateway's own plus `pod.labels` plus the owning-Gateway labels, whose values a selector may use
 * (taken from the selectors themselves: they are set at runtime). Undefined for a DaemonSet.
 */
export function envoyPodTemplate(envoyProxy) {
    const kube = asRecord(dig(envoyProxy.raw, ...ENVOY_KUBERNETES_PATH)) ?? {};
    if (kube['envoyDaemonSet'] !== undefined && kube['envoyDaemonSet'] !== null)
        return undefined;
    const path = [...ENVOY_KUBERNETES_PATH, 'envoyDeployment', 'pod'];
    const pod = asRecord(dig(kube, 'envoyDeployment', 'pod')) ?? {};
    const labels = { ...labelsOf({ labels: pod['labels'] }), ...ENVOY_POD_LABELS };
    for (const value of selectorValues(pod, OWNING_GATEWAY_LABELS))
        labels[value[0]] ??= value[1];
    return { path, labels, annotations: asRecord(pod['annotations']) ?? {}, spec: pod, specPath: path };
}
/** `[key, value]` pairs of the given keys in the spreading terms' labelSelectors. */
function selectorValues(pod, keys) {
    const selectors = [];
    const anti = asRecord(dig(pod, 'affinity', 'podAntiAffinity')) ?? {};
    for (const t of asArray(anti['requiredDuringSchedulingIgnoredDuringExecution']))
        selectors.push(asRecord(t)?.['labelSelector']);
    for (const t of asArray(anti['preferredDuringSchedulingIgnoredDuringExecution']))
        selectors.push(dig(t, 'podAffinityTerm', 'labelSelector'));
    for (const c of asArray(pod['topologySpreadConstraints']))
        selectors.push(asRecord(c)?.['labelSelector']);
    const out = [];
    for (const sel of selectors) {
        for (const [k, v] of Object.entries(asRecord(asRecord(sel)?.['matchLabels']) ?? {}))
            if (keys.includes(k) && typeof v === 'string')
                out.push([k, v]);
        for (const e of asArray(asRecord(sel)?.['matchExpressions'])) {
            const expr = asRecord(e);
            const first = asArray(expr?.['values'])[0];
            if (expr && typeof expr['key'] === 'string' && keys.includes(expr['key']) && expr['operator'] === 'In' && typeof first === 'string')
                out.push([expr['key'], first]);
        }
    }
    return out;
}
/**
 * Who a related location of an Envoy Gateway PROXY finding is, for the message told from its
 * side: a ClientTrafficPolicy (`policy`), or the Gateway or GatewayClass (`who`).
 */
export function gatewaySide(object, gateway) {
    if (object.kind === 'ClientTrafficPolicy')
        return { messageId: 'policySide', data: { policy: object.name } };
    return { messageId: 'gatewaySide', data: { who: gatewayWho(object, gateway) } };
}
/** `Gateway "g"`, or `GatewayClass "c" of Gateway "g"` for the object that attaches an EnvoyProxy. */
export function gatewayWho(object, gateway) {
    return object === gateway ? `Gateway "${gateway.name}"` : `${object.kind} "${object.name}" of Gateway "${gateway.name}"`;
}
/**
 * What a PROXY finding on an EnvoyProxy's annotation starts from: the message data naming the
 * EnvoyProxy, its Gateway and the annotation, and what the annotation says as a related location
 * when the finding is reported on the Gateway's side.
 */
export function envoyProxySending(envoyProxy, gateway, setting) {
    return {
        data: { envoyProxy: envoyProxy.name, provider: setting.provider, gateway: gateway.name, annotation: setting.annotation, value: setting.value },
        demoted: `EnvoyProxy "${envoyProxy.name}" makes the load balancer send PROXY protocol here (${setting.annotation}: "${setting.value}")`,
    };
}
/** A readable list of listener names: `"http", "https"`. */
export function quoteList(names) {
    return names.map((n) => `"${scalarText(n)}"`).join(', ');
}
