import { defineRule } from '../src/engine/rule.js';
import { SCALABLE_KINDS } from '../src/k8s/kinds.js';
import { podTemplate, usesHostNetworkOrPort } from '../src/k8s/pods.js';
import { asRecord, dig } from '../src/k8s/labels.js';
import { effectiveEtp, isExternallyAccessible, serviceType } from '../src/k8s/service.js';
import { hostnameSpreadTerms } from '../src/k8s/spreading.js';
import { EG_GROUP, ENVOY_KUBERNETES_PATH, ENVOY_SERVICE_PATH, envoyPodTemplate, gatewaysUsing, gatewayWho, generatedEnvoyService } from '../src/model/envoy-gateway.js';
export default defineRule({
    meta: {
        id: 'local-etp-unspread-workload',
        description: 'Warn when a Service with externalTrafficPolicy: Local selects a workload that can run several replicas without spreading them across nodes.',
        rationale: 'With externalTrafficPolicy: Local each node sends external traffic only to pods on that node, and the load balancer balances per node, not per pod. Pods that share a node share one node\'s traffic while pods alone on a node get a full share (two pods on one node and one on another get 25/25/50). Spreading the pods one per node keeps the client IP and the balance.',
        remediation: 'Add a topologySpreadConstraint (maxSkew: 1, whenUnsatisfiable: DoNotSchedule) or a podAntiAffinity term on topologyKey kubernetes.io/hostname whose labelSelector selects the pod\'s own labels; or run the pods as a DaemonSet.',
        category: 'reliability',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: [...SCALABLE_KINDS, 'EnvoyProxy'],
        crossObject: true,
        relates: ['Service', 'HorizontalPodAutoscaler', 'ScaledObject', 'Gateway', 'GatewayClass'],
        messages: {
            unspread: '{{kind}} "{{name}}" can run {{replicas}} replicas that nothing spreads across nodes, behind a Local Service. Service "{{service}}" has externalTrafficPolicy: Local, so each node sends its traffic only to its own pods, and up to {{replicas}} pods ({{source}}) may share a node and split that node\'s share of traffic. Add a topologySpreadConstraint or podAntiAffinity on kubernetes.io/hostname selecting the pod\'s own labels.',
            selectorMismatch: 'The {{term}} of {{kind}} "{{name}}" does not select its own pods, so it spreads nothing. Its labelSelector on kubernetes.io/hostname misses the pod\'s own labels ({{labels}}), so it counts no pods; {{kind}} "{{name}}" can run {{replicas}} replicas ({{source}}) behind Service "{{service}}" with externalTrafficPolicy: Local, where pods sharing a node split one node\'s traffic. Make the labelSelector match the pod template\'s labels.',
            envoyProxyUnspread: 'EnvoyProxy "{{name}}" runs up to {{replicas}} Envoy pods with nothing spreading them across nodes, behind a Local Service. It sets {{source}}, and the {{type}} Service Envoy Gateway generates from it has externalTrafficPolicy: Local{{etpSource}}, so each node sends its traffic only to its own Envoy pods and the load balancer balances per node: pods that share a node split one node\'s share of the traffic. Add a topologySpreadConstraint or a podAntiAffinity term on kubernetes.io/hostname under envoyDeployment.pod, selecting the Envoy pods\' labels (app.kubernetes.io/name: envoy, app.kubernetes.io/component: proxy), or run Envoy as an envoyDaemonSet.',
            envoyProxySelectorMismatch: 'The {{term}} in EnvoyProxy "{{name}}" does not select the Envoy pods, so it spreads nothing. Its labelSelector on kubernetes.io/hostname misses the labels the Envoy pods carry: {{labels}} (and the owning Gateway\'s labels); up to {{replicas}} of them ({{source}}) run behind a {{type}} Service with externalTrafficPolicy: Local, where pods sharing a node split one node\'s traffic. Make the labelSelector match those labels.',
            // The same findings, reported on the Service or the autoscaler when only that side is linted.
            gatewayUnspread: '{{who}} runs up to {{replicas}} Envoy pods that nothing spreads across nodes, behind a Local Service. Its EnvoyProxy "{{name}}" sets {{source}}, and the {{type}} Service Envoy Gateway generates from it has externalTrafficPolicy: Local{{etpSource}}, so each node sends its traffic only to its own Envoy pods and pods that share a node split one node\'s share of the traffic. {{fix}}',
            serviceUnspread: 'Service "{{service}}" has externalTrafficPolicy: Local, but nothing spreads the {{replicas}} replicas it selects across nodes. They are the pods of {{kind}} "{{name}}" ({{source}}). With Local each node sends its traffic only to its own pods and the load balancer balances per node, so pods that share a node split that node\'s share. Add a topologySpreadConstraint or podAntiAffinity on kubernetes.io/hostname selecting the pods\' own labels to {{kind}} "{{name}}", or run it as a DaemonSet.',
            serviceSelectorMismatch: 'Service "{{service}}" has externalTrafficPolicy: Local, but the {{replicas}} replicas it selects are not spread across nodes. They are the pods of {{kind}} "{{name}}" ({{source}}), whose {{term}} on kubernetes.io/hostname does not select the pod\'s own labels ({{labels}}), so it counts no pods and spreads nothing; with Local each node sends its traffic only to its own pods, so pods sharing a node split one node\'s share. Make that labelSelector match the pod template\'s labels.',
            autoscaler: '{{scalerKind}} "{{scaler}}" scales up to {{replicas}} replicas that nothing spreads across nodes, behind a Local Service. They are the pods of {{kind}} "{{name}}", and Service "{{service}}" selects them with externalTrafficPolicy: Local, so each node sends its traffic only to its own pods, and pods that share a node split that node\'s share. {{fix}}',
        },
        defaultOptions: {},
    },
    *check(workload, { model }) {
        if (workload.kind === 'EnvoyProxy') {
            yield* checkEnvoyProxy(model, workload);
            return;
        }
        const services = model
            .servicesSelecting(workload)
            .filter((s) => isExternallyAccessible(s) && effectiveEtp(s) === 'Local')
            .sort((a, b) => (a.name < b.name ? -1 : 1));
        const service = services[0];
        if (!service)
            return;
        const tpl = podTemplate(workload);
        if (!tpl || usesHostNetworkOrPort(tpl))
            return;
        const replicas = model.replicas(workload);
        if (!replicas || replicas.max < 2)
            return;
        const terms = hostnameSpreadTerms(tpl);
        if (terms.some((t) => t.selectsSelf))
            return;
        const data = {
            service: service.name,
            kind: workload.kind,
            name: workload.name,
            replicas: replicas.max,
            source: describeReplicas(replicas),
        };
        const { mismatch, term, labels } = spreadFacts(tpl, terms);
        const demoted = mismatch
            ? `This ${term} on kubernetes.io/hostname does not select the pod's own labels (${labels}), so it spreads nothing`
            : `${workload.kind} "${workload.name}" can run ${replicas.max} replicas (${data.source}), and nothing here spreads them across nodes`;
        const related = services.map((s) => ({
            object: s,
            path: ['spec', 'externalTrafficPolicy'],
            message: `${serviceType(s)} Service "${s.name}" selects these pods with externalTrafficPolicy: Local`,
            asPrimary: { messageId: mismatch ? 'serviceSelectorMismatch' : 'serviceUnspread', data: { ...data, service: s.name, term, labels }, demoted },
        }));
        if (replicas.autoscaler) {
            const fix = mismatch
                ? `Make the labelSelector of the ${term} on kubernetes.io/hostname in ${workload.kind} "${workload.name}" select the pod template's labels (${labels}).`
                : `Add a topologySpreadConstraint or podAntiAffinity on kubernetes.io/hostname selecting the pods' own labels to ${workload.kind} "${workload.name}".`;
            related.push({ ...autoscalerRelated(replicas.autoscaler), asPrimary: { messageId: 'autoscaler', data: { ...data, scalerKind: replicas.autoscaler.kind, scaler: replicas.autoscaler.name, fix }, demoted } });
        }
        else if (replicas.source === 'replicas' && workload.original !== undefined) {
            // A built object's count may be written elsewhere (a kustomize overlay's replicas: entry or patch).
            related.push({ object: workload, path: ['spec', 'replicas'], message: `${workload.kind} "${workload.name}" runs ${replicas.max} replicas` });
        }
        yield spreadReport(['unspread', 'selectorMismatch'], tpl, terms, data, related);
    },
});
function describeReplicas(r) {
    if (r.source === 'autoscaler' && r.autoscaler) {
        return r.autoscaler.kind === 'ScaledObject'
            ? `ScaledObject "${r.autoscaler.name}" maxReplicaCount ${r.max}`
            : `HorizontalPodAutoscaler "${r.autoscaler.name}" maxReplicas ${r.max}`;
    }
    return `spec.replicas: ${r.max}`;
}
function autoscalerRelated(scaler) {
    const field = scaler.kind === 'ScaledObject' ? 'maxReplicaCount' : 'maxReplicas';
    return { object: scaler, path: ['spec', field], message: `${scaler.kind} "${scaler.name}" scales the workload up to this many replicas` };
}
// --- Envoy Gateway: the Envoy Deployment and Service are generated from an EnvoyProxy -----------
/**
 * An EnvoyProxy whose generated Service is Local (envoyService.externalTrafficPolicy, default Local
 * for LoadBalancer; a NodePort Service only when written, see client-ip-lost-cluster-policy.md)
 * and whose Envoy Deployment can run 2+ pods (`envoyHpa.maxReplicas`, which then owns the replica
 * count, else `envoyDeployment.replicas`, default 1) with no hostname spreading in
 * `envoyDeployment.pod`. An `envoyDeployment.patch` that sets affinity or spreading counts as spreading.
 */
