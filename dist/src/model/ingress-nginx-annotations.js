/**
 * The Ingress annotations ingress-nginx reads (under `nginx.ingress.kubernetes.io/`, or the
 * controller's `--annotations-prefix`), with the release that added each and the release that
 * stopped reading it.
 *
 * Provenance: extracted from kubernetes/ingress-nginx at every `controller-v*` tag from
 * controller-v0.34.0 to controller-v1.15.1 (commit dbb11b92, 2026-03-20), from the Go sources of
 * internal/ingress/annotations/**: the names passed to `parser.Get{String,Bool,Int,Float}Annotation`
 * (up to v1.8) and the keys and `AnnotationAliases` of each `parser.AnnotationFields` (v1.9 on),
 * constants resolved. internal/ingress/controller reads no other annotation of the prefix (it reads
 * `canary` again, and Secret references). `since`: the first tag that reads it (absent: every tag
 * since v0.34.0); `removed`: the first tag after the last one that reads it (absent: v1.15.1 reads
 * it). Older removals, from the git history and Changelog.md: `grpc-backend`, `secure-backends`,
 * `upstream-max-fails`, `upstream-fail-timeout` (0.21.0, PRs #3203 and #3207), `add-base-url`,
 * `base-url-scheme` (0.22.0, PR #3174), `session-cookie-hash` (0.24.0, PR #3743). Regenerate with
 * the same rules; do not edit entries by hand. The v1.15.1 docs
 * (docs/user-guide/nginx-configuration/annotations.md) list a subset of these names and none else.
 */
