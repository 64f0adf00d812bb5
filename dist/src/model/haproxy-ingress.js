/**
 * HAProxy Kubernetes Ingress Controller (haproxytech/kubernetes-ingress; DOMAIN.md §4–5): how the
 * controller finds its ConfigMap, which ports its frontends bind, and how it reads the keys that
 * matter for the client IP.
 *
 * - `--configmap=<ns>/<name>` names the ConfigMap (pkg/utils/flags.go: a NamespaceValue, exactly
 *   two parts; the flag's default is empty: without it the controller runs on built-in defaults,
 *   although documentation/controller.md of older releases gives `default/haproxy-configmap`).
 * - HTTP and HTTPS frontends bind `--http-bind-port` / `--https-bind-port`: defaults 8080/8443 in
 *   current releases (deploy/haproxy-ingress.yaml targets 8080/8443 without the flags), 80/443 in
 *   older ones; both are accepted when the flags are absent. `--disable-http` / `--disable-https`
 *   remove a frontend.
 * - TCP services (`--configmap-tcp-services`, keys are ports) get their own `tcp-<port>` frontend
 *   (pkg/handler/tcp-services.go).
 */
import { asRecord, labelsOf, scalarText } from '../k8s/labels.js';
import { flagValue } from '../k8s/pods.js';
import { backendArgs } from './backends.js';
import { everyAddressOf, parseCidr } from '../util/cidr.js';
function namespacedRef(value) {
    if (value.includes('$('))
        return undefined;
    const parts = value.split('/');
    return parts.length === 2 && parts[0] && parts[1] ? { namespace: parts[0], name: parts[1] } : undefined;
}
/** The main ConfigMap of a controller (`--configmap`). */
export function haproxyControllerConfig(model, backend) {
    const value = flagValue(backendArgs(backend), 'configmap');
    if (value === undefined || value === '')
        return { state: 'defaults' };
    const ref = namespacedRef(value);
    const cm = ref ? model.get('ConfigMap', ref.namespace, ref.name, backend.workload) : undefined;
    return cm && !cm.partial ? { state: 'bound', configMap: cm } : { state: 'unknown', ref: value };
}
/** The TCP services ConfigMap (`--configmap-tcp-services`), when in view. */
export function haproxyTcpServices(model, backend) {
    const value = flagValue(backendArgs(backend), 'configmap-tcp-services');
    const ref = value ? namespacedRef(value) : undefined;
    const cm = ref ? model.get('ConfigMap', ref.namespace, ref.name, backend.workload) : undefined;
    return cm && !cm.partial ? cm : undefined;
}
/** Ports of the HTTP and HTTPS frontends. */
export function haproxyFrontendPorts(backend) {
    const argv = backendArgs(backend);
    const ports = (flag, defaults, disable) => {
        if (argv.some((a) => a === `--${disable}` || a === `--${disable}=true`))
            return [];
        const v = flagValue(argv, flag);
        if (v === undefined)
            return defaults;
        return /^\d+$/.test(v) ? [Number(v)] : [];
    };
    return { http: ports('http-bind-port', [8080, 80], 'disable-http'), https: ports('https-bind-port', [8443, 443], 'disable-https') };
}
/** A ConfigMap's data (empty when absent). */
export function haproxyData(cm) {
    return asRecord(cm.raw['data']) ?? {};
}
/** A string key's value, trimmed; undefined when absent or empty (the controller ignores ""). */
export function haproxySetting(cm, key) {
    const raw = haproxyData(cm)[key];
    if (raw === undefined || raw === null)
        return undefined;
    const v = scalarText(raw).trim();
    return v === '' ? undefined : v;
}
/** The `proxy-protocol` key: a comma-separated list of IPs and CIDRs (pkg/handler/proxy-protocol.go). */
export function proxyProtocolSources(value) {
    const valid = [];
    const invalid = [];
    for (const raw of value.split(',')) {
        const entry = raw.trim();
        if (isIpOrCidr(entry))
            valid.push(entry);
        else
            invalid.push(entry);
    }
    return { valid, invalid, all: valid.some((v) => everyAddressOf(v) === 4) };
}
/** What Go's net.ParseIP / net.ParseCIDR accept (IPv4, IPv6, with a prefix length). */
export function isIpOrCidr(s) {
    return parseCidr(s) !== undefined;
}
const cache = new WeakMap();
/**
 * The ConfigMaps that configure a HAProxy Kubernetes Ingress controller: those a controller in view
 * names with `--configmap`, and, in namespaces where no controller is in view, those named like the
 * official manifest's (`haproxy-kubernetes-ingress`) or labelled by the haproxytech Helm chart.
 */
export function haproxyConfigMaps(model) {
    const cached = cache.get(model);
    if (cached)
        return cached;
    const out = new Map();
    const namespaces = new Set();
    for (const b of model.backendsOf('haproxy-ingress')) {
        namespaces.add(b.workload.namespace);
        const binding = haproxyControllerConfig(model, b);
        if (binding.state !== 'bound')
            continue;
        const entry = out.get(binding.configMap);
        out.set(binding.configMap, { configMap: binding.configMap, controllers: [...(entry?.controllers ?? []), b] });
    }
    for (const cm of model.ofKind('ConfigMap')) {
        if (cm.partial || out.has(cm) || namespaces.has(cm.namespace))
            continue;
        const labels = labelsOf(cm.raw['metadata']);
        const chart = labels['helm.sh/chart'] ?? '';
        if (cm.name === 'haproxy-kubernetes-ingress' || (labels['app.kubernetes.io/name'] === 'kubernetes-ingress' && chart.startsWith('kubernetes-ingress-'))) {
            out.set(cm, { configMap: cm, controllers: [] });
        }
    }
    cache.set(model, out);
    return out;
}
/** Annotation prefixes only this controller reads (documentation/annotations.md). */
export const HAPROXY_ANNOTATION_PREFIXES = ['haproxy.org/', 'haproxy.com/'];
