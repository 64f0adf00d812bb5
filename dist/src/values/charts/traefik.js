/**
 * The traefik chart, 39 and later (traefik/traefik-helm-chart v39.0.9 b138b95c, v40.3.0 f11f402a,
 * v41.3.0 a8a66d00; charts/FACTS.md §2). Built: the Deployment or DaemonSet (labels, replicas,
 * image, container ports with hostPort, hostNetwork, affinity, topology spread, and the args the
 * model reads: entry point addresses, forwardedHeaders and proxyProtocol per port,
 * `global.notAppendXForwardedFor`, `additionalArguments`), the HorizontalPodAutoscaler, and the
 * Services (the default one, `service.additionalServices`, and the `-udp` split when
 * `service.single` is false).
 *
 * Version deltas: up to v39 the Service takes `service.type` (default LoadBalancer),
 * `loadBalancerClass`, `loadBalancerSourceRanges`, `externalIPs`, `ipFamilyPolicy/ipFamilies`
 * and `service.spec`; from v40 the whole spec is `service.spec` (default `{type: LoadBalancer}`)
 * and those keys are ignored. Up to v40 `replicas: {{ default 1 .Values.deployment.replicas }}`;
 * v41 renders `deployment.replicas` as given and omits it when null. Annotations are rendered
 * with `toYaml` (not stringified) and, from v40, through `tpl`.
 */