import { INGRESS_NGINX_CONFIGMAP_KEYS } from './ingress-nginx-keys.js';
import { closest } from '../util/strings.js';
export const DEFAULT_ANNOTATIONS_PREFIX = 'nginx.ingress.kubernetes.io';
export const INGRESS_NGINX_ANNOTATIONS = {
    'add-base-url': { removed: '0.22.0' },
    affinity: {},
    'affinity-canary-behavior': { since: '0.49.0' },
    'affinity-mode': {},
    'allowlist-source-range': { since: '1.9.1' },
    'app-root': {},
    'auth-always-set-cookie': { since: '1.2.1' },
    'auth-cache-duration': {},
    'auth-cache-key': {},
    'auth-keepalive': { since: '1.2.0' },
    'auth-keepalive-requests': { since: '1.2.0' },
    'auth-keepalive-share-vars': { since: '1.9.1' },
    'auth-keepalive-timeout': { since: '1.2.0' },
    'auth-method': {},
    'auth-proxy-set-headers': {},
    'auth-realm': {},
    'auth-request-redirect': {},
    'auth-response-headers': {},
    'auth-secret': {},
    'auth-secret-type': {},
    'auth-signin': {},
    'auth-signin-redirect-param': { since: '0.42.0' },
    'auth-snippet': {},
    'auth-tls-error-page': {},
    'auth-tls-match-cn': { since: '1.2.0' },
    'auth-tls-pass-certificate-to-upstream': {},
    'auth-tls-secret': {},
    'auth-tls-verify-client': {},
    'auth-tls-verify-depth': {},
    'auth-type': {},
    'auth-url': {},
    'backend-protocol': {},
    'base-url-scheme': { removed: '0.22.0' },
    canary: {},
    'canary-by-cookie': {},
    'canary-by-header': {},
    'canary-by-header-pattern': {},
    'canary-by-header-value': {},
    'canary-weight': {},
    'canary-weight-total': { since: '1.1.1' },
    'client-body-buffer-size': {},
    'configuration-snippet': {},
    'connection-proxy-header': {},
    'cors-allow-credentials': {},
    'cors-allow-headers': {},
    'cors-allow-methods': {},
    'cors-allow-origin': {},
    'cors-expose-headers': { since: '0.40.0' },
    'cors-max-age': {},
    'custom-headers': { since: '1.10.1' },
    'custom-http-errors': {},
    'default-backend': {},
    'denylist-source-range': { since: '1.6.4' },
    'disable-proxy-intercept-errors': { since: '1.9.5' },
    'enable-access-log': {},
    'enable-cors': {},
    'enable-global-auth': {},
    'enable-influxdb': { removed: '1.7.1' },
    'enable-modsecurity': {},
    'enable-opentelemetry': { since: '1.7.0' },
    'enable-opentracing': { removed: '1.9.5' },
    'enable-owasp-core-rules': {},
    'enable-rewrite-log': {},
    'fastcgi-index': {},
    'fastcgi-params-configmap': {},
    'force-ssl-redirect': {},
    'from-to-www-redirect': {},
    'global-rate-limit': { since: '0.44.0', removed: '1.12.0' },
    'global-rate-limit-ignored-cidrs': { since: '0.44.0', removed: '1.12.0' },
    'global-rate-limit-key': { since: '0.44.0', removed: '1.12.0' },
    'global-rate-limit-window': { since: '0.44.0', removed: '1.12.0' },
    'grpc-backend': { removed: '0.21.0' },
    'http2-push-preload': {},
    'influxdb-host': { removed: '1.7.1' },
    'influxdb-measurement': { removed: '1.7.1' },
    'influxdb-port': { removed: '1.7.1' },
    'influxdb-server-name': { removed: '1.7.1' },
    'limit-allowlist': { since: '1.9.1' },
    'limit-burst-multiplier': { since: '0.40.0' },
    'limit-connections': {},
    'limit-rate': {},
    'limit-rate-after': {},
    'limit-rpm': {},
    'limit-rps': {},
    'limit-whitelist': {},
    'load-balance': {},
    'mirror-host': { since: '1.2.1' },
    'mirror-request-body': {},
    'mirror-target': {},
    'modsecurity-snippet': {},
    'modsecurity-transaction-id': {},
    'opentelemetry-operation-name': { since: '1.7.0' },
    'opentelemetry-trust-incoming-span': { since: '1.7.0' },
    'opentracing-trust-incoming-span': { since: '1.0.5', removed: '1.9.5' },
    'permanent-redirect': {},
    'permanent-redirect-code': {},
    'preserve-trailing-slash': { since: '0.47.0' },
    'proxy-body-size': {},
    'proxy-buffer-size': {},
    'proxy-buffering': {},
    'proxy-buffers-number': {},
    'proxy-busy-buffers-size': { since: '1.13.0' },
    'proxy-connect-timeout': {},
    'proxy-cookie-domain': {},
    'proxy-cookie-path': {},
    'proxy-http-version': {},
    'proxy-max-temp-file-size': {},
    'proxy-next-upstream': {},
    'proxy-next-upstream-timeout': {},
    'proxy-next-upstream-tries': {},
    'proxy-read-timeout': {},
    'proxy-redirect-from': {},
    'proxy-redirect-to': {},
    'proxy-request-buffering': {},
    'proxy-send-timeout': {},
    'proxy-ssl-ciphers': {},
    'proxy-ssl-name': {},
    'proxy-ssl-protocols': {},
    'proxy-ssl-secret': {},
    'proxy-ssl-server-name': {},
    'proxy-ssl-verify': {},
    'proxy-ssl-verify-depth': {},
    'relative-redirects': { since: '1.13.0' },
    'rewrite-target': {},
    satisfy: {},
    'secure-backends': { removed: '0.21.0' },
    'secure-verify-ca-secret': { removed: '1.7.1' },
    'server-alias': {},
    'server-snippet': {},
    'service-upstream': {},
    'session-cookie-change-on-failure': {},
    'session-cookie-conditional-samesite-none': {},
    'session-cookie-domain': { since: '1.4.0' },
    'session-cookie-expires': {},
    'session-cookie-hash': { removed: '0.24.0' },
    'session-cookie-max-age': {},
    'session-cookie-name': {},
    'session-cookie-path': {},
    'session-cookie-samesite': {},
    'session-cookie-secure': { since: '1.0.1' },
    'ssl-ciphers': {},
    'ssl-passthrough': {},
    'ssl-prefer-server-ciphers': {},
    'ssl-redirect': {},
    'stream-snippet': { since: '1.1.1' },
    'temporal-redirect': {},
    'temporal-redirect-code': { since: '1.12.0' },
    'upstream-fail-timeout': { removed: '0.21.0' },
    'upstream-hash-by': {},
    'upstream-hash-by-subset': {},
    'upstream-hash-by-subset-size': {},
    'upstream-max-fails': { removed: '0.21.0' },
    'upstream-vhost': {},
    'use-port-in-redirects': {},
    'use-regex': {},
    'whitelist-source-range': {},
    'x-forwarded-prefix': {},
};
/** What to write instead of an annotation that was removed, or that a controller is too old for. */
export const ANNOTATION_REPLACEMENTS = {
    'grpc-backend': 'backend-protocol: "GRPC"',
    'secure-backends': 'backend-protocol: "HTTPS"',
    'secure-verify-ca-secret': 'proxy-ssl-secret (with proxy-ssl-verify: "on")',
    'enable-opentracing': 'enable-opentelemetry',
    'opentracing-trust-incoming-span': 'opentelemetry-trust-incoming-span',
    'allowlist-source-range': 'whitelist-source-range',
    'limit-allowlist': 'limit-whitelist',
};
/** What a removed annotation belonged to, for messages. */
export function removedFeature(name) {
    if (name === 'enable-influxdb' || name.startsWith('influxdb-'))
        return 'the InfluxDB module';
    if (name.startsWith('global-rate-limit'))
        return 'global (memcached) rate limiting';
    if (name === 'enable-opentracing' || name.startsWith('opentracing-'))
        return 'OpenTracing';
    if (name === 'upstream-max-fails' || name === 'upstream-fail-timeout')
        return 'passive upstream health checks';
    if (name === 'add-base-url' || name === 'base-url-scheme')
        return 'the base URL rewrite';
    return undefined;
}
const CURRENT = Object.entries(INGRESS_NGINX_ANNOTATIONS)
    .filter(([, r]) => r.removed === undefined)
    .map(([n]) => n);
const ANNOTATION_NAMES = new Set(Object.keys(INGRESS_NGINX_ANNOTATIONS));
const CONFIGMAP_ONLY = new Set(INGRESS_NGINX_CONFIGMAP_KEYS.filter((k) => !ANNOTATION_NAMES.has(k)));
/** A ConfigMap key of the controller that is no annotation (`use-forwarded-headers`). */
export function isConfigMapOnlyKey(name) {
    return CONFIGMAP_ONLY.has(name);
}
/**
 * The annotation an unknown name probably meant: the same name in another case or spelling
 * (`Rewrite-Target`, `rewrite_target`, `rewriteTarget`), else the nearest current name by edit distance.
 */
export function suggestAnnotation(name) {
    const kebab = name
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/[_.\s]+/g, '-')
        .toLowerCase();
    if (ANNOTATION_NAMES.has(kebab) && INGRESS_NGINX_ANNOTATIONS[kebab]?.removed === undefined)
        return kebab;
    return closest(name, CURRENT);
}
/** `1.9.5` → [1, 9, 5]. */
export function releaseParts(release) {
    const [a = 0, b = 0, c = 0] = release.split('.').map(Number);
    return [a, b, c];
}
