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
import type { K8sObject } from '../engine/types.js';
import { type Backend } from './backends.js';
import type { Model } from './model.js';
export type NginxIncBinding = {
    readonly state: 'bound';
    readonly configMap: K8sObject;
} | {
    readonly state: 'defaults';
} | {
    readonly state: 'unknown';
};
/** The ConfigMap a controller reads, through `-nginx-configmaps=<ns>/<name>`. */
export declare function nginxIncConfig(model: Model, backend: Backend): NginxIncBinding;
export interface NginxIncConfigMap {
    readonly configMap: K8sObject;
    /** Controllers in view that read it (empty when found by name or labels). */
    readonly controllers: readonly Backend[];
}
/** The keys through which F5 NGINX Ingress takes the client address. */
export declare const NGINX_INC_REAL_IP_KEYS: readonly ["set-real-ip-from", "real-ip-header", "real-ip-recursive", "proxy-protocol"];
/**
 * The ConfigMaps that configure an F5 NGINX Ingress controller: those named by a controller's
 * `-nginx-configmaps` (and other copies of them), and, in namespaces where no such controller is
 * in view, a ConfigMap named
 * `nginx-config` (the official manifests) or labelled `app.kubernetes.io/name: nginx-ingress` by the
 * Helm chart, that sets one of the client-address keys (a plain NGINX `nginx-config` holds an
 * nginx.conf, not these keys). `exclude` drops ConfigMaps that configure another controller (the
 * caller knows which: ingress-nginx's are found in ingress-nginx.ts, which imports this module).
 */
export declare function nginxIncConfigMaps(model: Model, exclude: (cm: K8sObject) => boolean): NginxIncConfigMap[];
/** ConfigMaps named by an F5 NGINX Ingress controller in view, with the controllers that read them. */
export declare function nginxIncBoundConfigMaps(model: Model): Map<K8sObject, Backend[]>;
/** A ConfigMap value as text (undefined when absent). */
export declare function nginxIncString(cm: K8sObject, key: string): string | undefined;
/**
 * A boolean key as `GetMapKeyAsBool` reads it: strconv.ParseBool, a rejected value keeps the
 * default (false). An unquoted YAML boolean is read as meant (the API server rejects the object
 * anyway: non-string-map-value).
 */
export declare function nginxIncBool(cm: K8sObject, key: string): {
    value: boolean;
    set: boolean;
    invalid: boolean;
};
/** A boolean flag of the Go flag package: `-name`, `-name=true`; absent or unparsable is false. */
export declare function nginxIncFlag(backend: Backend, name: string): boolean;
/** The HTTP and HTTPS ports of the default server, and the TLS passthrough port when enabled. */
export declare function nginxIncListenPorts(backend: Backend): {
    http: number;
    https: number;
    passthrough: number | undefined;
};
