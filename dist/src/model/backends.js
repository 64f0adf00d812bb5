/**
 * Which software runs behind a Service: ingress controllers, gateways and proxies recognised by
 * image, and by command line or environment when the image name says nothing (DOMAIN.md §4).
 * Recognition is per container; the rules ask what a recognised backend is configured to do.
 */
import { asArray, asRecord } from '../k8s/labels.js';
import { commandLine, containers, expandedArgv, imageOf } from '../k8s/pods.js';
export const SOFTWARE_NAMES = {
    'ingress-nginx': 'ingress-nginx',
    'nginx-inc-ingress': 'F5 NGINX Ingress Controller',
    traefik: 'Traefik',
    'haproxy-ingress': 'HAProxy Kubernetes Ingress',
    'haproxy-ingress-jcmoraisjr': 'HAProxy Ingress (jcmoraisjr)',
    'contour-envoy': 'Contour (Envoy)',
    envoy: 'Envoy',
    'istio-gateway': 'Istio gateway',
    kong: 'Kong',
    emissary: 'Emissary-ingress',
    nginx: 'NGINX',
};
/** The backend container's command line, `$(VAR)` references expanded. */
export function backendArgs(backend) {
    return expandedArgv(backend.container.container, backend.workload.namespace);
}
/** The repository part of an image reference, lowercased, without registry host, tag or digest. */
export function imageRepository(image) {
    let ref = image.trim().toLowerCase();
    const at = ref.indexOf('@');
    if (at >= 0)
        ref = ref.slice(0, at);
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        ref = ref.slice(0, colon);
    const parts = ref.split('/');
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]))
        parts.shift();
    return parts.join('/');
}
/** Last path element of the repository (`registry.k8s.io/ingress-nginx/controller` → `controller`). */
function leaf(repo) {
    return repo.slice(repo.lastIndexOf('/') + 1);
}
export function recognizeContainer(ref, siblings) {
    const found = byImage(ref, siblings);
    if (found)
        return found;
    return NOT_A_PROXY.has(imageRepository(imageOf(ref.container))) ? undefined : byConfiguration(ref, siblings);
}
/**
 * Images of programs that sit next to a proxy and may carry its settings without being it: Kong's
 * ingress controller (a Kong Deployment's second container), Traefik's whoami test server.
 */
const NOT_A_PROXY = new Set(['kong/kubernetes-ingress-controller', 'traefik/whoami', 'datawire/ambassador-agent']);
/** The software an image name says a container runs. */
function byImage(ref, siblings) {
    const repo = imageRepository(imageOf(ref.container));
    const name = leaf(repo);
    if (repo.endsWith('ingress-nginx/controller') || repo.endsWith('ingress-nginx/controller-chroot') || name === 'nginx-ingress-controller') {
        return 'ingress-nginx';
    }
    if (repo === 'nginx/nginx-ingress' || name === 'nginx-plus-ingress')
        return 'nginx-inc-ingress';
    if (name === 'traefik' && !NOT_A_PROXY.has(repo))
        return 'traefik';
    if (repo.endsWith('haproxytech/kubernetes-ingress'))
        return 'haproxy-ingress';
    if (repo.endsWith('jcmoraisjr/haproxy-ingress'))
        return 'haproxy-ingress-jcmoraisjr';
    if (name === 'envoy' || name === 'envoy-distroless' || repo.endsWith('envoyproxy/envoy'))
        return envoyKind(siblings);
    if (name === 'proxyv2' && argvOf(ref).includes('router'))
        return 'istio-gateway';
    // Gateways installed for injection (istio gateway chart): a lone istio-proxy container with `image: auto`.
    if (repo === 'auto' && ref.name === 'istio-proxy' && siblings.every((s) => s.init || s.name === ref.name))
        return 'istio-gateway';
    if (name === 'kong' || name === 'kong-gateway')
        return 'kong';
    if (name === 'emissary' || name === 'ambassador' || repo.endsWith('emissary-ingress/emissary') || repo.endsWith('datawire/aes'))
        return 'emissary';
    if (name === 'nginx' || name === 'nginx-unprivileged' || name === 'openresty')
        return 'nginx';
    return undefined;
}
/**
 * The software a container's command line or environment says it runs, whatever its image is
 * called (private registries rename images; Kong's kustomize base ships `kong-placeholder`). Only
 * marks that belong to one program: its binary, flags no other program here takes, or variables
 * it reads (sources in rules/client-ip-lost-cluster-policy.md).
 */
