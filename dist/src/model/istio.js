/**
 * Istio gateways and PROXY protocol (istio/istio; DOMAIN.md §4):
 *
 * - `gatewayTopology.proxyProtocol: {}` in the proxy configuration makes every non-QUIC gateway
 *   listener carry Envoy's proxy_protocol listener filter, which then requires the header
 *   (pilot/pkg/networking/core/gateway.go `needPROXYProtocol`, listener.go `buildGatewayListener`).
 * - The proxy configuration is the mesh's `defaultConfig` (ConfigMap `istio`, or `istio-<rev>` for
 *   a revision, key `mesh`, as rendered by the istiod chart; or an IstioOperator's
 *   `spec.meshConfig`), overridden per pod by the `proxy.istio.io/config` annotation. The
 *   annotation is applied field by field over the mesh default (pkg/config/mesh `MergeProxyConfig`),
 *   so a `gatewayTopology` written there replaces the mesh's for that pod.
 * - An EnvoyFilter in the gateway's namespace or the config root namespace (mesh `rootNamespace`,
 *   default `istio-system`) whose workloadSelector matches the gateway pods can add the listener
 *   filter itself (`envoy.filters.listener.proxy_protocol`, older `envoy.listener.proxy_protocol`);
 *   with `allow_requests_without_proxy_protocol: true` it becomes optional.
 */
import { asArray, asRecord, dig } from '../k8s/labels.js';
import { podTemplate } from '../k8s/pods.js';
import { nearestGroup } from './model.js';
/** Kinds the Istio reader looks into, besides ConfigMaps and workloads. */
export const ISTIO_CONFIG_KINDS = ['IstioOperator', 'EnvoyFilter'];
export const PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';
export const DEFAULT_ROOT_NAMESPACE = 'istio-system';
/**
 * Ports of the Istio proxy itself, not gateway listeners (istio.io "Ports used by Istio":
 * admin, outbound, debug, inbound, HBONE, merged telemetry, health, DNS, Envoy telemetry).
 */
export const ISTIO_PROXY_PORTS = new Set([15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090]);
/** Where the deepest of `paths` that exists lies in YAML text, as a `within` field. */
function inText(model, text, paths) {
    const locate = model.parsers.yamlLocator?.(text);
    for (const p of paths) {
        const within = locate?.(p);
        if (within)
            return { within };
    }
    return {};
}
const TOPOLOGY = [['gatewayTopology', 'proxyProtocol'], ['gatewayTopology']];
/** The pod's `istio.io/rev` label, or '' for the default revision. */
function revisionOf(labels) {
    const rev = labels['istio.io/rev'] ?? '';
    return rev === 'default' ? '' : rev;
}
/** `{}` (or any object) means set; absent or null means not set; anything else cannot be read. */
function presence(v) {
    if (v === undefined || v === null)
        return false;
    return asRecord(v) ? true : undefined;
}
/**
 * The mesh configuration in view for the gateway's revision: the rendered ConfigMap first (what
 * istiod reads), then the IstioOperator that installs the control plane. Undefined when neither
 * is in view or they cannot be told apart.
 */
