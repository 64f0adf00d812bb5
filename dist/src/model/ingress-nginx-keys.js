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
import { closest } from '../util/strings.js';
/** The ConfigMap keys ingress-nginx v1.15.1 reads (sorted). */
export const INGRESS_NGINX_CONFIGMAP_KEYS = [
    'access-log-params',
    'access-log-path',
    'add-headers',
    'allow-backend-server-header',
    'allow-cross-namespace-resources',
    'allow-snippet-annotations',
    'annotation-value-word-blocklist',
    'annotations-risk-level',
    'app-root',
    'bind-address',
    'bind-address-ipv4',
    'bind-address-ipv6',
    'block-cidrs',
    'block-referers',
    'block-user-agents',
    'brotli-level',
    'brotli-min-length',
    'brotli-types',
    'client-body-buffer-size',
    'client-body-timeout',
    'client-header-buffer-size',
    'client-header-timeout',
    'compute-full-forwarded-for',
    'custom-http-errors',
    'debug-connections',
    'default-type',
    'denylist-source-range',
    'disable-access-log',
    'disable-http-access-log',
    'disable-ipv6',
    'disable-ipv6-dns',
    'disable-proxy-intercept-errors',
    'disable-stream-access-log',
    'enable-access-log-for-default-backend',
    'enable-aio-write',
    'enable-auth-access-log',
    'enable-brotli',
    'enable-modsecurity',
    'enable-multi-accept',
    'enable-ocsp',
    'enable-opentelemetry',
    'enable-owasp-modsecurity-crs',
    'enable-real-ip',
    'enable-serial-reloads',
    'enable-syslog',
    'enable-underscores-in-headers',
    'error-log-level',
    'error-log-path',
    'force-ssl-redirect',
    'forwarded-for-header',
    'forwarded-for-proxy-protocol-header',
    'forwarded-host-header',
    'generate-request-id',
    'geoip2-autoreload-in-minutes',
    'global-allowed-response-headers',
    'global-auth-always-set-cookie',
    'global-auth-cache-duration',
    'global-auth-cache-key',
    'global-auth-method',
    'global-auth-request-redirect',
    'global-auth-response-headers',
    'global-auth-signin',
    'global-auth-signin-redirect-param',
    'global-auth-snippet',
    'global-auth-url',
    'grpc-buffer-size-kb',
    'gzip-disable',
    'gzip-level',
    'gzip-min-length',
    'gzip-types',
    'hide-headers',
    'hsts',
    'hsts-include-subdomains',
    'hsts-max-age',
    'hsts-preload',
    'http-access-log-path',
    'http-redirect-code',
    'http-snippet',
    'http2-max-concurrent-streams',
    'http2-max-field-size',
    'http2-max-header-size',
    'http2-max-requests',
    'ignore-invalid-headers',
    'keep-alive',
    'keep-alive-requests',
    'large-client-header-buffers',
    'limit-conn-status-code',
    'limit-conn-zone-variable',
    'limit-rate',
    'limit-rate-after',
    'limit-req-status-code',
    'load-balance',
    'location-snippet',
    'log-format-escape-json',
    'log-format-escape-none',
    'log-format-stream',
    'log-format-upstream',
    'lua-shared-dicts',
    'main-snippet',
    'map-hash-bucket-size',
    'max-worker-connections',
    'max-worker-open-files',
    'modsecurity-snippet',
    'nginx-status-ipv4-whitelist',
    'nginx-status-ipv6-whitelist',
    'no-auth-locations',
    'no-tls-redirect-locations',
    'opentelemetry-config',
    'opentelemetry-operation-name',
    'opentelemetry-trust-incoming-span',
    'otel-max-export-batch-size',
    'otel-max-queuesize',
    'otel-sampler',
    'otel-sampler-parent-based',
    'otel-sampler-ratio',
    'otel-schedule-delay-millis',
    'otel-service-name',
    'otlp-collector-host',
    'otlp-collector-port',
    'preserve-trailing-slash',
    'proxy-add-original-uri-header',
    'proxy-body-size',
    'proxy-buffer-size',
    'proxy-buffering',
    'proxy-buffers-number',
    'proxy-busy-buffers-size',
    'proxy-connect-timeout',
    'proxy-cookie-domain',
    'proxy-cookie-path',
    'proxy-headers-hash-bucket-size',
    'proxy-headers-hash-max-size',
    'proxy-http-version',
    'proxy-max-temp-file-size',
    'proxy-next-upstream',
    'proxy-next-upstream-timeout',
    'proxy-next-upstream-tries',
    'proxy-protocol-header-timeout',
    'proxy-read-timeout',
    'proxy-real-ip-cidr',
    'proxy-redirect-from',
    'proxy-redirect-to',
    'proxy-request-buffering',
    'proxy-send-timeout',
    'proxy-set-headers',
    'proxy-ssl-location-only',
    'proxy-stream-next-upstream',
    'proxy-stream-next-upstream-timeout',
    'proxy-stream-next-upstream-tries',
    'proxy-stream-responses',
    'proxy-stream-timeout',
    'relative-redirects',
    'retry-non-idempotent',
    'reuse-port',
    'server-name-hash-bucket-size',
    'server-name-hash-max-size',
    'server-snippet',
    'server-tokens',
    'service-upstream',
    'skip-access-log-urls',
    'ssl-buffer-size',
    'ssl-ciphers',
    'ssl-dh-param',
    'ssl-early-data',
    'ssl-ecdh-curve',
    'ssl-protocols',
    'ssl-redirect',
    'ssl-reject-handshake',
    'ssl-session-cache',
    'ssl-session-cache-size',
    'ssl-session-ticket-key',
    'ssl-session-tickets',
    'ssl-session-timeout',
    'stream-access-log-path',
    'stream-snippet',
    'strict-validate-path-type',
    'syslog-host',
    'syslog-port',
    'upstream-hash-by',
    'upstream-hash-by-subset',
    'upstream-hash-by-subset-size',
    'upstream-keepalive-connections',
    'upstream-keepalive-requests',
    'upstream-keepalive-time',
    'upstream-keepalive-timeout',
    'use-forwarded-headers',
    'use-geoip2',
    'use-gzip',
    'use-http2',
    'use-port-in-redirects',
    'use-proxy-protocol',
    'variables-hash-bucket-size',
    'variables-hash-max-size',
    'whitelist-source-range',
    'worker-cpu-affinity',
    'worker-processes',
    'worker-shutdown-timeout',
];
const KEY_SET = new Set(INGRESS_NGINX_CONFIGMAP_KEYS);
const BY_LOWERCASE = new Map(INGRESS_NGINX_CONFIGMAP_KEYS.map((k) => [k.toLowerCase(), k]));
/** True when ingress-nginx reads this key (exact spelling). */
export function isIngressNginxKey(key) {
    return KEY_SET.has(key);
}
/** The key this one spells in another case (`Use-Forwarded-Headers` → `use-forwarded-headers`). */
export function keyInOtherCase(key) {
    const k = BY_LOWERCASE.get(key.toLowerCase());
    return k !== undefined && k !== key ? k : undefined;
}
/**
 * The key an unknown key probably meant: the same words in another spelling (`use_forwarded_headers`,
 * `useForwardedHeaders`), else the nearest key by edit distance (`closest`).
 */
