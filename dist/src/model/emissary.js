/**
 * Emissary-ingress / Ambassador (emissary-ingress/emissary; DOMAIN.md §4). Since 2.0 every port
 * Emissary listens on is a `Listener` (getambassador.io/v3alpha1): `spec.port` is the port Envoy
 * binds, and `spec.protocol` (HTTP, HTTPS, HTTPPROXY, HTTPSPROXY, TCP, TLS, UDP) or
 * `spec.protocolStack` (HTTP, PROXY, TLS, TCP, UDP) says what it speaks
 * (pkg/api/getambassador.io/v3alpha1/listener_types.go). A PROXY element becomes Envoy's
 * proxy_protocol listener filter, which requires the header (python/ambassador/envoy/v3/v3listener.py).
 * The Ambassador Module's PROXY setting is no longer supported since 2.0 (docs/releaseNotes.yml,
 * 2.0.0-ea "PROXY protocol configuration has been moved to AmbassadorListener").
 *
 * An instance reads the resources whose `ambassador_id` (default `["default"]`) contains its
 * `AMBASSADOR_ID` (default `default`), in every namespace unless `AMBASSADOR_SINGLE_NAMESPACE` is
 * set (then only `AMBASSADOR_NAMESPACE`), and only those matching `AMBASSADOR_LABEL_SELECTOR`.
 */
import { asArray, asRecord, dig, labelsOf } from '../k8s/labels.js';
import { imageOf } from '../k8s/pods.js';
/** Kinds the Emissary reader looks into. */
export const EMISSARY_CONFIG_KINDS = ['Listener'];
/** The protocol stacks of the `spec.protocol` shorthands (listener_types.go comments). */
export const PROTOCOL_STACKS = {
    HTTP: ['HTTP', 'TCP'],
    HTTPS: ['TLS', 'HTTP', 'TCP'],
    HTTPPROXY: ['PROXY', 'HTTP', 'TCP'],
    HTTPSPROXY: ['TLS', 'PROXY', 'HTTP', 'TCP'],
    TCP: ['TCP'],
    TLS: ['TLS', 'TCP'],
    UDP: ['UDP'],
};
function env(ref, namespace, name) {
    for (const e of asArray(ref.container['env'])) {
        const entry = asRecord(e);
        if (entry?.['name'] !== name)
            continue;
        if (typeof entry['value'] === 'string')
            return { value: entry['value'], opaque: false };
        if (dig(entry, 'valueFrom', 'fieldRef', 'fieldPath') === 'metadata.namespace')
            return { value: namespace, opaque: false };
        return { value: undefined, opaque: entry['valueFrom'] !== undefined };
    }
    return { value: undefined, opaque: asArray(ref.container['envFrom']).length > 0 };
}
/** The major version in the image tag (`emissary:3.9.1` → 3), if there is one. */
export function imageMajor(image) {
    const ref = image.split('@')[0];
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon <= slash)
        return undefined;
    const m = /^v?(\d+)\./.exec(ref.slice(colon + 1));
    return m ? Number(m[1]) : undefined;
}
function idsOf(listener) {
    const raw = dig(listener.raw, 'spec', 'ambassador_id');
    if (raw === undefined || raw === null)
        return ['default'];
    if (typeof raw === 'string')
        return [raw];
    return asArray(raw).filter((x) => typeof x === 'string');
}
function parseSelector(text) {
    const out = {};
    for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
        const m = /^([^=!]+)==?(.*)$/.exec(part);
        if (!m)
            return undefined;
        out[m[1].trim()] = m[2].trim();
    }
    return out;
}
function readListener(object) {
    const spec = asRecord(object.raw['spec']) ?? {};
    const port = spec['port'];
    if (typeof port !== 'number')
        return undefined;
    const protocol = spec['protocol'];
    const stack = spec['protocolStack'];
    const hasStack = Array.isArray(stack) && stack.length > 0;
    if (typeof protocol === 'string' && protocol !== '' && !hasStack) {
        return { object, port, stack: PROTOCOL_STACKS[protocol], written: `protocol ${protocol}`, field: 'protocol' };
    }
    if (hasStack && (protocol === undefined || protocol === '')) {
        const elems = stack.filter((x) => typeof x === 'string');
        return { object, port, stack: elems.length === stack.length ? elems : undefined, written: `protocolStack [${elems.join(', ')}]`, field: 'protocolStack' };
    }
    // "Exactly one of protocol or protocolStack must be supplied."
    return { object, port, stack: undefined, written: 'no single protocol', field: 'protocol' };
}
/**
 * The Listeners an Emissary instance reads. Unknown for 1.x images (no Listener resource then),
 * an AMBASSADOR_ID or selector we cannot read, or a Listener read only in part.
 */
export function emissaryListeners(model, backend) {
    const { container } = backend.container;
    const major = imageMajor(imageOf(container));
    if (major !== undefined && major < 2)
        return { state: 'unknown' };
    const ns = backend.workload.namespace;
    const id = env(backend.container, ns, 'AMBASSADOR_ID');
    if (id.opaque)
        return { state: 'unknown' };
    const myId = id.value || 'default';
    const single = env(backend.container, ns, 'AMBASSADOR_SINGLE_NAMESPACE');
    if (single.opaque)
        return { state: 'unknown' };
    const onlyNs = single.value ? (env(backend.container, ns, 'AMBASSADOR_NAMESPACE').value ?? 'default') : undefined;
    const sel = env(backend.container, ns, 'AMBASSADOR_LABEL_SELECTOR');
    if (sel.opaque)
        return { state: 'unknown' };
    const selector = sel.value ? parseSelector(sel.value) : {};
    if (!selector)
        return { state: 'unknown' };
    const listeners = [];
    for (const l of model.ofKind('Listener')) {
        if (!/^(x\.)?getambassador\.io\//.test(l.apiVersion))
            continue;
        if (onlyNs !== undefined && l.namespace !== onlyNs)
            continue;
        const labels = labelsOf(l.raw['metadata']);
        if (!Object.entries(selector).every(([k, v]) => labels[k] === v))
            continue;
        if (l.partial)
            return { state: 'unknown' };
        if (!idsOf(l).includes(myId))
            continue;
        const resolved = model.get('Listener', l.namespace, l.name, backend.workload);
        if (resolved !== l) {
            if (!resolved)
                return { state: 'unknown' };
            continue;
        }
        const read = readListener(l);
        if (read)
            listeners.push(read);
    }
    return { state: 'known', listeners };
}
