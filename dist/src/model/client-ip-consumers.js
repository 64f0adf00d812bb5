/**
 * Client-IP consumers: the workloads behind a Service that act on the client address (log it,
 * allow-list and rate-limit by it, pass it on in X-Forwarded-For), and the Service ports that reach
 * their client-facing listeners. Shared by the rules that report where the client address is lost
 * (client-ip-lost-cluster-policy, client-ip-lost-tcp-proxy).
 */
import { asArray, asRecord, dig } from '../k8s/labels.js';
import { containers, flagValue, podTemplate, resolveTargetPort } from '../k8s/pods.js';
import { backendArgs, SOFTWARE_NAMES } from './backends.js';
import { parseGoBool } from './providers.js';
import { entryPointOnPort, traefikStatic } from './traefik.js';
export const REQUIRES_CLIENT_IP = 'srcip-lint.io/requires-client-ip';
/**
 * Software that acts on the client address (logs, allow-lists, rate limits, forwards it on):
 * ingress controllers, gateways, and Envoy, which is only ever a proxy (Kourier, front proxies).
 * Plain NGINX is not: behind a load balancer it is as often a static site or a demo app.
 */
const CONSUMERS = new Set([
    'ingress-nginx',
    'nginx-inc-ingress',
    'traefik',
    'haproxy-ingress',
    'haproxy-ingress-jcmoraisjr',
    'contour-envoy',
    'envoy',
    'istio-gateway',
    'kong',
    'emissary',
]);
/** Port names of metrics, health, admin and webhook listeners: no client traffic there. */
const ADMIN_PORT_NAME = /(^|[-_])(metrics|prometheus|prom|webhooks?|admin|stats?|status|healthz?|pprof|debug|dashboard|readiness)([-_]|$)/i;
/** Listener ports of each software that serve no clients (defaults of their own flags and configs). */
const ADMIN_PORTS = {
    'ingress-nginx': [10254],
    'istio-gateway': [15000, 15020, 15021, 15090],
    'haproxy-ingress': [1024],
    kong: [8001, 8444],
};
/**
 * The client-IP consumers behind a Service: recognised software, workloads marked
 * `srcip-lint.io/requires-client-ip: "true"` (on the workload or its pod template), or, when the
 * Service itself is marked (`annotated`), every selected workload (a placeholder when none is in view).
 * A workload marked "false" is not one.
 */
export function findConsumers(model, service, annotated) {
    const out = [];
    const workloads = [...model.selectedWorkloads(service)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const workload of workloads) {
        const tpl = podTemplate(workload);
        const own = requiresClientIp(annotationsOf(workload.raw));
        const podLevel = tpl ? requiresClientIp(tpl.annotations) : undefined;
        const marker = own ?? podLevel;
        const markerPath = own !== undefined ? ['metadata', 'annotations', REQUIRES_CLIENT_IP] : [...(tpl?.path ?? []), 'metadata', 'annotations', REQUIRES_CLIENT_IP];
        const backend = model.backends(workload).find((b) => CONSUMERS.has(b.software));
        if (annotated) {
            out.push(backend ? softwareConsumer(workload, backend) : annotatedConsumer(workload, undefined));
            continue;
        }
        if (marker === false)
            continue;
        if (backend)
            out.push(softwareConsumer(workload, backend));
        else if (marker === true)
            out.push(annotatedConsumer(workload, markerPath));
    }
    if (out.length === 0 && annotated) {
        out.push({
            workload: undefined,
            backend: undefined,
            who: `the backend behind it (the Service is marked ${REQUIRES_CLIENT_IP}: "true")`,
            target: 'the backend',
            related: undefined,
            runs: '',
        });
    }
    return out;
}
function softwareConsumer(workload, backend) {
    const name = SOFTWARE_NAMES[backend.software];
    return {
        workload,
        backend,
        who: `${name} (${workload.kind} "${workload.name}")`,
        target: name,
        runs: `runs ${name}, which logs, rate-limits and allow-lists by the client IP it sees`,
        related: {
            object: workload,
            path: containerPath(backend.container),
            message: `${workload.kind} "${workload.name}" runs ${name}, which logs, rate-limits and allow-lists by the client IP it sees`,
        },
    };
}
function annotatedConsumer(workload, markerPath) {
    return {
        workload,
        backend: undefined,
        who: `${workload.kind} "${workload.name}" (marked ${REQUIRES_CLIENT_IP}: "true")`,
        target: 'the backend',
        runs: markerPath ? `needs the client IP (${REQUIRES_CLIENT_IP}: "true")` : 'serves the traffic',
        related: markerPath
            ? { object: workload, path: markerPath, message: `${workload.kind} "${workload.name}" needs the client IP` }
            : { object: workload, path: ['metadata', 'name'], message: `${workload.kind} "${workload.name}" serves this Service` },
    };
}
function containerPath(ref) {
    return [...ref.path, 'image'];
}
/**
 * Whether a Service port reaches only a metrics, health, admin or webhook listener of the
 * consumer: by the Service port's name, the target container port's name, or the software's own
 * non-client ports.
 */