export function suggestKey(key) {
    const kebab = key
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/[_.\s]+/g, '-')
        .toLowerCase();
    if (KEY_SET.has(kebab))
        return kebab;
    return closest(key, INGRESS_NGINX_CONFIGMAP_KEYS);
}
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
export const INGRESS_NGINX_BOOL_DEFAULTS = {
    'allow-backend-server-header': false,
    'allow-cross-namespace-resources': false,
    'allow-snippet-annotations': false,
    'compute-full-forwarded-for': false,
    'disable-access-log': false,
    'disable-http-access-log': false,
    'disable-ipv6': false,
    'disable-ipv6-dns': 'no-ipv6',
    'disable-proxy-intercept-errors': false,
    'disable-stream-access-log': false,
    'enable-access-log-for-default-backend': false,
    'enable-aio-write': true,
    'enable-auth-access-log': false,
    'enable-brotli': false,
    'enable-modsecurity': false,
    'enable-multi-accept': true,
    'enable-ocsp': false,
    'enable-opentelemetry': false,
    'enable-owasp-modsecurity-crs': false,
    'enable-real-ip': false,
    'enable-serial-reloads': false,
    'enable-syslog': false,
    'enable-underscores-in-headers': false,
    'force-ssl-redirect': false,
    'generate-request-id': true,
    'global-auth-always-set-cookie': false,
    hsts: true,
    'hsts-include-subdomains': true,
    'hsts-preload': false,
    'ignore-invalid-headers': true,
    'log-format-escape-json': false,
    'log-format-escape-none': false,
    'opentelemetry-trust-incoming-span': true,
    'otel-sampler-parent-based': true,
    'preserve-trailing-slash': false,
    'proxy-add-original-uri-header': false,
    'proxy-ssl-location-only': false,
    'proxy-stream-next-upstream': true,
    'relative-redirects': false,
    'retry-non-idempotent': false,
    'reuse-port': true,
    'server-tokens': false,
    'service-upstream': false,
    'ssl-early-data': false,
    'ssl-redirect': true,
    'ssl-reject-handshake': false,
    'ssl-session-cache': true,
    'ssl-session-tickets': false,
    'strict-validate-path-type': true,
    'upstream-hash-by-subset': false,
    'use-forwarded-headers': false,
    'use-geoip2': false,
    'use-gzip': false,
    'use-http2': true,
    'use-port-in-redirects': false,
    'use-proxy-protocol': false,
};
/** What the keys that decide the client address decide, for messages (ConfigMap keys and annotations). */
export const CLIENT_IP_ROLE = {
    'use-forwarded-headers': 'whether the controller believes the X-Forwarded-For of the proxy in front',
    'enable-real-ip': 'whether the controller takes the client address from forwarded-for-header',
    'use-proxy-protocol': 'whether the controller expects PROXY protocol from the load balancer',
    'proxy-real-ip-cidr': 'which proxies the controller trusts to report the client address',
    'forwarded-for-header': 'which header carries the client address',
    'compute-full-forwarded-for': 'whether X-Forwarded-For is appended to or replaced',
    'whitelist-source-range': 'which client addresses are allowed',
    'denylist-source-range': 'which client addresses are denied',
    'block-cidrs': 'which client addresses are blocked',
    'allowlist-source-range': 'which client addresses are allowed',
    'limit-whitelist': 'which client addresses rate limits skip',
    'limit-allowlist': 'which client addresses rate limits skip',
};
const OPENTRACING = { since: { major: 1, minor: 10 }, feature: 'OpenTracing support (with its Jaeger, Zipkin and Datadog tracers)' };
/**
 * Keys that old manifests still carry and that current controllers ignore.
 * controller-v1.10.0 "dropped Opentracing and zipkin modules" and "support for GeoIP (legacy)"
 * (changelog/controller-1.10.0.md; PRs #10615 and #10495); controller-v1.12.0 removed `plugins`
 * (#11821) and the `global-rate-limit-*` options (#11851) (changelog/controller-1.12.0.md).
 */
