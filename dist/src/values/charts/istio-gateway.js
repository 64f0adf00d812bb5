/**
 * Istio's gateway chart (istio/istio `manifests/charts/gateway`, tag 1.30.3 56df41f6; chart name
 * `gateway` in Istio's chart repository; charts/FACTS.md §4). Its defaults sit under
 * `_internal_defaults_do_not_set` and users set the same keys at the top level
 * (templates/zzz_profile.yaml merges them). Built: the Service (templates/service.yaml), the
 * Deployment or DaemonSet (templates/deployment.yaml: labels, replicas, pod annotations such as
 * `proxy.istio.io/config`, the injected `istio-proxy` container, affinity, topology spread) and
 * the HorizontalPodAutoscaler (templates/hpa.yaml, on by default). Other 1.x versions are read
 * with 1.30.3's defaults, with a note.
 */
import { ObjectBuilder } from '../document.js';
import { goText } from '../gotext.js';
import { resolveAgainst, stringMap, unquoted } from './model.js';
const KNOWN = [{ major: 1, minor: 30, patch: 3 }];
export const istioGateway = {
    name: 'istio-gateway',
    chartName: 'gateway',
    matches: (chart, repository) => chart === 'istio-gateway' || (chart === 'gateway' && /istio/i.test(repository)),
    resolve: (requested) => {
        const r = resolveAgainst(requested, KNOWN, (ver) => ver.major === 1 && ver.minor >= 12, 'istio gateway');
        if (r && !r.note && (r.version.minor !== 30 || r.version.patch !== 3)) {
            return { version: r.version, note: `Chart istio gateway ${r.version.major}.${r.version.minor}.${r.version.patch} is read with the defaults of 1.30.3, the version srcip-lint models.` };
        }
        return r;
    },
    defaults: () => ({
        // values.yaml:3-140 (_internal_defaults_do_not_set)
        name: '',
        revision: '',
        kind: 'Deployment',
        podAnnotations: {
            'prometheus.io/port': '15020',
            'prometheus.io/scrape': 'true',
            'prometheus.io/path': '/stats/prometheus',
            'inject.istio.io/templates': 'gateway',
            'sidecar.istio.io/inject': 'true',
        },
        service: {
            type: 'LoadBalancer',
            clusterIP: '',
            selectorLabels: {},
            ports: [
                { name: 'status-port', port: 15021, protocol: 'TCP', targetPort: 15021 },
                { name: 'http2', port: 80, protocol: 'TCP', targetPort: 80 },
                { name: 'https', port: 443, protocol: 'TCP', targetPort: 443 },
            ],
            annotations: {},
            loadBalancerIP: '',
            loadBalancerSourceRanges: [],
            externalTrafficPolicy: '',
            externalIPs: [],
            ipFamilyPolicy: '',
            ipFamilies: [],
        },
        autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 5 },
        env: {},
        strategy: {},
        labels: { 'istio.io/dataplane-mode': 'none' },
        annotations: {},
        topologySpreadConstraints: [],
        affinity: {},
        networkGateway: '',
    }),
    build,
};
function build(ctx) {
    const values = ctx.values;
    const name = values.str('name') || ctx.release.name || 'istio-ingressgateway';
    const ns = ctx.release.namespace;
    const userLabels = values.map('labels');
    const selector = {
        app: userLabels['app'] !== undefined ? goText(userLabels['app'], 'file') : name,
        istio: userLabels['istio'] !== undefined ? goText(userLabels['istio'], 'file') : name.startsWith('istio-') ? name.slice('istio-'.length) : name,
    };
    const extra = Object.fromEntries(Object.entries(stringMap(userLabels)).filter(([k]) => k !== 'app' && k !== 'istio'));
    const ver = ctx.version;
    const istioLabels = {
        'app.kubernetes.io/managed-by': 'Helm',
        'app.kubernetes.io/instance': ctx.release.name,
        'app.kubernetes.io/part-of': 'istio',
        'app.kubernetes.io/version': `${ver.major}.${ver.minor}.${ver.patch}`,
        'helm.sh/chart': `${ctx.chartName}-${ver.major}.${ver.minor}.${ver.patch}`,
    };
    const labels = { 'app.kubernetes.io/name': name, ...istioLabels, ...selector, ...extra };
    const out = [];
    const v = (path, subtree = false) => ({ values: path.split('.'), subtree });
    const type = values.str('service.type');
    if (type !== 'None') {
        const b = new ObjectBuilder('v1', 'Service', name, ns);
        b.set(['metadata', 'labels'], labels, v('labels', true));
        // `merge (deepCopy service.annotations) annotations`: service.annotations win; toYaml keeps the types.
        const annotations = { ...values.map('annotations'), ...values.map('service.annotations') };
        b.set(['metadata', 'annotations'], Object.keys(annotations).length > 0 ? annotations : undefined, v('service.annotations', true));
        for (const k of Object.keys(annotations))
            b.from(['metadata', 'annotations', k], { values: [Object.prototype.hasOwnProperty.call(values.map('service.annotations'), k) ? 'service' : '', 'annotations', k].filter(Boolean) });
        const svc = values.map('service');
        const quoted = (key) => {
            b.set(['spec', key], values.truthy(['service', key]) ? values.text(['service', key]) : undefined, v(`service.${key}`));
        };
        quoted('loadBalancerIP');
        if (type === 'LoadBalancer') {
            for (const key of ['allocateLoadBalancerNodePorts', 'loadBalancerClass']) {
                if (Object.prototype.hasOwnProperty.call(svc, key))
                    b.set(['spec', key], unquoted(values.text(['service', key])), v(`service.${key}`));
            }
        }
        b.set(['spec', 'ipFamilyPolicy'], values.truthy('service.ipFamilyPolicy') ? unquoted(values.text('service.ipFamilyPolicy')) : undefined, v('service.ipFamilyPolicy'));
        b.set(['spec', 'ipFamilies'], values.truthy('service.ipFamilies') ? values.list('service.ipFamilies').map((x) => unquoted(goText(x, 'file'))) : undefined, v('service.ipFamilies'));
        b.set(['spec', 'loadBalancerSourceRanges'], values.truthy('service.loadBalancerSourceRanges') ? values.get('service.loadBalancerSourceRanges') : undefined, v('service.loadBalancerSourceRanges', true));
        quoted('externalTrafficPolicy');
        quoted('internalTrafficPolicy');
        b.set(['spec', 'type'], unquoted(type), v('service.type'));
        if (values.str('service.clusterIP') !== '')
            b.set(['spec', 'clusterIP'], unquoted(values.text('service.clusterIP')), v('service.clusterIP'));
        if (!values.truthy('networkGateway'))
            b.set(['spec', 'ports'], values.get('service.ports'), v('service.ports', true));
        b.set(['spec', 'externalIPs'], values.truthy('service.externalIPs') ? values.list('service.externalIPs').map((x) => unquoted(goText(x, 'file'))) : undefined, v('service.externalIPs'));
        b.set(['spec', 'selector'], { ...selector, ...stringMap(values.map('service.selectorLabels')) }, v('service.selectorLabels', true));
        out.push(b);
    }
    const kind = values.str('kind') || 'Deployment';
    const w = new ObjectBuilder('apps/v1', kind, name, ns);
    w.set(['metadata', 'labels'], labels, v('labels', true));
    if (values.truthy('annotations'))
        w.set(['metadata', 'annotations'], values.get('annotations'), v('annotations', true));
    const autoscaled = values.truthy('autoscaling.enabled');
    const replicas = values.get('replicaCount');
    w.set(['spec', 'replicas'], !autoscaled && replicas !== undefined && replicas !== null ? unquoted(values.text('replicaCount')) : undefined, v('replicaCount'));
    if (values.truthy('strategy'))
        w.set(['spec', 'strategy'], values.get('strategy'), v('strategy', true));
    w.set(['spec', 'selector', 'matchLabels'], selector);
    const tpl = ['spec', 'template'];
    if (values.truthy('podAnnotations'))
        w.set([...tpl, 'metadata', 'annotations'], values.get('podAnnotations'), v('podAnnotations', true));
    else
        w.from([...tpl, 'metadata', 'annotations'], v('podAnnotations', true));
    const inject = { 'sidecar.istio.io/inject': 'true' };
    if (values.truthy('revision'))
        inject['istio.io/rev'] = values.text('revision');
    w.set([...tpl, 'metadata', 'labels'], { ...inject, ...selector, 'app.kubernetes.io/name': name, ...istioLabels, ...extra }, v('labels', true));
    const spec = [...tpl, 'spec'];
    w.from(spec, v('affinity'));
    const env = Object.keys(values.map('env'))
        .sort()
        .map((k) => ({ name: k, value: goText(values.get(['env', k]), values.typing(['env', k])) }));
    w.set([...spec, 'containers', 0], { name: 'istio-proxy', image: 'auto', ports: [{ containerPort: 15090, protocol: 'TCP', name: 'http-envoy-prom' }] });
    if (env.length > 0)
        w.set([...spec, 'containers', 0, 'env'], env, v('env', true));
    for (const [key, path] of [
        ['affinity', 'affinity'],
        ['topologySpreadConstraints', 'topologySpreadConstraints'],
    ]) {
        const val = values.get(path);
        w.set([...spec, key], values.truthy(path) ? val : undefined, v(path, true));
    }
    out.push(w);
    if (autoscaled && kind === 'Deployment') {
        const h = new ObjectBuilder('autoscaling/v2', 'HorizontalPodAutoscaler', name, ns);
        h.set(['metadata', 'labels'], labels);
        h.set(['spec', 'scaleTargetRef'], { apiVersion: 'apps/v1', kind, name });
        h.set(['spec', 'minReplicas'], unquoted(values.text('autoscaling.minReplicas')), v('autoscaling.minReplicas'));
        h.set(['spec', 'maxReplicas'], unquoted(values.text('autoscaling.maxReplicas')), v('autoscaling.maxReplicas'));
        out.push(h);
    }
    return out;
}