export function reachesAdminPort(model, consumer, port) {
    if (ADMIN_PORT_NAME.test(port.name))
        return true;
    const { workload, backend } = consumer;
    if (!workload)
        return false;
    const containerPort = resolveTargetPort(workload, port.targetPort);
    if (containerPort === undefined)
        return false;
    const entry = containerPortEntry(workload, containerPort);
    if (typeof entry?.['name'] === 'string' && ADMIN_PORT_NAME.test(entry['name']))
        return true;
    return backend !== undefined && isAdminPort(model, backend, containerPort);
}
function isAdminPort(model, backend, containerPort) {
    if (ADMIN_PORTS[backend.software]?.includes(containerPort))
        return true;
    if (backend.software === 'ingress-nginx') {
        // --validating-webhook=:8443 in the official manifests and the Helm chart.
        const webhook = backendArgs(backend)
            .find((a) => a.startsWith('--validating-webhook='))
            ?.split(':')
            .pop();
        if (webhook !== undefined && Number(webhook) === containerPort)
            return true;
    }
    if (backend.software === 'nginx-inc-ingress') {
        // Status, readiness, Prometheus and service-insight listeners (cmd/nginx-ingress/flags.go defaults).
        const argv = backendArgs(backend);
        const flag = (name, def) => {
            const v = flagValue(argv, name);
            return v !== undefined && /^\d+$/.test(v) ? Number(v) : def;
        };
        const ports = [flag('nginx-status-port', 8080), flag('ready-status-port', 8081), flag('prometheus-metrics-listen-port', 9113), flag('service-insight-listen-port', 9114)];
        if (ports.includes(containerPort))
            return true;
    }
    if (backend.software === 'traefik') {
        // The `traefik` entry point serves the API, dashboard and ping; `metrics` serves Prometheus.
        const ep = entryPointOnPort(traefikStatic(model, backend), containerPort);
        if (ep && (ep.name === 'traefik' || ep.name === 'metrics'))
            return true;
    }
    return false;
}
/** The `ports[]` entry of a container port in a workload's containers. */
export function containerPortEntry(workload, containerPort) {
    for (const { container } of containers(workload)) {
        for (const p of asArray(container['ports'])) {
            const port = asRecord(p);
            if (port?.['containerPort'] === containerPort)
                return port;
        }
    }
    return undefined;
}
export function annotationsOf(raw) {
    return asRecord(dig(raw, 'metadata', 'annotations')) ?? {};
}
/** `srcip-lint.io/requires-client-ip` read as a Go boolean; undefined when absent or not a boolean. */
export function requiresClientIp(annotations) {
    const v = annotations[REQUIRES_CLIENT_IP];
    return typeof v === 'string' ? parseGoBool(v) : undefined;
}
