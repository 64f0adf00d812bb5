/**
 * Contour (projectcontour/contour; DOMAIN.md §4): which `contour serve` control plane programs an
 * Envoy fleet, and the listener settings it gives Envoy.
 *
 * - `contour serve` reads a ContourConfiguration resource when `--contour-config-name` names one
 *   (in the namespace of `$CONTOUR_NAMESPACE`, default `projectcontour`), and then ignores its
 *   flags; otherwise flags and the `--config-path` file (cmd/contour/serve.go `getConfig`).
 * - PROXY: flag `--use-proxy-protocol` or `spec.envoy.listener.useProxyProtocol`; the config file
 *   has no such key (servecontext.go `convertToContourConfigurationSpec`). With it, every listener
 *   Contour builds gets Envoy's proxy_protocol listener filter, which then requires the header
 *   (internal/xdscache/v3/listener.go `proxyProtocol`); the stats/health and admin listeners are
 *   static and never get it.
 * - Listener ports: `--envoy-service-http-port` / `--envoy-service-https-port` (defaults 8080 and
 *   8443; the config file cannot change them), or `spec.envoy.http.port` / `spec.envoy.https.port`.
 *   In Gateway API mode (`gateway:` in the config file, `spec.gateway` in the resource) listeners
 *   follow the Gateway's listeners instead.
 *
 * Which control plane: a `contour serve` container in the Envoy pod itself; else the workloads
 * behind the Service named by the Envoy bootstrap's `--xds-address` (the `contour bootstrap` init
 * container); else every `contour serve` workload in the Envoy's namespace (nearest copies).
 */
import { WORKLOAD_KINDS } from '../k8s/kinds.js';
import { asArray, asRecord, dig } from '../k8s/labels.js';
import { commandLine, containers, expandEnvRefs, expandedArgv, flagValue, imageOf } from '../k8s/pods.js';
import { imageRepository } from './backends.js';
import { nearestGroup } from './model.js';
import { parseGoBool } from './providers.js';
/** Kinds the Contour reader looks into, besides ConfigMaps and workloads. */
export const CONTOUR_CONFIG_KINDS = ['ContourConfiguration'];
export const CONTOUR_DEFAULTS = {
    httpPort: 8080,
    httpsPort: 8443,
    /** Envoy's stats and health listener (`--stats-port`; `spec.envoy.metrics.port`, `spec.envoy.health.port`). */
    statsPort: 8002,
    /** Envoy's admin listener (`network.admin-port`; `spec.envoy.network.adminPort`). */
    adminPort: 9001,
    /** The shutdown-manager sidecar's port in the Envoy pod (examples/contour/03-envoy.yaml). */
    shutdownManagerPort: 8090,
    /** `$CONTOUR_NAMESPACE` when unset (serve.go `getConfig`). */
    namespace: 'projectcontour',
};
function basename(arg) {
    return arg.slice(arg.lastIndexOf('/') + 1);
}
function isContourImage(ref) {
    const repo = imageRepository(imageOf(ref.container));
    return repo === 'contour' || repo.endsWith('/contour');
}
/** The subcommand a container runs the contour binary with (`serve`, `bootstrap`, `envoy`), if it does. */
export function contourSubcommand(ref) {
    const { command, args } = commandLine(ref.container);
    const argv = [...command, ...args];
    const bin = argv.findIndex((a) => !a.startsWith('-') && basename(a) === 'contour');
    if (bin >= 0)
        return argv[bin + 1];
    // No explicit binary: the image's entrypoint runs contour.
    return isContourImage(ref) && command.length === 0 ? args[0] : undefined;
}
function controller(workload, ref) {
    const { command, args } = commandLine(ref.container);
    const argv = [...command, ...args].map((a) => expandEnvRefs(a, ref.container, workload.namespace));
    return { workload, container: ref, argv, commandLength: command.length };
}
function servesIn(workload) {
    if (workload.partial)
        return [];
    return containers(workload)
        .filter((c) => contourSubcommand(c) === 'serve')
        .map((c) => controller(workload, c));
}
/** The Service host named by `--xds-address` of the Envoy pod's `contour bootstrap` container. */
function xdsService(backend) {
    for (const ref of containers(backend.workload, true)) {
        if (contourSubcommand(ref) !== 'bootstrap')
            continue;
        const argv = expandedArgv(ref.container, backend.workload.namespace);
        const host = flagValue(argv, 'xds-address');
        if (!host || host.includes('$(') || /^[\d.]+$/.test(host) || host.includes(':') || host === 'localhost')
            return undefined;
        const parts = host.split('.');
        const name = parts[0];
        const namespace = parts[1] && parts[1] !== 'svc' ? parts[1] : backend.workload.namespace;
        return { namespace, name };
    }
    return undefined;
}
/**
 * The `contour serve` controllers that may program this Envoy: one in the same pod, else those
 * behind the bootstrap's xDS Service, else all in the Envoy's namespace (nearest copies only).
 * Several controllers are returned when the manifests do not say which one it is.
 */
