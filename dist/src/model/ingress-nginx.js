/**
 * ingress-nginx (kubernetes/ingress-nginx, controller v1.15.1; DOMAIN.md §2): how a controller
 * finds its ConfigMap, what the keys that matter for the client IP default to, and how the
 * controller reads their values.
 */
import { asRecord, dig, labelsOf, scalarText } from '../k8s/labels.js';
import { flagValue } from '../k8s/pods.js';
import { backendArgs } from './backends.js';
import { nginxIncBoundConfigMaps } from './nginx-inc-ingress.js';
import { parseGoBool } from './providers.js';
export const CONTROLLER_CONFIGMAP_NAMES = ['ingress-nginx-controller', 'nginx-configuration'];
/** Defaults of the keys the client-IP rules read (config.go `NewDefault`, template/configmap.go). */
export const NGINX_DEFAULTS = {
    'use-forwarded-headers': false,
    'enable-real-ip': false,
    'use-proxy-protocol': false,
    'compute-full-forwarded-for': false,
    'forwarded-for-header': 'X-Forwarded-For',
    'proxy-real-ip-cidr': '0.0.0.0/0',
};
function refOf(value, namespace) {
    if (value.includes('$('))
        return undefined;
    const parts = value.split('/');
    if (parts.length === 1 && parts[0])
        return { namespace, name: parts[0] };
    if (parts.length === 2 && parts[0] && parts[1])
        return { namespace: parts[0], name: parts[1] };
    return undefined;
}
/** The ConfigMap a controller reads, through `--configmap=<ns>/<name>` (DOMAIN.md §2.4). */
export function controllerConfig(model, backend) {
    const value = flagValue(backendArgs(backend), 'configmap');
    if (value === undefined || value === '')
        return { state: 'defaults' };
    const ref = refOf(value, backend.workload.namespace);
    const cm = ref ? model.get('ConfigMap', ref.namespace, ref.name, backend.workload) : undefined;
    return cm && !cm.partial ? { state: 'bound', configMap: cm } : { state: 'unknown', ref: value };
}
/** The tcp-services ConfigMap of a controller (`--tcp-services-configmap`), when in view. */
export function tcpServicesConfig(model, backend) {
    return referencedConfigMap(model, backend, 'tcp-services-configmap');
}
function referencedConfigMap(model, backend, flag) {
    const value = flagValue(backendArgs(backend), flag);
    const ref = value ? refOf(value, backend.workload.namespace) : undefined;
    return ref ? model.get('ConfigMap', ref.namespace, ref.name, backend.workload) : undefined;
}
const cache = new WeakMap();
const byConfigMap = new WeakMap();
/** The controller configuration entry for a ConfigMap, if it configures an ingress-nginx controller. */
export function asControllerConfigMap(model, cm) {
    let index = byConfigMap.get(model);
    if (!index) {
        index = new Map(controllerConfigMaps(model).map((c) => [c.configMap, c]));
        byConfigMap.set(model, index);
    }
    return index.get(cm);
}
/**
 * The ConfigMaps that configure an ingress-nginx controller: those named by a controller's
 * `--configmap`, and, in namespaces where no controller is in view, those named like the
 * official manifests' (`ingress-nginx-controller`) or labelled as the controller's, unless an F5
 * NGINX Ingress controller in view reads them.
 */