export function removedKey(key) {
    if (key === 'enable-opentracing' || /^(opentracing|jaeger|zipkin|datadog)-/.test(key))
        return OPENTRACING;
    if (key === 'use-geoip')
        return { since: { major: 1, minor: 10 }, feature: 'the legacy GeoIP module (GeoIP2, use-geoip2, remains)' };
    if (key === 'plugins')
        return { since: { major: 1, minor: 12 }, feature: 'Lua plugin support' };
    if (key.startsWith('global-rate-limit-'))
        return { since: { major: 1, minor: 12 }, feature: 'global (memcached) rate limiting' };
    return undefined;
}
const F5 = 'F5 NGINX Ingress Controller (nginx/kubernetes-ingress)';
const HAPROXY = 'HAProxy Kubernetes Ingress (haproxytech/kubernetes-ingress)';
const BOTH_PROXY = `${F5} and ${HAPROXY}`;
const HEADER_EFFECT = 'so the client address is not taken from that header';
const PROXY_EFFECT = 'so the controller does not expect PROXY protocol, and every connection fails if the load balancer sends it';
const LIST_EFFECT = 'so no client address is allowed or denied by it';
/**
 * ConfigMap keys of other controllers (and common inventions) mistaken for ingress-nginx keys,
 * with the ingress-nginx equivalent. F5: nginx/kubernetes-ingress internal/configs/configmaps.go
 * (`ParseConfigMap`) and examples/shared-examples/proxy-protocol/README.md; HAProxy:
 * haproxytech/kubernetes-ingress documentation/annotations.md (keys marked "Config map").
 * `real-ip-header` also appears in an OVHcloud guide (DOMAIN.md §2.1); `enable-proxy-protocol`
 * belongs to no controller.
 */