export function contourControllers(model, backend) {
    let perModel = controllerCache.get(model);
    if (!perModel)
        controllerCache.set(model, (perModel = new Map()));
    let found = perModel.get(backend.workload);
    if (!found)
        perModel.set(backend.workload, (found = findControllers(model, backend)));
    return found;
}
const controllerCache = new WeakMap();
function findControllers(model, backend) {
    const inPod = servesIn(backend.workload);
    if (inPod.length > 0)
        return inPod;
    const xds = xdsService(backend);
    if (xds) {
        const svc = model.get('Service', xds.namespace, xds.name, backend.workload);
        if (svc && !svc.partial) {
            const behind = model.selectedWorkloads(svc).flatMap(servesIn);
            if (behind.length > 0)
                return behind;
        }
    }
    const candidates = [];
    for (const kind of WORKLOAD_KINDS) {
        for (const w of model.ofKind(kind))
            if (w.namespace === backend.workload.namespace && servesIn(w).length > 0)
                candidates.push(w);
    }
    return nearestGroup(candidates, backend.workload).flatMap(servesIn);
}
/** A literal env value of a container (`valueFrom` metadata.namespace resolves to the pod's namespace). */
function envValue(ref, namespace, name) {
    for (const e of asArray(ref.container['env'])) {
        const entry = asRecord(e);
        if (entry?.['name'] !== name)
            continue;
        if (typeof entry['value'] === 'string')
            return entry['value'];
        if (dig(entry, 'valueFrom', 'fieldRef', 'fieldPath') === 'metadata.namespace')
            return namespace;
        return undefined;
    }
    return undefined;
}
/** kingpin bool flag: `--name`, `--name=<ParseBool>`, `--no-name`; the last one wins. */
function boolFlag(argv, name) {
    let found;
    argv.forEach((a, index) => {
        if (a === `--${name}`)
            found = { value: true, index };
        else if (a === `--no-${name}`)
            found = { value: false, index };
        else if (a.startsWith(`--${name}=`)) {
            const v = parseGoBool(a.slice(name.length + 3));
            if (v !== undefined)
                found = { value: v, index };
        }
    });
    return found;
}
function intFlag(argv, name, fallback) {
    const v = flagValue(argv, name);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
}
function num(v, fallback) {
    return typeof v === 'number' && v > 0 ? v : fallback;
}
/** The listener settings a `contour serve` controller gives Envoy. */
export function contourListenerConfig(model, c) {
    const here = (index) => index < c.commandLength ? [...c.container.path, 'command', index] : [...c.container.path, 'args', index - c.commandLength];
    const configName = flagValue(c.argv, 'contour-config-name');
    if (configName) {
        const namespace = envValue(c.container, c.workload.namespace, 'CONTOUR_NAMESPACE') ?? CONTOUR_DEFAULTS.namespace;
        const cc = model.get('ContourConfiguration', namespace, configName, c.workload);
        const placeholder = { object: c.workload, path: [...c.container.path, 'args'] };
        if (!cc || cc.partial) {
            return {
                state: 'unknown',
                controller: c,
                configuration: undefined,
                useProxyProtocol: false,
                httpPort: CONTOUR_DEFAULTS.httpPort,
                httpsPort: CONTOUR_DEFAULTS.httpsPort,
                otherPorts: new Set(),
                gateway: undefined,
                setting: placeholder,
                explicit: false,
            };
        }
        const envoy = asRecord(dig(cc.raw, 'spec', 'envoy')) ?? {};
        const proxy = dig(envoy, 'listener', 'useProxyProtocol');
        return {
            state: 'known',
            controller: c,
            configuration: cc,
            useProxyProtocol: proxy === true,
            httpPort: num(dig(envoy, 'http', 'port'), CONTOUR_DEFAULTS.httpPort),
            httpsPort: num(dig(envoy, 'https', 'port'), CONTOUR_DEFAULTS.httpsPort),
            otherPorts: new Set([
                num(dig(envoy, 'metrics', 'port'), CONTOUR_DEFAULTS.statsPort),
                num(dig(envoy, 'health', 'port'), CONTOUR_DEFAULTS.statsPort),
                num(dig(envoy, 'network', 'adminPort'), CONTOUR_DEFAULTS.adminPort),
                CONTOUR_DEFAULTS.shutdownManagerPort,
            ]),
            gateway: dig(cc.raw, 'spec', 'gateway') !== undefined && dig(cc.raw, 'spec', 'gateway') !== null,
            setting: { object: cc, path: ['spec', 'envoy', 'listener', 'useProxyProtocol'] },
            explicit: proxy !== undefined,
        };
    }
    const flag = boolFlag(c.argv, 'use-proxy-protocol');
    const file = configFile(model, c);
    const adminPort = file?.config ? num(dig(file.config, 'network', 'admin-port'), CONTOUR_DEFAULTS.adminPort) : CONTOUR_DEFAULTS.adminPort;
    return {
        state: 'known',
        controller: c,
        configuration: undefined,
        useProxyProtocol: flag?.value ?? false,
        httpPort: intFlag(c.argv, 'envoy-service-http-port', CONTOUR_DEFAULTS.httpPort),
        httpsPort: intFlag(c.argv, 'envoy-service-https-port', CONTOUR_DEFAULTS.httpsPort),
        otherPorts: new Set([intFlag(c.argv, 'stats-port', CONTOUR_DEFAULTS.statsPort), adminPort, CONTOUR_DEFAULTS.shutdownManagerPort]),
        gateway: file === undefined ? false : file.config ? isGatewayConfig(file.config) : undefined,
        setting: flag ? { object: c.workload, path: here(flag.index) } : { object: c.workload, path: [...c.container.path, 'args'] },
        explicit: flag !== undefined,
    };
}
/** The `--config-path` file: undefined without the flag; `config` undefined when it is not in view or not YAML. */
function configFile(model, c) {
    const path = flagValue(c.argv, 'config-path', 'c');
    if (!path)
        return undefined;
    const file = model.mountedFile(c.workload, c.container, path);
    if (!file)
        return { config: undefined };
    return { config: asRecord(model.parsers.yaml(file.content)) ?? (file.content.trim() === '' ? {} : undefined) };
}
function isGatewayConfig(config) {
    const gw = config['gateway'];
    return gw !== undefined && gw !== null;
}
/** `Deployment "contour"` or `ContourConfiguration "contour"`, for messages. */
export function describeConfig(cfg) {
    return cfg.configuration
        ? `ContourConfiguration "${cfg.configuration.name}"`
        : `${cfg.controller.workload.kind} "${cfg.controller.workload.name}"`;
}
