/**
 * The ingress-nginx chart, major 4 (kubernetes/ingress-nginx `charts/ingress-nginx`, modelled on
 * 4.15.1 at dbb11b92ddb7; 4.13.9 and 4.14.5 render the same for every key here; older 4.x
 * differences below). charts/FACTS.md §1 lists each values key → rendered field with its
 * template line. What is built: the controller Services (external and internal), its ConfigMap,
 * the tcp/udp services ConfigMaps, the Deployment or DaemonSet (labels, replicas, container
 * image, args, env, ports with hostPort, hostNetwork, affinity, topology spread, extra
 * containers) and its HorizontalPodAutoscaler or KEDA ScaledObject.
 *
 * Version deltas: ≤ 4.11 always renders `allow-snippet-annotations: "<bool>"` (4.12.0 renders it
 * only when true); `enableAnnotationValidations` defaults to true from 4.12.0; `controller.kind:
 * Both` renders both workloads up to 4.8.2. The controller image (appVersion) is v1.<minor> from
 * chart 4.10, v1.9 for 4.8–4.9 and v1.<minor+1> before (chart changelogs).
 */
import { atLeast } from '../../k8s/version.js';
import { ObjectBuilder } from '../document.js';
import { goText } from '../gotext.js';
import { scalar } from '../layers.js';
import { dnsName, fullname, resolveAgainst, stringMap, tplTree, UnknownValue, unquoted } from './model.js';
const KNOWN = [{ major: 4, minor: 15, patch: 1 }];
const v = (path, subtree = false) => ({ values: path.split('.'), subtree });
export const ingressNginx = {
    name: 'ingress-nginx',
    matches: (chart) => chart === 'ingress-nginx',
    resolve: (requested) => resolveAgainst(requested, KNOWN, (ver) => ver.major === 4, 'ingress-nginx'),
    defaults,
    build,
};
function atLeastChart(ver, minor, patch = 0) {
    return ver.minor > minor || (ver.minor === minor && ver.patch >= patch);
}
/** The controller version a 4.x chart ships (Chart.yaml appVersion). */
function appVersion(ver) {
    if (ver.minor === 15 && ver.patch === 1)
        return '1.15.1';
    if (ver.minor >= 10)
        return `1.${ver.minor}.${ver.patch}`;
    if (ver.minor >= 8)
        return '1.9.0';
    return `1.${ver.minor + 1}.0`;
}
/** The spec fields `controller.service` and `controller.service.internal` share (values.yaml:508-551, 598-636). */
const SERVICE_SPEC_DEFAULTS = {
    clusterIP: '',
    clusterIPs: [],
    externalIPs: [],
    loadBalancerIP: '',
    loadBalancerSourceRanges: [],
    loadBalancerClass: '',
    externalTrafficPolicy: '',
    sessionAffinity: '',
    trafficDistribution: '',
    ipFamilyPolicy: 'SingleStack',
    ipFamilies: ['IPv4'],
};
/** values.yaml (4.15.1 line numbers) as far as the model reads it. */
function defaults(ver) {
    const app = appVersion(ver);
    const exact = ver.minor === 15 && ver.patch === 1;
    return {
        global: { image: { registry: 'registry.k8s.io' } }, // 5-7
        namespaceOverride: '', // 15
        commonLabels: {}, // 18
        controller: {
            name: 'controller', // 23
            enableAnnotationValidations: atLeastChart(ver, 12), // 24
            image: {
                chroot: false,
                image: 'ingress-nginx/controller',
                tag: `v${app}`,
                ...(exact
                    ? {
                        digest: 'sha256:594ceea76b01c592858f803f9ff4d2cb40542cae2060410b2c95f75907d659e1',
                        digestChroot: 'sha256:af31d00c9d82c612896b380a9003bd36843b7647b98e4588251c66325317bc72',
                    }
                    : {}),
                pullPolicy: 'IfNotPresent',
            }, // 25-47
            containerName: 'controller', // 49
            containerPort: { http: 80, https: 443 }, // 51-53
            config: {}, // 56
            configAnnotations: {}, // 58
            proxySetHeaders: {}, // 60
            addHeaders: {}, // 62
            dnsPolicy: 'ClusterFirst', // 80
            reportNodeInternalIp: false, // 85
            watchIngressWithoutClass: false, // 89
            ingressClassByName: false, // 91
            enableTopologyAwareRouting: false, // 94
            disableLeaderElection: false, // 96
            electionTTL: '', // 98
            allowSnippetAnnotations: false, // 103
            hostNetwork: false, // 107
            hostPort: { enabled: false, ports: { http: 80, https: 443 } }, // 110-117
            electionID: '', // 123
            ingressClassResource: { controllerValue: 'k8s.io/ingress-nginx' }, // 127-139
            ingressClass: 'nginx', // 159
            podLabels: {}, // 161
            publishService: { enabled: true, pathOverride: '' }, // 177-182
            scope: { enabled: false, namespace: '', namespaceSelector: '' }, // 184-191
            configMapNamespace: '', // 193
            tcp: { configMapNamespace: '', annotations: {} }, // 194-198
            udp: { configMapNamespace: '', annotations: {} }, // 199-203
            maxmindLicenseKey: '', // 206
            extraArgs: {}, // 209
            extraEnvs: [], // 217
            kind: 'Deployment', // 226
            annotations: {}, // 229
            labels: {}, // 234
            updateStrategy: {}, // 240
            minReadySeconds: 0, // 250
            tolerations: [], // 254
            affinity: {}, // 263
            topologySpreadConstraints: [], // 307
            terminationGracePeriodSeconds: 300, // 332
            nodeSelector: { 'kubernetes.io/os': 'linux' }, // 336-337
            healthCheckPath: '/healthz', // 376
            healthCheckHost: '', // 380
            podAnnotations: {}, // 383
            replicaCount: 1, // 384
            autoscaling: { enabled: false, minReplicas: 1, maxReplicas: 11 }, // 412-416
            keda: { apiVersion: 'keda.sh/v1alpha1', enabled: false, minReplicas: 1, maxReplicas: 11 }, // 444-451
            enableMimalloc: true, // 487
            service: {
                enabled: true,
                external: { enabled: true, labels: {} },
                annotations: {},
                labels: {},
                type: 'LoadBalancer',
                ...SERVICE_SPEC_DEFAULTS,
                enableHttp: true,
                enableHttps: true,
                ports: { http: 80, https: 443 },
                targetPorts: { http: 'http', https: 'https' },
                appProtocol: true,
                nodePorts: { http: '', https: '', tcp: {}, udp: {} },
                internal: {
                    enabled: false,
                    labels: {},
                    annotations: {},
                    type: '',
                    ...SERVICE_SPEC_DEFAULTS,
                    ports: {},
                    targetPorts: {},
                    appProtocol: true,
                    nodePorts: { http: '', https: '', tcp: {}, udp: {} },
                },
            }, // 492-676
            extraContainers: [], // 680
            admissionWebhooks: {
                name: 'admission',
                enabled: true,
                port: 8443,
                certificate: '/usr/local/certificates/cert',
                key: '/usr/local/certificates/key',
            }, // 753-765
            metrics: { port: 10254, portName: 'metrics', enabled: false }, // 907-913
        },
        revisionHistoryLimit: 10, // 1022
        defaultBackend: { enabled: false, name: 'defaultbackend' }, // 1025-1028
        serviceAccount: { create: true, name: '', automountServiceAccountToken: true }, // 1246-1249
        tcp: {}, // 1260
        udp: {}, // 1266
        portNamePrefix: '', // 1271
        dhParam: '', // 1275
    };
}
function names(ctx) {
    const values = ctx.values;
    const name = dnsName(values.str('nameOverride') || ctx.chartName);
    const full = fullname(values, ctx.chartName, ctx.release.name);
    const controller = dnsName(`${full}-${values.str('controller.name')}`);
    const namespace = dnsName(values.str('namespaceOverride') || ctx.release.namespace);
    const ver = ctx.version;
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': ctx.release.name };
    const labels = {
        'helm.sh/chart': dnsName(`${ctx.chartName}-${ver.major}.${ver.minor}.${ver.patch}`),
        ...selector,
        'app.kubernetes.io/version': appVersion(ver),
        'app.kubernetes.io/part-of': name,
        'app.kubernetes.io/managed-by': 'Helm',
        ...stringMap(values.map('commonLabels')),
    };
    const helpers = {
        'ingress-nginx.name': name,
        'ingress-nginx.fullname': full,
        'ingress-nginx.controller.fullname': controller,
        'ingress-nginx.namespace': namespace,
    };
    return { name, fullname: full, controller, namespace, labels, selector, helpers };
}
function build(ctx) {
    const values = ctx.values;
    const n = names(ctx);
    const out = [];
    const tpl = (text, where) => {
        const r = ctx.tpl(text, n.helpers);
        if (r === undefined)
            throw new UnknownValue(`${where} holds template code srcip-lint does not evaluate`);
        return r;
    };
    const component = { 'app.kubernetes.io/component': 'controller' };
    // ConfigMap <controller>: templates/controller-configmap.yaml
    const cm = new ObjectBuilder('v1', 'ConfigMap', n.controller, n.namespace);
    cm.set(['metadata', 'labels'], { ...n.labels, ...component, ...stringMap(values.map('controller.labels')) }, 'chart');
    if (values.truthy('controller.configAnnotations'))
        cm.set(['metadata', 'annotations'], values.get('controller.configAnnotations'), v('controller.configAnnotations', true));
    const data = {};
    cm.from(['data'], v('controller.config', true));
    if (!atLeastChart(ctx.version, 12)) {
        data['allow-snippet-annotations'] = values.text('controller.allowSnippetAnnotations') || 'false';
        cm.from(['data', 'allow-snippet-annotations'], v('controller.allowSnippetAnnotations'));
    }
    else if (values.truthy('controller.allowSnippetAnnotations')) {
        data['allow-snippet-annotations'] = 'true';
        cm.from(['data', 'allow-snippet-annotations'], v('controller.allowSnippetAnnotations'));
    }
    if (values.truthy('controller.addHeaders')) {
        data['add-headers'] = `${n.namespace}/${n.fullname}-custom-add-headers`;
        cm.from(['data', 'add-headers'], v('controller.addHeaders'));
    }
    if (values.truthy('controller.proxySetHeaders')) {
        data['proxy-set-headers'] = `${n.namespace}/${n.fullname}-custom-proxy-headers`;
        cm.from(['data', 'proxy-set-headers'], v('controller.proxySetHeaders'));
    }
    if (values.truthy('dhParam')) {
        data['ssl-dh-param'] = `${n.namespace}/${n.controller}`;
        cm.from(['data', 'ssl-dh-param'], v('dhParam'));
    }
    for (const key of Object.keys(values.map('controller.config')).sort()) {
        const path = ['controller', 'config', key];
        data[key] = tpl(goText(values.get(path), values.typing(path)), `controller.config.${key}`);
        cm.from(['data', key], { values: path });
    }
    // An empty `data:` renders as null.
    cm.set(['data'], Object.keys(data).length > 0 ? data : undefined, v('controller.config', true));
    out.push(cm);
    // tcp/udp services ConfigMaps: templates/controller-configmap-tcp.yaml, -udp.yaml
    for (const proto of ['tcp', 'udp']) {
        if (!values.truthy(proto))
            continue;
        const b = new ObjectBuilder('v1', 'ConfigMap', `${n.fullname}-${proto}`, n.namespace);
        b.set(['metadata', 'labels'], { ...n.labels, ...component, ...stringMap(values.map('controller.labels')) });
        const entries = {};
        for (const [k, val] of Object.entries(values.map(proto)))
            entries[k] = tpl(goText(val, values.typing([proto, k])), `${proto}.${k}`);
        b.set(['data'], entries, v(proto, true));
        out.push(b);
    }
    // Services: templates/controller-service.yaml, controller-service-internal.yaml
    if (values.truthy('controller.service.enabled') && values.truthy('controller.service.external.enabled')) {
        out.push(service(ctx, n, 'external', tpl));
    }
    if (values.truthy('controller.service.enabled') &&
        values.truthy('controller.service.internal.enabled') &&
        values.truthy('controller.service.internal.annotations')) {
        out.push(service(ctx, n, 'internal', tpl));
    }
    // Workload: templates/controller-deployment.yaml, controller-daemonset.yaml
    const kind = values.get('controller.kind');
    const kinds = kind === 'Both' && !atLeastChart(ctx.version, 8, 3) ? ['Deployment', 'DaemonSet'] : kind === 'Deployment' || kind === 'DaemonSet' ? [kind] : [];
    for (const k of kinds)
        out.push(workload(ctx, n, k, tpl));
    // Autoscaling: templates/controller-hpa.yaml, controller-keda.yaml
    const hpa = values.truthy('controller.autoscaling.enabled');
    const keda = values.truthy('controller.keda.enabled');
    if (kinds.includes('Deployment') && hpa && !keda) {
        const b = new ObjectBuilder(atLeast(ctx.kube, 23) ? 'autoscaling/v2' : 'autoscaling/v2beta2', 'HorizontalPodAutoscaler', n.controller, n.namespace);
        b.set(['metadata', 'labels'], { ...n.labels, ...component });
        b.set(['spec', 'scaleTargetRef'], { apiVersion: 'apps/v1', kind: 'Deployment', name: n.controller });
        b.set(['spec', 'minReplicas'], values.get('controller.autoscaling.minReplicas'), v('controller.autoscaling.minReplicas'));
        b.set(['spec', 'maxReplicas'], values.get('controller.autoscaling.maxReplicas'), v('controller.autoscaling.maxReplicas'));
        out.push(b);
    }
    if (kinds.includes('Deployment') && keda && !hpa) {
        const apiVersion = values.str('controller.keda.apiVersion');
        const b = new ObjectBuilder(apiVersion, 'ScaledObject', n.controller, n.namespace);
        b.set(['metadata', 'labels'], { ...n.labels, ...component });
        b.set(['spec', 'scaleTargetRef'], apiVersion === 'keda.k8s.io/v1alpha1' ? { deploymentName: n.controller } : { name: n.controller });
        b.set(['spec', 'minReplicaCount'], values.get('controller.keda.minReplicas'), v('controller.keda.minReplicas'));
        b.set(['spec', 'maxReplicaCount'], values.get('controller.keda.maxReplicas'), v('controller.keda.maxReplicas'));
        out.push(b);
    }
    return out;
}
function service(ctx, n, which, tpl) {
    const values = ctx.values;
    const ext = 'controller.service';
    const own = which === 'external' ? ext : `${ext}.internal`;
    const b = new ObjectBuilder('v1', 'Service', which === 'external' ? n.controller : `${n.controller}-internal`, n.namespace);
    const annotations = {};
    for (const [k, val] of Object.entries(values.map(`${own}.annotations`))) {
        annotations[k] = tpl(goText(val, values.typing([...own.split('.'), 'annotations', k])), `${own}.annotations.${k}`);
    }
    b.set(['metadata', 'annotations'], Object.keys(annotations).length > 0 ? annotations : undefined, v(`${own}.annotations`, true));
    b.set(['metadata', 'labels'], {
        ...n.labels,
        'app.kubernetes.io/component': 'controller',
        ...stringMap(values.map(`${ext}.labels`)),
        ...stringMap(values.map(which === 'external' ? `${ext}.external.labels` : `${ext}.internal.labels`)),
    }, 'chart');
    const typeKey = which === 'internal' && values.truthy(`${own}.type`) ? `${own}.type` : `${ext}.type`;
    const type = unquoted(values.text(typeKey));
    b.set(['spec', 'type'], type === '' ? undefined : type, v(typeKey));
    const simple = (field, gate = values.truthy(`${own}.${field}`), list = false) => {
        const value = values.get(`${own}.${field}`);
        b.set(['spec', field], gate ? (list ? value : unquoted(values.text(`${own}.${field}`))) : undefined, v(`${own}.${field}`, list));
    };
    simple('clusterIP');
    simple('clusterIPs', undefined, true);
    simple('externalIPs', undefined, true);
    simple('loadBalancerIP');
    simple('loadBalancerSourceRanges', undefined, true);
    simple('loadBalancerClass');
    simple('allocateLoadBalancerNodePorts', values.map(own)['allocateLoadBalancerNodePorts'] !== undefined);
    simple('externalTrafficPolicy');
    simple('sessionAffinity');
    simple('healthCheckNodePort');
    if (atLeast(ctx.kube, 31))
        simple('trafficDistribution');
    if (atLeast(ctx.kube, 21)) {
        simple('ipFamilyPolicy');
        simple('ipFamilies', undefined, true);
    }
    const serviceType = values.str(`${ext}.type`);
    const setNodePorts = serviceType === 'NodePort' || serviceType === 'LoadBalancer';
    const ports = [];
    const portSources = [];
    const appProtocol = atLeast(ctx.kube, 20) && values.truthy(`${own}.appProtocol`);
    for (const name of ['http', 'https']) {
        if (!values.truthy(`${ext}.enable${name === 'http' ? 'Http' : 'Https'}`))
            continue;
        const portKey = which === 'internal' && values.truthy(`${own}.ports.${name}`) ? `${own}.ports.${name}` : `${ext}.ports.${name}`;
        const targetKey = which === 'internal' && values.truthy(`${own}.targetPorts.${name}`) ? `${own}.targetPorts.${name}` : `${ext}.targetPorts.${name}`;
        const port = { name, port: unquoted(values.text(portKey)), protocol: 'TCP', targetPort: unquoted(values.text(targetKey)) };
        if (appProtocol)
            port['appProtocol'] = name;
        if (setNodePorts && values.truthy(`${own}.nodePorts.${name}`))
            port['nodePort'] = unquoted(values.text(`${own}.nodePorts.${name}`));
        ports.push(port);
        portSources.push(v(portKey));
    }
    const prefix = values.str('portNamePrefix');
    for (const proto of ['tcp', 'udp']) {
        for (const key of Object.keys(values.map(proto)).sort()) {
            const pname = `${prefix ? `${prefix}-` : ''}${key}-${proto}`;
            const port = { name: pname, port: unquoted(key), protocol: proto.toUpperCase(), targetPort: pname };
            const np = values.map(`${own}.nodePorts.${proto}`)[key];
            if (np !== undefined && np !== null && np !== '' && np !== 0)
                port['nodePort'] = unquoted(goText(np, values.typing([...own.split('.'), 'nodePorts', proto, key])));
            ports.push(port);
            portSources.push({ values: [proto, key] });
        }
    }
    b.set(['spec', 'ports'], ports, v(`${ext}.ports`));
    portSources.forEach((s, i) => b.from(['spec', 'ports', i], s));
    b.set(['spec', 'selector'], { ...n.selector, 'app.kubernetes.io/component': 'controller' });
    return b;
}
function workload(ctx, n, kind, tpl) {
    const values = ctx.values;
    const b = new ObjectBuilder('apps/v1', kind, n.controller, n.namespace);
    const component = { 'app.kubernetes.io/component': 'controller' };
    b.set(['metadata', 'labels'], { ...n.labels, ...component, ...stringMap(values.map('controller.labels')) });
    if (values.truthy('controller.annotations'))
        b.set(['metadata', 'annotations'], values.get('controller.annotations'), v('controller.annotations', true));
    b.set(['spec', 'selector', 'matchLabels'], { ...n.selector, ...component });
    if (kind === 'Deployment') {
        const scaled = values.truthy('controller.autoscaling.enabled') !== values.truthy('controller.keda.enabled');
        const replicas = values.text('controller.replicaCount');
        b.set(['spec', 'replicas'], scaled ? undefined : unquoted(replicas), v('controller.replicaCount'));
    }
    if (values.truthy('controller.updateStrategy')) {
        b.set(['spec', kind === 'Deployment' ? 'strategy' : 'updateStrategy'], values.get('controller.updateStrategy'), v('controller.updateStrategy', true));
    }
    const tpl0 = ['spec', 'template'];
    const podLabels = { ...n.labels, ...component, ...stringMap(values.map('controller.labels')), ...stringMap(values.map('controller.podLabels')) };
    b.set([...tpl0, 'metadata', 'labels'], podLabels, v('controller.podLabels', true));
    if (values.truthy('controller.podAnnotations')) {
        const ann = {};
        for (const [k, val] of Object.entries(values.map('controller.podAnnotations')))
            ann[k] = goText(val, values.typing(['controller', 'podAnnotations', k]));
        b.set([...tpl0, 'metadata', 'annotations'], ann, v('controller.podAnnotations', true));
    }
    const spec = [...tpl0, 'spec'];
    // Findings about the pod spec as a whole (no spreading) belong where spreading is written.
    b.from(spec, v('controller.affinity'));
    b.set([...spec, 'dnsPolicy'], unquoted(values.text('controller.dnsPolicy')), v('controller.dnsPolicy'));
    const c = [...spec, 'containers', 0];
    const image = imageOf(values);
    b.set([...c, 'name'], values.str('controller.containerName'), v('controller.containerName'));
    b.set([...c, 'image'], image, v('controller.image', true));
    b.set([...c, 'args'], [], v('controller.extraArgs', true));
    params(ctx, n).forEach((arg, i) => b.set([...c, 'args', i], arg.text, arg.source));
    const env = [
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    ];
    if (values.truthy('controller.enableMimalloc'))
        env.push({ name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so' });
    const extraEnvs = values.list('controller.extraEnvs');
    b.set([...c, 'env'], [...env, ...extraEnvs], v('controller.extraEnvs', true));
    extraEnvs.forEach((_, i) => b.from([...c, 'env', env.length + i], { values: ['controller', 'extraEnvs', i], subtree: true }));
    const ports = [];
    const portSources = [];
    const hostPort = values.truthy('controller.hostPort.enabled');
    for (const key of Object.keys(values.map('controller.containerPort')).sort()) {
        const port = { name: key, containerPort: unquoted(values.text(['controller', 'containerPort', key])), protocol: 'TCP' };
        if (hostPort) {
            const hp = values.get(['controller', 'hostPort', 'ports', key]);
            const chosen = hp === undefined || hp === null || hp === '' || hp === 0 ? ['controller', 'containerPort', key] : ['controller', 'hostPort', 'ports', key];
            port['hostPort'] = unquoted(values.text(chosen));
        }
        ports.push(port);
        portSources.push(hostPort ? v('controller.hostPort', true) : { values: ['controller', 'containerPort', key] });
    }
    if (values.truthy('controller.metrics.enabled')) {
        ports.push({ name: values.str('controller.metrics.portName'), containerPort: unquoted(values.text('controller.metrics.port')), protocol: 'TCP' });
        portSources.push(v('controller.metrics'));
    }
    if (values.truthy('controller.admissionWebhooks.enabled')) {
        ports.push({ name: 'webhook', containerPort: unquoted(values.text('controller.admissionWebhooks.port')), protocol: 'TCP' });
        portSources.push(v('controller.admissionWebhooks.port'));
    }
    const prefix = values.str('portNamePrefix');
    for (const proto of ['tcp', 'udp']) {
        for (const key of Object.keys(values.map(proto)).sort()) {
            const port = { name: `${prefix ? `${prefix}-` : ''}${key}-${proto}`, containerPort: unquoted(key), protocol: proto.toUpperCase() };
            if (hostPort)
                port['hostPort'] = unquoted(key);
            ports.push(port);
            portSources.push({ values: [proto, key] });
        }
    }
    b.set([...c, 'ports'], ports, v('controller.containerPort'));
    portSources.forEach((s, i) => b.from([...c, 'ports', i], s));
    const extra = values.list('controller.extraContainers');
    extra.forEach((x, i) => b.set([...spec, 'containers', i + 1], x, { values: ['controller', 'extraContainers', i], subtree: true }));
    b.set([...spec, 'hostNetwork'], values.truthy('controller.hostNetwork') ? unquoted(values.text('controller.hostNetwork')) : undefined, v('controller.hostNetwork'));
    const nodeSelector = values.get('controller.nodeSelector');
    b.set([...spec, 'nodeSelector'], values.truthy('controller.nodeSelector') ? nodeSelector : undefined, v('controller.nodeSelector', true));
    b.set([...spec, 'tolerations'], values.truthy('controller.tolerations') ? values.get('controller.tolerations') : undefined, v('controller.tolerations', true));
    const affinity = values.truthy('controller.affinity') ? tplTree(values.get('controller.affinity'), (s) => tpl(s, 'controller.affinity')) : undefined;
    b.set([...spec, 'affinity'], affinity, v('controller.affinity', true));
    const tsc = values.truthy('controller.topologySpreadConstraints')
        ? tplTree(values.get('controller.topologySpreadConstraints'), (s) => tpl(s, 'controller.topologySpreadConstraints'))
        : undefined;
    b.set([...spec, 'topologySpreadConstraints'], tsc, v('controller.topologySpreadConstraints', true));
    const sa = values.truthy('serviceAccount.create') ? values.str('serviceAccount.name') || n.fullname : values.str('serviceAccount.name') || 'default';
    b.set([...spec, 'serviceAccountName'], sa, v('serviceAccount.name'));
    b.set([...spec, 'terminationGracePeriodSeconds'], unquoted(values.text('controller.terminationGracePeriodSeconds')), v('controller.terminationGracePeriodSeconds'));
    return b;
}
/** `ingress-nginx.params` (templates/_params.tpl). */
function params(ctx, n) {
    const values = ctx.values;
    const out = [{ text: '/nginx-ingress-controller', source: 'chart' }];
    const add = (text, source) => {
        out.push({ text, source: v(source) });
    };
    if (!values.truthy('controller.enableAnnotationValidations'))
        add('--enable-annotation-validation=false', 'controller.enableAnnotationValidations');
    if (values.truthy('defaultBackend.enabled'))
        add(`--default-backend-service=$(POD_NAMESPACE)/${dnsName(`${n.fullname}-${values.str('defaultBackend.name')}`)}`, 'defaultBackend.enabled');
    if (values.truthy('controller.publishService.enabled') && values.truthy('controller.service.enabled')) {
        const path = values.str('controller.publishService.pathOverride') || `$(POD_NAMESPACE)/${n.controller}`;
        const trimmed = path.endsWith('-') ? path.slice(0, -1) : path;
        if (values.truthy('controller.service.external.enabled'))
            add(`--publish-service=${trimmed}`, 'controller.publishService');
        else if (values.truthy('controller.service.internal.enabled'))
            add(`--publish-service=${trimmed}-internal`, 'controller.publishService');
    }
    add(`--election-id=${values.str('controller.electionID') || `${n.fullname}-leader`}`, 'controller.electionID');
    add(`--controller-class=${values.text('controller.ingressClassResource.controllerValue')}`, 'controller.ingressClassResource.controllerValue');
    if (values.truthy('controller.ingressClass'))
        add(`--ingress-class=${values.text('controller.ingressClass')}`, 'controller.ingressClass');
    add(`--configmap=${values.str('controller.configMapNamespace') || '$(POD_NAMESPACE)'}/${n.controller}`, 'controller.configMapNamespace');
    if (values.truthy('tcp'))
        add(`--tcp-services-configmap=${values.str('controller.tcp.configMapNamespace') || '$(POD_NAMESPACE)'}/${n.fullname}-tcp`, 'tcp');
    if (values.truthy('udp'))
        add(`--udp-services-configmap=${values.str('controller.udp.configMapNamespace') || '$(POD_NAMESPACE)'}/${n.fullname}-udp`, 'udp');
    if (values.truthy('controller.scope.enabled'))
        add(`--watch-namespace=${values.str('controller.scope.namespace') || '$(POD_NAMESPACE)'}`, 'controller.scope');
    if (!values.truthy('controller.scope.enabled') && values.truthy('controller.scope.namespaceSelector')) {
        add(`--watch-namespace-selector=${values.text('controller.scope.namespaceSelector')}`, 'controller.scope.namespaceSelector');
    }
    if (values.truthy('controller.reportNodeInternalIp') && values.truthy('controller.hostNetwork')) {
        add(`--report-node-internal-ip-address=${values.text('controller.reportNodeInternalIp')}`, 'controller.reportNodeInternalIp');
    }
    if (values.truthy('controller.admissionWebhooks.enabled')) {
        add(`--validating-webhook=:${values.text('controller.admissionWebhooks.port')}`, 'controller.admissionWebhooks.port');
        add(`--validating-webhook-certificate=${values.text('controller.admissionWebhooks.certificate')}`, 'controller.admissionWebhooks.certificate');
        add(`--validating-webhook-key=${values.text('controller.admissionWebhooks.key')}`, 'controller.admissionWebhooks.key');
    }
    if (values.truthy('controller.maxmindLicenseKey'))
        add(`--maxmind-license-key=${values.text('controller.maxmindLicenseKey')}`, 'controller.maxmindLicenseKey');
    if (values.truthy('controller.healthCheckHost'))
        add(`--healthz-host=${values.text('controller.healthCheckHost')}`, 'controller.healthCheckHost');
    if (values.get('controller.healthCheckPath') !== '/healthz')
        add(`--health-check-path=${values.text('controller.healthCheckPath')}`, 'controller.healthCheckPath');
    if (values.truthy('controller.ingressClassByName'))
        add('--ingress-class-by-name=true', 'controller.ingressClassByName');
    if (values.truthy('controller.watchIngressWithoutClass'))
        add('--watch-ingress-without-class=true', 'controller.watchIngressWithoutClass');
    if (values.truthy('controller.metrics.enabled'))
        add(`--enable-metrics=${values.text('controller.metrics.enabled')}`, 'controller.metrics.enabled');
    if (values.truthy('controller.enableTopologyAwareRouting'))
        add('--enable-topology-aware-routing=true', 'controller.enableTopologyAwareRouting');
    if (values.truthy('controller.disableLeaderElection'))
        add('--disable-leader-election=true', 'controller.disableLeaderElection');
    if (values.truthy('controller.electionTTL'))
        add(`--election-ttl=${values.text('controller.electionTTL')}`, 'controller.electionTTL');
    for (const key of Object.keys(values.map('controller.extraArgs')).sort()) {
        const path = ['controller', 'extraArgs', key];
        const val = values.get(path);
        // `eq ($value | quote | len) 2`: only an empty string (or nil) gives a bare flag.
        const bare = val === '' || val === null || val === undefined;
        out.push({ text: bare ? `--${key}` : `--${key}=${goText(val, values.typing(path))}`, source: { values: path } });
    }
    return out;
}
function imageOf(values) {
    const img = { ...values.map('global.image'), ...values.map('controller.image') };
    const chroot = img['chroot'] === true;
    const repository = typeof img['repository'] === 'string' ? img['repository'] : '';
    const name = `${scalar(img['image'])}${chroot ? '-chroot' : ''}`;
    const base = repository || `${scalar(img['registry'])}/${name}`;
    const digest = chroot ? img['digestChroot'] : img['digest'];
    return `${base}:${scalar(img['tag'])}${typeof digest === 'string' && digest ? `@${digest}` : ''}`;
}