export const FOREIGN_KEYS = {
    'real-ip-header': { controller: F5, instead: 'enable-real-ip: "true" with forwarded-for-header: "<header>" (or use-proxy-protocol: "true" for proxy_protocol)', effect: HEADER_EFFECT },
    'set-real-ip-from': { controller: F5, instead: 'proxy-real-ip-cidr', effect: 'so the trusted-proxy list stays the default, 0.0.0.0/0' },
    'real-ip-recursive': { controller: F5, instead: 'none (ingress-nginx always sets real_ip_recursive on)' },
    'proxy-protocol': { controller: BOTH_PROXY, instead: 'use-proxy-protocol: "true" (with proxy-real-ip-cidr listing the load balancer\'s addresses)', effect: PROXY_EFFECT },
    'enable-proxy-protocol': { controller: '', instead: 'use-proxy-protocol: "true"', effect: PROXY_EFFECT },
    'src-ip-header': { controller: HAPROXY, instead: 'enable-real-ip: "true" with forwarded-for-header: "<header>" and proxy-real-ip-cidr', effect: HEADER_EFFECT },
    'forwarded-for': { controller: HAPROXY, instead: 'none for adding X-Forwarded-For (ingress-nginx always sets it), and use-forwarded-headers: "true" to trust the incoming one' },
    whitelist: { controller: HAPROXY, instead: 'whitelist-source-range', effect: LIST_EFFECT },
    'allow-list': { controller: HAPROXY, instead: 'whitelist-source-range', effect: LIST_EFFECT },
    blacklist: { controller: HAPROXY, instead: 'denylist-source-range', effect: LIST_EFFECT },
    'deny-list': { controller: HAPROXY, instead: 'denylist-source-range', effect: LIST_EFFECT },
    'client-max-body-size': { controller: F5, instead: 'proxy-body-size' },
    http2: { controller: F5, instead: 'use-http2' },
    'redirect-to-https': { controller: F5, instead: 'force-ssl-redirect' },
    'access-log-off': { controller: F5, instead: 'disable-access-log' },
    'log-format': { controller: `${F5} and ${HAPROXY}`, instead: 'log-format-upstream' },
    'stream-log-format': { controller: F5, instead: 'log-format-stream' },
    'lb-method': { controller: F5, instead: 'load-balance' },
    'proxy-hide-headers': { controller: F5, instead: 'hide-headers' },
    'main-snippets': { controller: F5, instead: 'main-snippet' },
    'http-snippets': { controller: F5, instead: 'http-snippet' },
    'server-snippets': { controller: F5, instead: 'server-snippet' },
    'location-snippets': { controller: F5, instead: 'location-snippet' },
    'stream-snippets': { controller: F5, instead: 'stream-snippet' },
    'worker-connections': { controller: F5, instead: 'max-worker-connections' },
    'worker-rlimit-nofile': { controller: F5, instead: 'max-worker-open-files' },
    keepalive: { controller: F5, instead: 'upstream-keepalive-connections' },
    'keepalive-timeout': { controller: F5, instead: 'keep-alive' },
    'keepalive-requests': { controller: F5, instead: 'keep-alive-requests' },
    'server-names-hash-bucket-size': { controller: F5, instead: 'server-name-hash-bucket-size' },
    'server-names-hash-max-size': { controller: F5, instead: 'server-name-hash-max-size' },
};
/**
 * The other controller's key this is, with the ingress-nginx equivalent for its value
 * (`real-ip-header: proxy_protocol` means PROXY protocol, any other value a header name).
 */
export function foreignKey(key, value) {
    const known = FOREIGN_KEYS[key];
    if (!known || key !== 'real-ip-header')
        return known;
    return value.trim() === 'proxy_protocol'
        ? { ...known, instead: 'use-proxy-protocol: "true"', effect: PROXY_EFFECT }
        : { ...known, instead: `enable-real-ip: "true" with forwarded-for-header: "${value.trim() || '<header>'}" and proxy-real-ip-cidr` };
}
