/**
 * F5 NGINX Ingress Controller (nginx/kubernetes-ingress @0eb3072d, v5.5.4): how a controller finds
 * its ConfigMap, and how it reads the keys that decide the client address.
 *
 * - `-nginx-configmaps=<namespace>/<name>` names the ConfigMap (cmd/nginx-ingress/flags.go; Go's
 *   flag package takes one dash or two). Without it the controller runs on its defaults. The
 *   official manifests pass `-nginx-configmaps=$(POD_NAMESPACE)/nginx-config`
 *   (deployments/deployment/nginx-ingress.yaml); the Helm chart names the ConfigMap after the
 *   release (charts/nginx-ingress/templates/_helpers.tpl `nginx-ingress.configName`).
 * - `proxy-protocol`, `real-ip-recursive`: `GetMapKeyAsBool`, i.e. Go's strconv.ParseBool; a value
 *   it rejects leaves the default (false) and raises a warning event (internal/configs/configmaps.go,
 *   parsing_helpers.go).
 * - `set-real-ip-from`: split on commas, each entry one `set_real_ip_from` directive;
 *   `real-ip-header`: the `real_ip_header` directive, written only when set, so nginx's own default,
 *   X-Real-IP, applies otherwise (internal/configs/version1/nginx.ingress.tmpl). With
 *   `-enable-tls-passthrough` the controller ignores `real-ip-header`.
 * - `proxy-protocol: "True"` adds `proxy_protocol` to every HTTP and HTTPS `listen` (the default
 *   server's ports, `-default-http-listener-port` 80 and `-default-https-listener-port` 443, and
 *   the TLS passthrough port, `-tls-passthrough-port` 443); TransportServer listeners never get it
 *   (version2/template_helper.go).
 */
import { labelsOf, scalarText } from '../k8s/labels.js';
import { flagValue } from '../k8s/pods.js';
import { backendArgs } from './backends.js';
import { parseGoBool } from './providers.js';
/** The ConfigMap a controller reads, through `-nginx-configmaps=<ns>/<name>`. */
export function nginxIncConfig(model, backend) {
    const value = flagValue(backendArgs(backend), 'nginx-configmaps');
    if (value === undefined || value === '')
        return { state: 'defaults' };
    const parts = value.split('/');
    if (value.includes('$(') || parts.length !== 2 || !parts[0] || !parts[1])
        return { state: 'unknown' };
    const cm = model.get('ConfigMap', parts[0], parts[1], backend.workload);
    return cm && !cm.partial ? { state: 'bound', configMap: cm } : { state: 'unknown' };
}
/** The keys through which F5 NGINX Ingress takes the client address. */
export const NGINX_INC_REAL_IP_KEYS = ['set-real-ip-from', 'real-ip-header', 'real-ip-recursive', 'proxy-protocol'];
/**
 * The ConfigMaps that configure an F5 NGINX Ingress controller: those named by a controller's
 * `-nginx-configmaps` (and other copies of them), and, in namespaces where no such controller is
 * in view, a ConfigMap named
 * `nginx-config` (the official manifests) or labelled `app.kubernetes.io/name: nginx-ingress` by the
 * Helm chart, that sets one of the client-address keys (a plain NGINX `nginx-config` holds an
 * nginx.conf, not these keys). `exclude` drops ConfigMaps that configure another controller (the
 * caller knows which: ingress-nginx's are found in ingress-nginx.ts, which imports this module).
 */
export function nginxIncConfigMaps(model, exclude) {
    const bound = nginxIncBoundConfigMaps(model);
    const namespaces = new Set();
    const named = new Set();
    for (const b of model.backendsOf('nginx-inc-ingress')) {
        namespaces.add(b.workload.namespace);
        const ref = flagValue(backendArgs(b), 'nginx-configmaps');
        if (ref)
            named.add(ref);
    }
    const out = [...bound].map(([configMap, controllers]) => ({ configMap, controllers }));
    for (const cm of model.ofKind('ConfigMap')) {
        if (cm.partial || bound.has(cm) || !setsRealIpKeys(cm) || exclude(cm))
            continue;
        // Another copy of a ConfigMap a controller names (a second environment, test data) counts too.
        const copy = named.has(`${cm.namespace}/${cm.name}`);
        if (copy || (!namespaces.has(cm.namespace) && namedLikeNginxIncConfigMap(cm)))
            out.push({ configMap: cm, controllers: [] });
    }
    return out;
}
/** ConfigMaps named by an F5 NGINX Ingress controller in view, with the controllers that read them. */
export function nginxIncBoundConfigMaps(model) {
    const bound = new Map();
    for (const b of model.backendsOf('nginx-inc-ingress')) {
        const binding = nginxIncConfig(model, b);
        if (binding.state !== 'bound')
            continue;
        const list = bound.get(binding.configMap) ?? [];
        list.push(b);
        bound.set(binding.configMap, list);
    }
    return bound;
}
function setsRealIpKeys(cm) {
    const data = cm.raw['data'];
    return typeof data === 'object' && data !== null && NGINX_INC_REAL_IP_KEYS.some((k) => k in data);
}
function namedLikeNginxIncConfigMap(cm) {
    if (cm.name === 'nginx-config')
        return true;
    const labels = labelsOf(cm.raw['metadata']);
    return labels['app.kubernetes.io/name'] === 'nginx-ingress' && (labels['helm.sh/chart'] ?? '').startsWith('nginx-ingress-');
}
/** A ConfigMap value as text (undefined when absent). */
export function nginxIncString(cm, key) {
    const data = cm.raw['data'];
    if (typeof data !== 'object' || data === null || !(key in data))
        return undefined;
    const raw = data[key];
    return raw === null || raw === undefined ? '' : scalarText(raw);
}
/**
 * A boolean key as `GetMapKeyAsBool` reads it: strconv.ParseBool, a rejected value keeps the
 * default (false). An unquoted YAML boolean is read as meant (the API server rejects the object
 * anyway: non-string-map-value).
 */
export function nginxIncBool(cm, key) {
    const data = cm.raw['data'];
    const raw = typeof data === 'object' && data !== null ? data[key] : undefined;
    if (raw === undefined)
        return { value: false, set: false, invalid: false };
    if (typeof raw === 'boolean')
        return { value: raw, set: true, invalid: false };
    const b = parseGoBool(raw === null ? '' : scalarText(raw));
    return b === undefined ? { value: false, set: true, invalid: true } : { value: b, set: true, invalid: false };
}
/** A boolean flag of the Go flag package: `-name`, `-name=true`; absent or unparsable is false. */
export function nginxIncFlag(backend, name) {
    const value = flagValue(backendArgs(backend), name);
    return value === '' || (value !== undefined && parseGoBool(value) === true);
}
/** The HTTP and HTTPS ports of the default server, and the TLS passthrough port when enabled. */
export function nginxIncListenPorts(backend) {
    const argv = backendArgs(backend);
    const num = (v, d) => (v && /^\d+$/.test(v) ? Number(v) : d);
    return {
        http: num(flagValue(argv, 'default-http-listener-port'), 80),
        https: num(flagValue(argv, 'default-https-listener-port'), 443),
        passthrough: nginxIncFlag(backend, 'enable-tls-passthrough') ? num(flagValue(argv, 'tls-passthrough-port'), 443) : undefined,
    };
}
