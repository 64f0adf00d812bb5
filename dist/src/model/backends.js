/**
 * Which software runs behind a Service: ingress controllers, gateways and proxies recognised by
 * image and command line (DOMAIN.md §4). Recognition is per container; the rules ask what a
 * recognised backend is configured to do.
 */
import { commandLine, containers, imageOf } from '../k8s/pods.js';
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
    const repo = imageRepository(imageOf(ref.container));
    const name = leaf(repo);
    const { command, args } = commandLine(ref.container);
    const argv = [...command, ...args];
    if (repo.endsWith('ingress-nginx/controller') ||
        repo.endsWith('ingress-nginx/controller-chroot') ||
        name === 'nginx-ingress-controller' ||
        argv.some((a) => a === '/nginx-ingress-controller' || a.endsWith('/nginx-ingress-controller'))) {
        return 'ingress-nginx';
    }
    if (repo === 'nginx/nginx-ingress' || name === 'nginx-plus-ingress' || argv.some((a) => /^-nginx-configmaps[= ]/.test(a))) {
        return 'nginx-inc-ingress';
    }
    if (name === 'traefik' && repo !== 'traefik/whoami')
        return 'traefik';
    if (repo.endsWith('haproxytech/kubernetes-ingress'))
        return 'haproxy-ingress';
    if (repo.endsWith('jcmoraisjr/haproxy-ingress'))
        return 'haproxy-ingress-jcmoraisjr';
    if (name === 'envoy' || name === 'envoy-distroless' || repo.endsWith('envoyproxy/envoy')) {
        // A contour sibling (shutdown-manager, `contour bootstrap` init container): projectcontour/contour, bitnami/contour.
        const contour = siblings.some((s) => leaf(imageRepository(imageOf(s.container))) === 'contour');
        return contour ? 'contour-envoy' : 'envoy';
    }
    if (name === 'proxyv2' && argv.includes('router'))
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