import { ObjectBuilder } from '../document.js';
import { goText } from '../gotext.js';
import { isMap } from '../../util/paths.js';
import { scalar } from '../layers.js';
import { dnsName, fullname, resolveAgainst, stringMap, tplTree, UnknownValue, unquoted } from './model.js';
const KNOWN = [
    { major: 39, minor: 0, patch: 9 },
    { major: 40, minor: 3, patch: 0 },
    { major: 41, minor: 3, patch: 0 },
];
export const traefik = {
    name: 'traefik',
    matches: (chart) => chart === 'traefik',
    resolve: (requested) => resolveAgainst(requested, KNOWN, (ver) => ver.major >= 39, 'traefik'),
    defaults,
    build,
};
const portDefaults = (port, expose, exposedPort) => ({
    port,
    expose: { default: expose },
    exposedPort,
    protocol: 'TCP',
});
const trust = { forwardedHeaders: { trustedIPs: [], insecure: false }, proxyProtocol: { trustedIPs: [], insecure: false } };
/** values.yaml (v41.3.0 line numbers; v39.0.9 where it differs). */
function defaults(ver) {
    const v40 = ver.major >= 40;
    return {
        commonLabels: {}, // 19
        deployment: { enabled: true, kind: 'Deployment', replicas: 1, podLabels: {} }, // 21-28
        image: { registry: '', repository: '', tag: '' },
        global: { checkNewVersion: true, sendAnonymousUsage: false, ...(v40 ? { notAppendXForwardedFor: false } : {}) }, // 882-888
        additionalArguments: [], // 907
        ports: {
            traefik: portDefaults(8080, false, 8080),
            web: { ...portDefaults(8000, true, 80), ...trust },
            websecure: { ...portDefaults(8443, true, 443), http3: { enabled: false }, ...trust },
            metrics: portDefaults(9100, false, 9100),
        }, // 918-1110
        service: v40
            ? { enabled: true, single: true, annotations: {}, annotationsTCP: {}, annotationsUDP: {}, labels: {}, spec: { type: 'LoadBalancer' }, additionalServices: {} } // 1127-1148
            : {
                enabled: true,
                single: true,
                type: 'LoadBalancer',
                annotations: {},
                annotationsTCP: {},
                annotationsUDP: {},
                labels: {},
                spec: {},
                loadBalancerSourceRanges: [],
                externalIPs: [],
                additionalServices: {},
            }, // v39 1008-1040
        autoscaling: { enabled: false, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: '{{ template "traefik.fullname" . }}' } }, // 1153-1167
        hostNetwork: false, // 1196
        affinity: {}, // 1226
        topologySpreadConstraints: [], // 1241
        namespaceOverride: '', // 1280
        instanceLabelOverride: '', // 1283
    };
}
function names(ctx) {
    const values = ctx.values;
    const name = dnsName(values.str('nameOverride') || ctx.chartName);
    const full = fullname(values, ctx.chartName, ctx.release.name);
    const namespace = dnsName(values.str('namespaceOverride') || ctx.release.namespace);
    const instance = dnsName(values.str('instanceLabelOverride') || `${ctx.release.name}-${namespace}`);
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance };
    const ver = ctx.version;
    const labels = {
        ...selector,
        'helm.sh/chart': dnsName(`${ctx.chartName}-${ver.major}.${ver.minor}.${ver.patch}`),
        'app.kubernetes.io/managed-by': 'Helm',
        ...stringMap(values.map('commonLabels')),
    };
    return { fullname: full, namespace, selector, labels, helpers: { 'traefik.fullname': full, 'traefik.name': name, 'traefik.namespace': namespace } };
}
/** `range $name, $config := .Values.ports` with `if $config`: sorted, non-empty entries. */
function ports(values) {
    return Object.keys(values.map('ports'))
        .sort()
        .flatMap((name) => {
        const config = values.get(['ports', name]);
        return isMap(config) && Object.keys(config).length > 0 ? [{ name, config }] : [];
    });
}
function build(ctx) {
    const values = ctx.values;
    const n = names(ctx);
    const tpl = (text, where) => {
        const r = ctx.tpl(text, n.helpers);
        if (r === undefined)
            throw new UnknownValue(`${where} holds template code srcip-lint does not evaluate`);
        return r;
    };
    const out = [];
    const kind = values.get('deployment.kind');
    if (values.truthy('deployment.enabled') && (kind === 'Deployment' || kind === 'DaemonSet'))
        out.push(workload(ctx, n, kind, tpl));
    if (values.truthy('autoscaling.enabled') && values.truthy('autoscaling.maxReplicas')) {
        const b = new ObjectBuilder('autoscaling/v2', 'HorizontalPodAutoscaler', n.fullname, n.namespace);
        b.set(['metadata', 'labels'], n.labels);
        const ref = values.map('autoscaling.scaleTargetRef');
        b.set(['spec', 'scaleTargetRef'], { apiVersion: ref['apiVersion'], kind: ref['kind'], name: tpl(scalar(ref['name']), 'autoscaling.scaleTargetRef.name') }, {
            values: ['autoscaling', 'scaleTargetRef'],
            subtree: true,
        });
        if (values.truthy('autoscaling.minReplicas'))
            b.set(['spec', 'minReplicas'], unquoted(values.text('autoscaling.minReplicas')), { values: ['autoscaling', 'minReplicas'] });
        b.set(['spec', 'maxReplicas'], unquoted(values.text('autoscaling.maxReplicas')), { values: ['autoscaling', 'maxReplicas'] });
        out.push(b);
    }
    out.push(...services(ctx, n, tpl));
    return out;
}
function workload(ctx, n, kind, tpl) {
    const values = ctx.values;
    const b = new ObjectBuilder('apps/v1', kind, n.fullname, n.namespace);
    b.set(['metadata', 'labels'], n.labels);
    const annotations = values.map('deployment.annotations');
    if (Object.keys(annotations).length > 0)
        b.set(['metadata', 'annotations'], annotations, { values: ['deployment', 'annotations'], subtree: true });
    if (kind === 'Deployment') {
        const replicas = values.get('deployment.replicas');
        const autoscaled = values.truthy('autoscaling.enabled');
        let rendered;
        if (!autoscaled) {
            if (ctx.version.major >= 41)
                rendered = replicas !== null && replicas !== undefined ? unquoted(values.text('deployment.replicas')) : undefined;
            else
                rendered = replicas === null || replicas === undefined || replicas === 0 ? 1 : unquoted(values.text('deployment.replicas'));
        }
        else {
            // deployment.yaml:40-47: an HPA scaling something other than this Deployment leaves replicas to it.
            const ref = values.map('autoscaling.scaleTargetRef');
            if (Object.keys(ref).length > 0 && !(ref['apiVersion'] === 'apps/v1' && ref['kind'] === 'Deployment')) {
                rendered = replicas === null || replicas === undefined || replicas === 0 ? 0 : unquoted(values.text('deployment.replicas'));
            }
        }
        b.set(['spec', 'replicas'], rendered, { values: ['deployment', 'replicas'] });
    }
    b.set(['spec', 'selector', 'matchLabels'], n.selector);
    const podLabels = values.truthy('deployment.podLabels') ? tplTree(values.get('deployment.podLabels'), (s) => tpl(s, 'deployment.podLabels')) : {};
    b.set(['spec', 'template', 'metadata', 'labels'], { ...n.labels, ...stringMap(podLabels) }, { values: ['deployment', 'podLabels'], subtree: true });
    const spec = ['spec', 'template', 'spec'];
    // Findings about the pod spec as a whole (no spreading) belong where spreading is written.
    b.from(spec, { values: ['affinity'] });
    b.set([...spec, 'hostNetwork'], values.get('hostNetwork') === true, { values: ['hostNetwork'] });
    const c = [...spec, 'containers', 0];
    b.set([...c, 'image'], image(ctx), { values: ['image'], subtree: true });
    b.set([...c, 'name'], n.fullname);
    const cports = [];
    const sources = [];
    for (const { name, config } of ports(values)) {
        const p = { name: portName(name), containerPort: unquoted(goText(config['containerPort'] || config['port'], 'file')) };
        if (config['hostPort'])
            p['hostPort'] = unquoted(goText(config['hostPort'], values.typing(['ports', name, 'hostPort'])));
        if (config['hostIP'])
            p['hostIP'] = goText(config['hostIP'], 'file');
        p['protocol'] = config['protocol'] ? goText(config['protocol'], 'file') : 'TCP';
        cports.push(p);
        sources.push({ values: ['ports', name] });
        if (isMap(config['http3']) && config['http3']['enabled']) {
            const h = { name: portName(`${name}-http3`), containerPort: unquoted(goText(config['port'], 'file')) };
            if (config['hostPort'])
                h['hostPort'] = unquoted(goText(config['http3']['advertisedPort'] || config['hostPort'], 'file'));
            h['protocol'] = 'UDP';
            cports.push(h);
            sources.push({ values: ['ports', name, 'http3'] });
        }
    }
    b.set([...c, 'ports'], cports, { values: ['ports'] });
    sources.forEach((s, i) => b.from([...c, 'ports', i], s));
    const args = entryPointArgs(ctx);
    b.set([...c, 'args'], args.map((a) => a.text), { values: ['ports'] });
    args.forEach((a, i) => b.from([...c, 'args', i], a.source));
    if (values.truthy('affinity'))
        b.set([...spec, 'affinity'], tplTree(values.get('affinity'), (s) => tpl(s, 'affinity')), { values: ['affinity'], subtree: true });
    else
        b.from([...spec, 'affinity'], { values: ['affinity'], subtree: true });
    if (values.truthy('topologySpreadConstraints')) {
        b.set([...spec, 'topologySpreadConstraints'], tplTree(values.get('topologySpreadConstraints'), (s) => tpl(s, 'topologySpreadConstraints')), {
            values: ['topologySpreadConstraints'],
            subtree: true,
        });
    }
    else {
        b.from([...spec, 'topologySpreadConstraints'], { values: ['topologySpreadConstraints'], subtree: true });
    }
    return b;
}
function image(ctx) {
    const values = ctx.values;
    const registry = values.str('image.registry') || 'docker.io';
    const repository = values.str('image.repository') || 'traefik';
    const digest = values.str('image.digest');
    if (digest)
        return `${registry}/${repository}@${digest}`;
    const app = ctx.version.major >= 41 ? 'v3.7.11' : ctx.version.major === 40 ? 'v3.6' : 'v3.6.15';
    return `${registry}/${repository}:${values.str('image.tag') || app}`;
}
/** The args of `_podtemplate.tpl` the model reads (v41 lines 204-223, 727-744, 843-847). */
function entryPointArgs(ctx) {
    const values = ctx.values;
    const out = [];
    if (!values.truthy('global.checkNewVersion'))
        out.push({ text: '--global.checkNewVersion=false', source: { values: ['global', 'checkNewVersion'] } });
    if (values.truthy('global.sendAnonymousUsage'))
        out.push({ text: '--global.sendAnonymousUsage', source: { values: ['global', 'sendAnonymousUsage'] } });
    if (values.truthy('global.notAppendXForwardedFor'))
        out.push({ text: '--global.notAppendXForwardedFor=true', source: { values: ['global', 'notAppendXForwardedFor'] } });
    const all = ports(values);
    for (const { name, config } of all) {
        const eps = config['uplink'] ? 'hub.uplinkEntryPoints' : 'entryPoints';
        let hostIP = typeof config['hostIP'] === 'string' ? config['hostIP'] : '';
        if (ctx.version.major >= 41 && hostIP.includes(':'))
            hostIP = `[${hostIP}]`;
        const protocol = (config['protocol'] ? goText(config['protocol'], 'file') : 'tcp').toLowerCase();
        out.push({ text: `--${eps}.${name}.address=${hostIP}:${goText(config['port'], values.typing(['ports', name, 'port']))}/${protocol}`, source: { values: ['ports', name, 'port'] } });
    }
    for (const { name, config } of all) {
        const eps = config['uplink'] ? 'hub.uplinkEntryPoints' : 'entryPoints';
        for (const section of ['forwardedHeaders', 'proxyProtocol']) {
            const s = config[section];
            if (!isMap(s) || Object.keys(s).length === 0)
                continue;
            const ips = s['trustedIPs'];
            if (Array.isArray(ips) && ips.length > 0) {
                out.push({ text: `--${eps}.${name}.${section}.trustedIPs=${ips.map((x) => goText(x, 'file')).join(',')}`, source: { values: ['ports', name, section, 'trustedIPs'] } });
            }
            if (s['insecure'] !== undefined && s['insecure'] !== null && s['insecure'] !== false && s['insecure'] !== '' && s['insecure'] !== 0) {
                out.push({ text: `--${eps}.${name}.${section}.insecure`, source: { values: ['ports', name, section, 'insecure'] } });
            }
            if (section === 'forwardedHeaders' && s['notAppendXForwardedFor'] === true) {
                out.push({ text: `--${eps}.${name}.forwardedHeaders.notAppendXForwardedFor=true`, source: { values: ['ports', name, section, 'notAppendXForwardedFor'] } });
            }
        }
    }
    values.list('additionalArguments').forEach((a, i) => out.push({ text: goText(a, 'file'), source: { values: ['additionalArguments', i] } }));
    return out;
}
function services(ctx, n, tpl) {
    const values = ctx.values;
    const v40 = ctx.version.major >= 40;
    const out = [];
    const own = values.map('service');
    const all = Object.keys(values.map('service.additionalServices')).map((k) => {
        const svc = values.get(['service', 'additionalServices', k]);
        return [k, isMap(svc) ? svc : {}, ['service', 'additionalServices', k]];
    });
    const { additionalServices: _omit, ...main } = own;
    void _omit;
    all.push(['default', main, ['service']]);
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [svcName, svc, base] of all) {
        if (svc['enabled'] === false)
            continue;
        const full = svcName === 'default' ? (v40 ? values.str('service.nameOverride') || n.fullname : n.fullname) : `${n.fullname}-${svcName}`;
        const tcp = [];
        const udp = [];
        let exposed = false;
        for (const p of ports(values)) {
            const protocol = p.config['protocol'] === undefined || p.config['protocol'] === null || p.config['protocol'] === '' ? 'TCP' : goText(p.config['protocol'], 'file');
            const h3 = p.config['http3'];
            if (isMap(h3) && h3['enabled']) {
                const cfg = { ...p.config, protocol: 'UDP', exposedPort: h3['advertisedPort'] || p.config['exposedPort'] };
                (svc['single'] ? tcp : udp).push({ name: `${p.name}-http3`, config: cfg });
            }
            if (protocol === 'UDP')
                udp.push(p);
            if (protocol === 'TCP')
                tcp.push(p);
            if (isMap(p.config['expose']) && p.config['expose'][svcName])
                exposed = true;
        }
        if (!exposed)
            continue;
        const emit = (name, list, annotationsKey) => {
            const portList = servicePorts(list, svcName);
            const b = new ObjectBuilder('v1', 'Service', name, n.namespace);
            b.set(['metadata', 'labels'], { ...n.labels, ...stringMap(isMap(svc['labels']) ? svc['labels'] : {}) }, { values: [...base, 'labels'], subtree: true });
            const ann = { ...(isMap(svc[annotationsKey]) ? svc[annotationsKey] : {}), ...(isMap(svc['annotations']) ? svc['annotations'] : {}) };
            const annotations = v40 ? tplTree(ann, (s) => tpl(s, `${base.join('.')}.annotations`)) : ann;
            b.set(['metadata', 'annotations'], Object.keys(annotations).length > 0 ? annotations : undefined, { values: [...base, 'annotations'], subtree: true });
            for (const k of Object.keys(ann)) {
                const inOwn = isMap(svc['annotations']) && Object.prototype.hasOwnProperty.call(svc['annotations'], k);
                b.from(['metadata', 'annotations', k], { values: [...base, inOwn ? 'annotations' : annotationsKey, k] });
            }
            const spec = isMap(svc['spec']) ? svc['spec'] : {};
            if (!v40) {
                const type = svc['type'] ? goText(svc['type'], 'file') : 'LoadBalancer';
                b.set(['spec', 'type'], unquoted(type), { values: [...base, 'type'] });
                if (svc['loadBalancerClass'])
                    b.set(['spec', 'loadBalancerClass'], svc['loadBalancerClass'], { values: [...base, 'loadBalancerClass'] });
            }
            for (const [k, val] of Object.entries(spec))
                if (val !== null)
                    b.set(['spec', k], val, { values: [...base, 'spec', k], subtree: true });
            b.from(['spec'], { values: [...base, 'spec'], subtree: true });
            if (v40)
                b.from(['spec', 'type'], { values: [...base, 'spec', 'type'] });
            else {
                b.from(['spec', 'externalTrafficPolicy'], { values: [...base, 'spec', 'externalTrafficPolicy'] });
                const type = b.get(['spec', 'type']);
                const ranges = svc['loadBalancerSourceRanges'];
                if (type === 'LoadBalancer' && Array.isArray(ranges) && ranges.length > 0)
                    b.set(['spec', 'loadBalancerSourceRanges'], ranges, { values: [...base, 'loadBalancerSourceRanges'] });
                if (Array.isArray(svc['externalIPs']) && svc['externalIPs'].length > 0)
                    b.set(['spec', 'externalIPs'], svc['externalIPs'], { values: [...base, 'externalIPs'] });
                if (svc['ipFamilyPolicy'])
                    b.set(['spec', 'ipFamilyPolicy'], svc['ipFamilyPolicy'], { values: [...base, 'ipFamilyPolicy'] });
                if (Array.isArray(svc['ipFamilies']) && svc['ipFamilies'].length > 0)
                    b.set(['spec', 'ipFamilies'], svc['ipFamilies'], { values: [...base, 'ipFamilies'] });
            }
            b.set(['spec', 'selector'], n.selector);
            b.set(['spec', 'ports'], portList.map((p) => p.port), { values: ['ports'] });
            portList.forEach((p, i) => b.from(['spec', 'ports', i], { values: ['ports', p.name] }));
            out.push(b);
        };
        const single = values.truthy([...base, 'single']) || svc['single'] === true;
        if (tcp.length > 0 || single)
            emit(full, single ? [...tcp, ...udp] : tcp, 'annotationsTCP');
        if (udp.length > 0 && !single && servicePorts(udp, svcName).length > 0)
            emit(`${full}-udp`, udp, 'annotationsUDP');
    }
    return out;
}
function servicePorts(list, svcName) {
    const out = [];
    for (const { name, config } of [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const expose = config['expose'];
        if (!isMap(expose) || !expose[svcName])
            continue;
        const lower = name.toLowerCase();
        const port = config['exposedPort'] || config['port'];
        if (port === undefined || port === null || port === '' || port === 0)
            throw new UnknownValue(`ports.${name} has neither port nor exposedPort (the chart fails to render)`);
        const target = config['targetPort'];
        const p = {
            port: unquoted(goText(port, 'file')),
            name: portName(lower),
            targetPort: target === undefined || target === null || target === '' ? portName(lower) : typeof target === 'string' ? portName(target) : target,
            protocol: config['protocol'] ? goText(config['protocol'], 'file') : 'TCP',
        };
        if (config['nodePort'])
            p['nodePort'] = unquoted(goText(config['nodePort'], 'file'));
        if (config['appProtocol'])
            p['appProtocol'] = goText(config['appProtocol'], 'file');
        out.push({ name, port: p });
    }
    return out;
}
/** `traefik.portname`: lowercased, trimmed of a leading `-`, truncated to 15 characters. */
function portName(name) {
    let p = name.toLowerCase();
    if (p.startsWith('-'))
        p = p.slice(1);
    p = p.slice(0, 15);
    return p.endsWith('-') ? p.slice(0, -1) : p;
}