function* checkEnvoyProxy(model, proxy) {
    if (!proxy.apiVersion.startsWith(`${EG_GROUP}/`))
        return;
    const tpl = envoyPodTemplate(proxy);
    if (!tpl)
        return;
    const service = generatedEnvoyService(proxy);
    const type = serviceType(service);
    const es = asRecord(dig(proxy.raw, ...ENVOY_SERVICE_PATH)) ?? {};
    const written = es['externalTrafficPolicy'];
    const patched = dig(es, 'patch', 'value', 'spec', 'externalTrafficPolicy');
    const etp = typeof patched === 'string' ? patched : typeof written === 'string' ? written : type === 'LoadBalancer' ? 'Local' : undefined;
    if ((type !== 'LoadBalancer' && type !== 'NodePort') || etp !== 'Local')
        return;
    const kube = asRecord(dig(proxy.raw, ...ENVOY_KUBERNETES_PATH)) ?? {};
    const hpaMax = dig(kube, 'envoyHpa', 'maxReplicas');
    const replicas = dig(kube, 'envoyDeployment', 'replicas');
    const count = kube['envoyHpa'] !== undefined && kube['envoyHpa'] !== null ? hpaMax : (replicas ?? 1);
    if (typeof count !== 'number' || count < 2)
        return;
    const patch = JSON.stringify(dig(kube, 'envoyDeployment', 'patch', 'value') ?? {});
    if (/"(affinity|topologySpreadConstraints)"/.test(patch))
        return;
    const terms = hostnameSpreadTerms(tpl);
    if (terms.some((t) => t.selectsSelf))
        return;
    const related = [];
    const countPath = typeof hpaMax === 'number' ? [...ENVOY_KUBERNETES_PATH, 'envoyHpa', 'maxReplicas'] : [...ENVOY_KUBERNETES_PATH, 'envoyDeployment', 'replicas'];
    if (typeof hpaMax === 'number' || typeof replicas === 'number') {
        related.push({ object: proxy, path: countPath, message: `EnvoyProxy "${proxy.name}" lets Envoy Gateway run up to ${count} Envoy pods` });
    }
    const data = {
        name: proxy.name,
        replicas: count,
        source: typeof hpaMax === 'number' ? `envoyHpa.maxReplicas: ${count}` : `envoyDeployment.replicas: ${count}`,
        type,
        etpSource: typeof written === 'string' || typeof patched === 'string' ? '' : ' (Envoy Gateway\'s default)',
    };
    // The same finding told from a Gateway or GatewayClass that attaches the EnvoyProxy.
    const { mismatch, term, labels } = spreadFacts(tpl, terms);
    const fix = mismatch
        ? `Make the labelSelector of the ${term} on kubernetes.io/hostname in EnvoyProxy "${proxy.name}" match the Envoy pods' labels (${labels}).`
        : `Add a topologySpreadConstraint or a podAntiAffinity term on kubernetes.io/hostname under envoyDeployment.pod of EnvoyProxy "${proxy.name}", selecting the Envoy pods' labels (app.kubernetes.io/name: envoy, app.kubernetes.io/component: proxy), or run Envoy as an envoyDaemonSet.`;
    const demoted = `EnvoyProxy "${proxy.name}" allows up to ${count} Envoy pods (${data.source}) and spreads none of them here`;
    related.unshift(...gatewaysUsing(model, proxy).map((b) => ({ ...b.ref, asPrimary: { messageId: 'gatewayUnspread', data: { ...data, who: gatewayWho(b.ref.object, b.gateway), fix }, demoted } })));
    yield spreadReport(['envoyProxyUnspread', 'envoyProxySelectorMismatch'], tpl, terms, data, related);
}
/**
 * The finding for unspread pods: on the first spreading term whose selector misses the pod's own
 * labels (`mismatch`), else on the pod spec (`unspread`).
 */
function spreadReport([unspread, selectorMismatch], tpl, terms, data, related) {
    const { mismatch, term, labels } = spreadFacts(tpl, terms);
    if (!mismatch)
        return { messageId: unspread, path: tpl.specPath, data, related };
    return { messageId: selectorMismatch, path: mismatch.selectorPath, data: { ...data, term, labels }, related };
}
/** The spreading term that misses the pod's labels (none when no term exists), as messages name it. */
function spreadFacts(tpl, terms) {
    const mismatch = terms[0];
    return {
        mismatch,
        term: mismatch?.kind === 'podAntiAffinity' ? 'podAntiAffinity term' : 'topologySpreadConstraint',
        labels: Object.entries(tpl.labels).map(([k, v]) => `${k}=${v}`).join(', ') || 'none',
    };
}
