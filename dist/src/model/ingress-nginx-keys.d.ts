/**
 * What ingress-nginx reads from its controller ConfigMap: the keys, the boolean keys with their
 * defaults, the keys that were removed, and the keys of other controllers that people put there.
 *
 * Provenance of INGRESS_NGINX_CONFIGMAP_KEYS: generated from
 * ../shared/data/ingress-nginx-configmap-keys.txt (DOMAIN.md §2.1), which lists the keys that
 * kubernetes/ingress-nginx controller-v1.15.1 (commit dbb11b92, 2026-03-20) accepts: every `json:"…"`
 * tag of internal/ingress/controller/config/config.go (`Configuration`) and
 * internal/ingress/defaults/main.go (`Backend`, squashed into it), plus the keys that
 * internal/ingress/controller/template/configmap.go (`ReadConfig`) parses by hand, minus the tags
 * that are not keys (`host`, `url`, `method`, `global-external-auth`, `Resolver`, `-`). 196 keys.
 * Regenerate with the same rules when the key list changes; do not edit entries by hand.
 */
/** The ConfigMap keys ingress-nginx v1.15.1 reads (sorted). */
export declare const INGRESS_NGINX_CONFIGMAP_KEYS: readonly string[];
/** True when ingress-nginx reads this key (exact spelling). */
export declare function isIngressNginxKey(key: string): boolean;
/** The key this one spells in another case (`Use-Forwarded-Headers` → `use-forwarded-headers`). */
export declare function keyInOtherCase(key: string): string | undefined;
/**
 * The key an unknown key probably meant: the same words in another spelling (`use_forwarded_headers`,
 * `useForwardedHeaders`), else the nearest key by edit distance (`closest`).
 */
export declare function suggestKey(key: string): string | undefined;
/**
 * Boolean keys and the value the controller uses when the key is absent or unreadable (v1.15.1).
 * Sources: the `bool` fields of `Configuration` (internal/ingress/controller/config/config.go) and
 * `Backend` (internal/ingress/defaults/main.go) with their `NewDefault()` values, read from stored
 * copies of kubernetes/ingress-nginx (config.go @003f04ca, a v1.10/1.11 copy, and a v1.13+ copy
 * with `forwarded-for-proxy-protocol-header`, `relative-redirects` and the v1.12 defaults;
 * defaults/main.go @0315b01f), each key checked against INGRESS_NGINX_CONFIGMAP_KEYS; plus
 * `global-auth-always-set-cookie`, which `ReadConfig` parses with strconv.ParseBool itself. All are
 * read with Go's strconv.ParseBool (mapstructure's weak decoding): a rejected value leaves the
 * default, and an empty string reads as false.
 * `'no-ipv6'`: `ReadConfig` sets `disable-ipv6-dns` to true when the node has no IPv6, else false.
 * Defaults that changed: `allow-cross-namespace-resources` (true → false) and
 * `strict-validate-path-type` (false → true) in controller-v1.12.0 (PR #11819).
 */
export declare const INGRESS_NGINX_BOOL_DEFAULTS: Readonly<Record<string, boolean | 'no-ipv6'>>;
/** What the keys that decide the client address decide, for messages (ConfigMap keys and annotations). */
export declare const CLIENT_IP_ROLE: Readonly<Record<string, string>>;
export interface RemovedKey {
    /** First controller version that no longer reads the key. */
    readonly since: {
        readonly major: number;
        readonly minor: number;
    };
    /** What was removed, for messages. */
    readonly feature: string;
}
/**
 * Keys that old manifests still carry and that current controllers ignore.
 * controller-v1.10.0 "dropped Opentracing and zipkin modules" and "support for GeoIP (legacy)"
 * (changelog/controller-1.10.0.md; PRs #10615 and #10495); controller-v1.12.0 removed `plugins`
 * (#11821) and the `global-rate-limit-*` options (#11851) (changelog/controller-1.12.0.md).
 */
export declare function removedKey(key: string): RemovedKey | undefined;
export interface ForeignKey {
    /** The controller whose ConfigMap key this is ('' when it belongs to none we know). */
    readonly controller: string;
    /** What to write for ingress-nginx instead (a sentence fragment naming the keys). */
    readonly instead: string;
    /** What ignoring it does to the client address, for keys that matter to it. */
    readonly effect?: string;
}
/**
 * ConfigMap keys of other controllers (and common inventions) mistaken for ingress-nginx keys,
 * with the ingress-nginx equivalent. F5: nginx/kubernetes-ingress internal/configs/configmaps.go
 * (`ParseConfigMap`) and examples/shared-examples/proxy-protocol/README.md; HAProxy:
 * haproxytech/kubernetes-ingress documentation/annotations.md (keys marked "Config map").
 * `real-ip-header` also appears in an OVHcloud guide (DOMAIN.md §2.1); `enable-proxy-protocol`
 * belongs to no controller.
 */
export declare const FOREIGN_KEYS: Readonly<Record<string, ForeignKey>>;
/**
 * The other controller's key this is, with the ingress-nginx equivalent for its value
 * (`real-ip-header: proxy_protocol` means PROXY protocol, any other value a header name).
 */
export declare function foreignKey(key: string, value: string): ForeignKey | undefined;