export function controllerConfigMaps(model) {
    const cached = cache.get(model);
    if (cached)
        return cached;
    const bound = new Map();
    const controllerNamespaces = new Set();
    const notConfig = new Set();
    for (const b of model.backendsOf('ingress-nginx')) {
        controllerNamespaces.add(b.workload.namespace);
        const binding = controllerConfig(model, b);
        if (binding.state === 'bound') {
            const list = bound.get(binding.configMap) ?? [];
            list.push(b);
            bound.set(binding.configMap, list);
        }
        for (const flag of ['tcp-services-configmap', 'udp-services-configmap']) {
            const cm = referencedConfigMap(model, b, flag);
            if (cm)
                notConfig.add(cm);
        }
    }
    // A ConfigMap an F5 NGINX Ingress controller names with -nginx-configmaps is that controller's.
    const nginxInc = nginxIncBoundConfigMaps(model);
    const candidates = model
        .ofKind('ConfigMap')
        .filter((cm) => !cm.partial && !bound.has(cm) && !nginxInc.has(cm) && !controllerNamespaces.has(cm.namespace) && looksLikeControllerConfigMap(cm));
    // Header lists named by `add-headers` / `proxy-set-headers` are data, not configuration.
    for (const cm of [...bound.keys(), ...candidates]) {
        for (const key of ['add-headers', 'proxy-set-headers']) {
            const ref = stringSetting(configData(cm), key);
            if (!ref)
                continue;
            const [ns, name] = ref.includes('/') ? ref.split('/', 2) : [cm.namespace, ref];
            const target = ns && name ? model.get('ConfigMap', ns, name, cm) : undefined;
            if (target)
                notConfig.add(target);
        }
    }
    const out = [...bound].map(([configMap, controllers]) => ({ configMap, controllers }));
    for (const cm of candidates)
        if (!notConfig.has(cm))
            out.push({ configMap: cm, controllers: [] });
    cache.set(model, out);
    return out;
}
/** The chart's header-list and TCP/UDP-services ConfigMaps carry the controller's labels too. */
const NOT_CONFIG_NAME = /(-tcp|-udp|tcp-services|udp-services|-custom-add-headers|-custom-proxy-headers)$/;
function looksLikeControllerConfigMap(cm) {
    if (NOT_CONFIG_NAME.test(cm.name))
        return false;
    if (cm.name === 'ingress-nginx-controller')
        return true;
    const labels = labelsOf(cm.raw['metadata']);
    const ours = labels['app.kubernetes.io/name'] === 'ingress-nginx' || labels['app.kubernetes.io/part-of'] === 'ingress-nginx';
    if (!ours)
        return false;
    return labels['app.kubernetes.io/component'] === 'controller' || CONTROLLER_CONFIGMAP_NAMES.includes(cm.name);
}
/** A ConfigMap's data (empty when absent). */
export function configData(cm) {
    return asRecord(cm.raw['data']) ?? {};
}
/**
 * A boolean key as the controller reads it: mapstructure's weak decoding uses strconv.ParseBool,
 * and a value it rejects leaves the default (DOMAIN.md §2.2). An unquoted YAML boolean is read as
 * meant (the API server rejects the object anyway: non-string-map-value).
 */
export function boolSetting(data, key) {
    const def = NGINX_DEFAULTS[key];
    if (!Object.prototype.hasOwnProperty.call(data, key))
        return { value: def, set: false, invalid: false };
    const raw = data[key];
    if (typeof raw === 'boolean')
        return { value: raw, set: true, invalid: false };
    if (typeof raw === 'number')
        return { value: raw !== 0, set: true, invalid: raw !== 0 && raw !== 1 };
    const b = typeof raw === 'string' ? parseGoBool(raw) : undefined;
    return b === undefined ? { value: def, set: true, invalid: true } : { value: b, set: true, invalid: false };
}
/** A string key's value, or undefined when absent. */
export function stringSetting(data, key) {
    const raw = data[key];
    if (raw === undefined || raw === null)
        return undefined;
    return scalarText(raw);
}
/** The http and https ports of a controller (`--http-port`, `--https-port`; defaults 80 and 443). */
export function listenPorts(backend) {
    const argv = backendArgs(backend);
    const num = (v, d) => (v && /^\d+$/.test(v) ? Number(v) : d);
    return { http: num(flagValue(argv, 'http-port'), 80), https: num(flagValue(argv, 'https-port'), 443) };
}
/** Entries of a tcp-services ConfigMap: port → whether the controller decodes PROXY on it. */
export function tcpServices(cm) {
    const out = new Map();
    for (const [k, v] of Object.entries(configData(cm))) {
        if (!/^\d+$/.test(k))
            continue;
        const value = scalarText(v);
        const parts = value.split(':');
        out.set(Number(k), { value, decodeProxy: parts[2] === 'PROXY' });
    }
    return out;
}
export function hasKey(data, key) {
    return Object.prototype.hasOwnProperty.call(data, key) && dig(data, key) !== undefined;
}