export function meshConfig(model, backend) {
    let perModel = meshCache.get(model);
    if (!perModel)
        meshCache.set(model, (perModel = new Map()));
    if (perModel.has(backend.workload))
        return perModel.get(backend.workload);
    const found = findMeshConfig(model, backend);
    perModel.set(backend.workload, found);
    return found;
}
const meshCache = new WeakMap();
function findMeshConfig(model, backend) {
    const tpl = podTemplate(backend.workload);
    const rev = revisionOf(tpl?.labels ?? {});
    const name = rev ? `istio-${rev}` : 'istio';
    const namespaces = new Set();
    for (const cm of model.ofKind('ConfigMap')) {
        if (cm.name === name && typeof dig(cm.raw, 'data', 'mesh') === 'string')
            namespaces.add(cm.namespace);
    }
    const ns = namespaces.size === 1 ? [...namespaces][0] : [DEFAULT_ROOT_NAMESPACE, backend.workload.namespace].find((n) => namespaces.has(n));
    if (ns !== undefined) {
        const cm = model.get('ConfigMap', ns, name, backend.workload);
        const text = cm && !cm.partial ? dig(cm.raw, 'data', 'mesh') : undefined;
        if (!cm || typeof text !== 'string')
            return 'unreadable';
        const mesh = text.trim() === '' ? {} : asRecord(model.parsers.yaml(text));
        if (!mesh)
            return 'unreadable';
        const within = inText(model, text, TOPOLOGY.map((p) => ['defaultConfig', ...p]));
        return { mesh, source: 'mesh-configmap', where: `ConfigMap "${cm.namespace}/${cm.name}" (key mesh)`, location: { object: cm, path: ['data', 'mesh'], ...within } };
    }
    if (namespaces.size > 1)
        return 'unreadable';
    const operators = model.ofKind('IstioOperator').filter((iop) => {
        // Copies of one IstioOperator (overlays): the nearest; equally near copies must agree below.
        const nearest = model.get('IstioOperator', iop.namespace, iop.name, backend.workload);
        if (nearest && nearest !== iop)
            return false;
        const r = dig(iop.raw, 'spec', 'revision');
        return (typeof r === 'string' && r !== 'default' ? r : '') === rev;
    });
    if (operators.some((iop) => iop.partial))
        return 'unreadable';
    // Several installs in view (environments, overlays): the nearest ones.
    const controlPlanes = nearestGroup(operators.filter(installsIstiod), backend.workload);
    const first = controlPlanes[0];
    if (!first)
        return undefined;
    const meshes = controlPlanes.map((iop) => asRecord(dig(iop.raw, 'spec', 'meshConfig')) ?? {});
    const key = (m) => presence(dig(m, 'defaultConfig', 'gatewayTopology', 'proxyProtocol'));
    if (meshes.some((m) => key(m) !== key(meshes[0])))
        return 'unreadable';
    return {
        mesh: meshes[0],
        source: 'istio-operator',
        where: `IstioOperator "${first.name}"`,
        location: { object: first, path: ['spec', 'meshConfig', 'defaultConfig', 'gatewayTopology', 'proxyProtocol'] },
    };
}
/** Whether an IstioOperator installs istiod (and so owns the mesh config): not the `empty`/`remote` profiles, pilot not disabled. */
function installsIstiod(iop) {
    const enabled = dig(iop.raw, 'spec', 'components', 'pilot', 'enabled');
    if (enabled === true)
        return true;
    if (enabled === false)
        return false;
    const profile = dig(iop.raw, 'spec', 'profile');
    return !(typeof profile === 'string' && ['empty', 'remote', 'external'].includes(profile));
}
/** The effective gatewayTopology.proxyProtocol of a gateway's pods, and where it comes from. */
export function gatewayTopology(model, backend) {
    const tpl = podTemplate(backend.workload);
    const annotation = tpl?.annotations[PROXY_CONFIG_ANNOTATION];
    if (tpl && annotation !== undefined) {
        const parsed = typeof annotation === 'string' ? (annotation.trim() === '' ? {} : asRecord(model.parsers.yaml(annotation))) : undefined;
        if (!parsed)
            return { state: 'unknown' };
        const gt = parsed['gatewayTopology'];
        if (gt !== undefined && gt !== null) {
            const pp = asRecord(gt) ? presence(gt['proxyProtocol']) : undefined;
            if (pp === undefined)
                return { state: 'unknown' };
            return {
                state: 'known',
                setting: {
                    proxyProtocol: pp,
                    source: 'annotation',
                    where: `the ${PROXY_CONFIG_ANNOTATION} annotation of ${backend.workload.kind} "${backend.workload.name}"`,
                    location: { object: backend.workload, path: [...tpl.path, 'metadata', 'annotations', PROXY_CONFIG_ANNOTATION], ...(typeof annotation === 'string' ? inText(model, annotation, TOPOLOGY) : {}) },
                },
            };
        }
    }
    const mesh = meshConfig(model, backend);
    if (!mesh || mesh === 'unreadable')
        return { state: 'unknown' };
    const pp = presence(dig(mesh.mesh, 'defaultConfig', 'gatewayTopology', 'proxyProtocol'));
    if (pp === undefined)
        return { state: 'unknown' };
    return { state: 'known', setting: { proxyProtocol: pp, source: mesh.source, where: mesh.where, location: mesh.location } };
}
/** The mesh's config root namespace (EnvoyFilters there apply in every namespace). */
export function rootNamespace(model, backend) {
    const mesh = meshConfig(model, backend);
    const root = mesh && mesh !== 'unreadable' ? mesh.mesh['rootNamespace'] : undefined;
    return typeof root === 'string' && root !== '' ? root : DEFAULT_ROOT_NAMESPACE;
}
const PROXY_FILTER_NAMES = new Set(['envoy.filters.listener.proxy_protocol', 'envoy.listener.proxy_protocol']);
const PROXY_FILTER_TYPE = 'envoy.extensions.filters.listener.proxy_protocol.v3.ProxyProtocol';
/** A proxy_protocol listener filter as written in a patch (undefined when it is not one). */
function proxyFilter(value) {
    const f = asRecord(value);
    if (!f)
        return undefined;
    const typed = asRecord(f['typed_config']) ?? asRecord(f['typedConfig']);
    const type = typed?.['@type'];
    const isProxy = (typeof f['name'] === 'string' && PROXY_FILTER_NAMES.has(f['name'])) || (typeof type === 'string' && type.endsWith(PROXY_FILTER_TYPE));
    if (!isProxy)
        return undefined;
    const allow = typed?.['allow_requests_without_proxy_protocol'] ?? typed?.['allowRequestsWithoutProxyProtocol'];
    return { optional: allow === true };
}
/** The port a patch's listener match names, if it names one (`portNumber`, or a `<address>_<port>` name). */
function matchedPort(match) {
    const listener = asRecord(match?.['listener']);
    const n = listener?.['portNumber'];
    if (typeof n === 'number')
        return n;
    const name = listener?.['name'];
    const m = typeof name === 'string' ? /_(\d+)$/.exec(name) : null;
    return m ? Number(m[1]) : undefined;
}
/** EnvoyFilters in view that add a PROXY listener filter to the gateway's listener on `port`. */
export function envoyFilterProxyProtocol(model, backend, port) {
    const root = rootNamespace(model, backend);
    const labels = podTemplate(backend.workload)?.labels ?? {};
    const matches = [];
    let uncertain = false;
    for (const ef of model.ofKind('EnvoyFilter')) {
        if (ef.namespace !== backend.workload.namespace && ef.namespace !== root)
            continue;
        const resolved = model.get('EnvoyFilter', ef.namespace, ef.name, backend.workload);
        if (resolved && resolved !== ef)
            continue;
        if (ef.partial || !resolved) {
            uncertain = true;
            continue;
        }
        const spec = asRecord(ef.raw['spec']) ?? {};
        const selector = asRecord(dig(spec, 'workloadSelector', 'labels'));
        const byRef = spec['targetRefs'] !== undefined || spec['targetRef'] !== undefined;
        if (selector && !Object.entries(selector).every(([k, v]) => labels[k] === String(v)))
            continue;
        asArray(spec['configPatches']).forEach((raw, patchIndex) => {
            const patch = asRecord(raw);
            if (!patch)
                return;
            const match = asRecord(patch['match']);
            const context = match?.['context'];
            if (context !== undefined && context !== 'ANY' && context !== 'GATEWAY')
                return;
            const operation = dig(patch, 'patch', 'operation');
            const value = asRecord(dig(patch, 'patch', 'value'));
            let found;
            let listenerPort = matchedPort(match);
            if (patch['applyTo'] === 'LISTENER') {
                if (operation === 'ADD') {
                    const sa = asRecord(dig(value, 'address', 'socket_address')) ?? asRecord(dig(value, 'address', 'socketAddress'));
                    const pv = sa?.['port_value'] ?? sa?.['portValue'];
                    listenerPort = typeof pv === 'number' ? pv : listenerPort;
                }
                else if (operation !== 'MERGE' && operation !== 'REPLACE')
                    return;
                for (const f of [...asArray(value?.['listener_filters']), ...asArray(value?.['listenerFilters'])])
                    found ??= proxyFilter(f);
            }
            else if (patch['applyTo'] === 'LISTENER_FILTER') {
                if (operation === 'REMOVE')
                    return;
                found = proxyFilter(value);
            }
            if (!found || (listenerPort !== undefined && listenerPort !== port))
                return;
            if (byRef && !selector)
                uncertain = true;
            else
                matches.push({ filter: ef, patchIndex, optional: found.optional });
        });
    }
    return { matches, uncertain };
}