function byConfiguration(ref, siblings) {
    const argv = argvOf(ref);
    const program = argv.find((a) => !a.startsWith('-'));
    const bin = program === undefined ? '' : basename(program);
    const flags = new Set(argv.filter((a) => a.startsWith('-')).map(flagName));
    if (bin === 'nginx-ingress-controller')
        return 'ingress-nginx';
    if (bin === 'nginx-ingress' || [...flags].some((f) => NGINX_INC_FLAGS.has(f)))
        return 'nginx-inc-ingress';
    if (bin === 'traefik' || [...flags].some((f) => /^(entrypoints|providers)\./i.test(f)) || envNames(ref).some((n) => /^TRAEFIK_(ENTRYPOINTS|PROVIDERS)_/.test(n))) {
        return 'traefik';
    }
    if (bin === 'haproxy-ingress-controller' || [...flags].some((f) => HAPROXYTECH_FLAGS.has(f)))
        return 'haproxy-ingress';
    if (bin === 'envoy' || (flags.has('service-cluster') && flags.has('service-node')))
        return envoyKind(siblings);
    // istio-proxy's pilot-agent in gateway mode: `pilot-agent proxy router` (args `proxy router` with the image's entrypoint).
    const proxyAt = argv.indexOf('proxy');
    if (proxyAt >= 0 && argv[proxyAt + 1] === 'router' && (proxyAt === 0 || basename(argv[proxyAt - 1] ?? '') === 'pilot-agent'))
        return 'istio-gateway';
    if (bin === 'kong' || envNames(ref).some((n) => KONG_ENV.has(n)))
        return 'kong';
    if (envNames(ref).some((n) => n === 'AMBASSADOR_ID' || n === 'AMBASSADOR_NAMESPACE'))
        return 'emissary';
    if (bin === 'nginx' || bin === 'openresty')
        return 'nginx';
    return undefined;
}
/**
 * Flags only F5 NGINX Ingress Controller takes (nginx/kubernetes-ingress cmd/nginx-ingress/flags.go;
 * Go's flag package accepts them with one dash or two). ingress-nginx spells its own differently
 * (`--configmap`, `--publish-service`, `--default-ssl-certificate`).
 */
const NGINX_INC_FLAGS = new Set([
    'nginx-configmaps',
    'nginx-plus',
    'external-service',
    'global-configuration',
    'enable-custom-resources',
    'default-server-tls-secret',
    'enable-tls-passthrough',
    'nginx-status-allow-cidrs',
    'mgmt-configmap',
]);
/** Flags only HAProxy Kubernetes Ingress takes (haproxytech/kubernetes-ingress pkg/utils/flags.go). */
const HAPROXYTECH_FLAGS = new Set([
    'configmap-tcp-services',
    'configmap-errorfiles',
    'configmap-patternfiles',
    'stats-bind-port',
    'healthz-bind-port',
    'localpeer-port',
    'ingress.class',
]);
/**
 * Kong Gateway's own settings as environment variables (`KONG_<property>`, Kong/kong
 * kong.conf.default): listeners, the database mode and the node role. Kong's ingress controller
 * container reads `CONTROLLER_*` variables instead, and clients of Kong do not set these.
 */
const KONG_ENV = new Set([
    'KONG_PROXY_LISTEN',
    'KONG_ADMIN_LISTEN',
    'KONG_STREAM_LISTEN',
    'KONG_STATUS_LISTEN',
    'KONG_CLUSTER_LISTEN',
    'KONG_DATABASE',
    'KONG_ROLE',
    'KONG_DECLARATIVE_CONFIG',
    'KONG_CLUSTER_CONTROL_PLANE',
    'KONG_PORT_MAPS',
    'KONG_TRUSTED_IPS',
    'KONG_REAL_IP_HEADER',
]);
/** Envoy run by Contour (a contour sibling: shutdown-manager, `contour bootstrap`) or on its own. */
function envoyKind(siblings) {
    const contour = siblings.some((s) => {
        if (leaf(imageRepository(imageOf(s.container))) === 'contour')
            return true;
        const program = argvOf(s).find((a) => !a.startsWith('-'));
        return program !== undefined && basename(program) === 'contour';
    });
    return contour ? 'contour-envoy' : 'envoy';
}
function argvOf(ref) {
    const { command, args } = commandLine(ref.container);
    return [...command, ...args];
}
/** `--entryPoints.web.address=:80` → `entryPoints.web.address`; `--service-node $(POD)` → `service-node`. */
function flagName(arg) {
    const name = arg.replace(/^--?/, '');
    const end = name.search(/[= ]/);
    return end < 0 ? name : name.slice(0, end);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Names of the container's literal `env` entries. */
function envNames(ref) {
    return asArray(ref.container['env']).flatMap((e) => {
        const name = asRecord(e)?.['name'];
        return typeof name === 'string' ? [name] : [];
    });
}
/** Every recognised backend container of a workload. */
export function recognizeWorkload(workload) {
    const all = containers(workload, true);
    const out = [];
    for (const ref of all) {
        if (ref.init)
            continue;
        const software = recognizeContainer(ref, all);
        if (software)
            out.push({ software, workload, container: ref });
    }
    return out;
}
