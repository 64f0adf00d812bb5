/**
 * Load-balancer PROXY protocol annotations of each provider and how each cloud controller reads
 * their values (DOMAIN.md §3 and §6.6, checked against the controllers' code: see the Sources of
 * rules/proxy-protocol-invalid-annotation-value.md). Every annotation yields a setting: enabled
 * (with the Service ports that get PROXY), disabled, or invalid — rejected by the controller (the
 * load balancer is not reconciled), silently ignored (no PROXY is sent), or passed unchecked to the
 * provider's API. `proxyPlan` then decides, port by port and as each controller does, which
 * Service ports of a LoadBalancer Service get a PROXY header.
 */
import { asRecord, scalarText } from '../k8s/labels.js';
import { serviceSpec, servicePorts, serviceType } from '../k8s/service.js';
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
/** Go's strconv.ParseBool. */
export function parseGoBool(value) {
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    return undefined;
}
/** Go's strconv.Atoi (decimal, optional sign). */
function parseGoAtoi(value) {
    return /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}
/** Go's strconv.ParseInt(s, 0, 64): decimal, 0x hex, 0o / leading-0 octal, 0b binary. */
function parseGoIntBase0(value) {
    const m = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]?([0-7]+)|([1-9]\d*|0))$/.exec(value);
    if (!m)
        return undefined;
    const sign = m[1] === '-' ? -1 : 1;
    if (m[2] !== undefined)
        return sign * parseInt(m[2], 16);
    if (m[3] !== undefined)
        return sign * parseInt(m[3], 2);
    if (m[4] !== undefined)
        return sign * parseInt(m[4], 8);
    return sign * Number(m[5]);
}
export const AWS_PROXY = 'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol';
export const AWS_PROXY_PER_TG = 'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol-per-target-group';
export const AWS_TG_ATTRIBUTES = 'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes';
const AWS_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-type';
const AWS_LBC_CLASS = 'service.k8s.aws/nlb';
export const KUBELB_PROXY = 'kubelb.k8c.io/proxy-protocol';
export const KUBELB_CLASS = 'kubelb';
export const OPENSTACK_PROXY = 'loadbalancer.openstack.org/proxy-protocol';
export const OPENSTACK_XFF = 'loadbalancer.openstack.org/x-forwarded-for';
export const LINODE_DEFAULT_PROXY = 'service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol';
export const LINODE_DEPRECATED_PROXY = 'service.beta.kubernetes.io/linode-loadbalancer-proxy-protocol';
export const SCW_PROXY_V1 = 'service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v1';
export const SCW_PROXY_V2 = 'service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v2';
export const SCW_SEND_PROXY_V2 = 'service.beta.kubernetes.io/scw-loadbalancer-send-proxy-v2';
const OCI_LB_TYPE = 'oci.oraclecloud.com/load-balancer-type';
const AZURE_PLS_CREATE = 'service.beta.kubernetes.io/azure-pls-create';
const HETZNER_PREFIX = 'load-balancer.hetzner.cloud/';
export const HETZNER_PROXY = 'load-balancer.hetzner.cloud/uses-proxyprotocol';
/** Controllers that take Services of a given `spec.loadBalancerClass` and read these annotations. */
const PROVIDER_CLASS = { AWS: AWS_LBC_CLASS, KubeLB: KUBELB_CLASS };
const GO_BOOL = 'a Go boolean: "true" or "false" (also 1/0, t/f, TRUE/FALSE)';
const parseBoolSetting = (provider, onInvalid) => (value) => {
    const b = parseGoBool(value);
    if (b === undefined) {
        return onInvalid === 'ignored'
            ? { provider, status: 'invalid', invalid: 'ignored', accepted: GO_BOOL, enable: '"true"', note: 'the controller reads any other value as false', ports: 'all' }
            : { provider, status: 'invalid', invalid: 'rejected', accepted: GO_BOOL, enable: '"true"', ports: 'all' };
    }
    return { provider, status: b ? 'enabled' : 'disabled', accepted: GO_BOOL, enable: '"true"', ports: 'all' };
};
function str(annotations, key) {
    const v = annotations[key];
    return v === undefined ? undefined : v === null ? '' : scalarText(v);
}
/** A Service the AWS Load Balancer Controller takes by its own markers. */
function isAwsLbc(annotations, spec) {
    const type = str(annotations, AWS_TYPE);
    return spec['loadBalancerClass'] === AWS_LBC_CLASS || type === 'external' || type === 'nlb-ip';
}
const AWS_WEBHOOK_NOTE = 'unless the AWS Load Balancer Controller (v2.5+, with its Service webhook) takes the Service: it sets spec.loadBalancerClass: service.k8s.aws/nlb on new LoadBalancer Services and then reads the annotation';
const READERS = {
    [AWS_PROXY]: (value, annotations, spec) => {
        const accepted = '"*" (the only value supported)';
        if (isAwsLbc(annotations, spec)) {
            return value === '*'
                ? { provider: 'AWS', status: 'enabled', version: 'v2', accepted, ports: 'all' }
                : { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        }
        if (value === '')
            return { provider: 'AWS', status: 'disabled', accepted, enable: '"*"', ports: 'all' };
        if (value !== '*')
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        if (str(annotations, AWS_TYPE) === 'nlb') {
            return {
                provider: 'AWS',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: `the in-tree controller applies it only to Classic ELBs, not to aws-load-balancer-type "nlb" (${AWS_WEBHOOK_NOTE})`,
                ports: 'all',
                uncertain: 'aws-lbc-webhook',
            };
        }
        return { provider: 'AWS', status: 'enabled', accepted, ports: 'all' };
    },
    [AWS_PROXY_PER_TG]: (value, annotations, spec) => {
        const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
        const accepted = 'a comma-separated list of Service ports, e.g. "80, 443"';
        if (items.some((p) => parseGoAtoi(p) === undefined))
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: [] };
        const ports = items.map(Number);
        if (!isAwsLbc(annotations, spec)) {
            return {
                provider: 'AWS',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: `only the AWS Load Balancer Controller reads it, and this Service has none of its markers (spec.loadBalancerClass: service.k8s.aws/nlb, aws-load-balancer-type "external") (${AWS_WEBHOOK_NOTE})`,
                ports,
                uncertain: 'aws-lbc-webhook',
            };
        }
        return { provider: 'AWS', status: ports.length > 0 ? 'enabled' : 'disabled', version: 'v2', accepted, ports };
    },
    [AWS_TG_ATTRIBUTES]: (value, annotations, spec) => {
        const m = /(?:^|,)\s*proxy_protocol_v2\.enabled\s*=\s*([^,\s]*)/.exec(value);
        if (!m)
            return undefined;
        const v = m[1];
        const accepted = 'proxy_protocol_v2.enabled=true or =false';
        if (v !== 'true' && v !== 'false')
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        if (v === 'true' && !isAwsLbc(annotations, spec) && str(annotations, AWS_TYPE) !== 'nlb') {
            return {
                provider: 'AWS',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: `target groups exist only on NLBs: the in-tree controller builds a Classic ELB for this Service (${AWS_WEBHOOK_NOTE})`,
                ports: 'all',
                uncertain: 'aws-lbc-webhook',
            };
        }
        return { provider: 'AWS', status: v === 'true' ? 'enabled' : 'disabled', version: 'v2', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol': parseBoolSetting('DigitalOcean', 'rejected'),
    [HETZNER_PROXY]: parseBoolSetting('Hetzner', 'rejected'),
    'service.beta.kubernetes.io/vultr-loadbalancer-proxy-protocol': parseBoolSetting('Vultr', 'ignored'),
    [LINODE_DEFAULT_PROXY]: linode,
    [LINODE_DEPRECATED_PROXY]: linode,
    [OPENSTACK_PROXY]: (value) => {
        const accepted = '"true" or "v1" (PROXY v1), "v2" (PROXY v2), exactly';
        if (value === 'true' || value === 'v1')
            return { provider: 'OpenStack', status: 'enabled', version: 'v1', accepted, ports: 'all' };
        if (value === 'v2')
            return { provider: 'OpenStack', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (value === 'false' || value === '')
            return { provider: 'OpenStack', status: 'disabled', accepted, ports: 'all' };
        return {
            provider: 'OpenStack',
            status: 'invalid',
            invalid: 'ignored',
            accepted,
            note: 'any other value, even "True" or "1", silently disables PROXY',
            ports: 'all',
        };
    },
    'service.beta.kubernetes.io/ovh-loadbalancer-proxy-protocol': (value) => {
        const accepted = 'v1, v2, v2-ssl or v2-ssl-cn';
        const v = value.toLowerCase();
        if (v === 'v1')
            return { provider: 'OVHcloud', status: 'enabled', version: 'v1', accepted, ports: 'all' };
        if (['v2', 'v2-ssl', 'v2-ssl-cn'].includes(v))
            return { provider: 'OVHcloud', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (v === 'none' || v === '' || v === 'false')
            return { provider: 'OVHcloud', status: 'disabled', accepted, ports: 'all' };
        return { provider: 'OVHcloud', status: 'invalid', invalid: 'unchecked', accepted, note: 'its documentation lists only these values, and the controller code is not public', ports: 'all' };
    },
    [SCW_PROXY_V1]: scaleway('v1', false),
    [SCW_PROXY_V2]: scaleway('v2', false),
    [SCW_SEND_PROXY_V2]: scaleway('v2', true),
    'kubernetes.civo.com/loadbalancer-enable-proxy-protocol': (value) => {
        const accepted = 'send-proxy (v1) or send-proxy-v2 (v2)';
        if (value === 'send-proxy')
            return { provider: 'Civo', status: 'enabled', version: 'v1', accepted, ports: 'all' };
        if (value === 'send-proxy-v2')
            return { provider: 'Civo', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (value === '')
            return { provider: 'Civo', status: 'disabled', accepted, ports: 'all' };
        return { provider: 'Civo', status: 'invalid', invalid: 'unchecked', accepted, note: 'the controller passes the value to the Civo API unchecked', ports: 'all' };
    },
    'service.kubernetes.io/ibm-load-balancer-cloud-provider-enable-features': (value) => {
        // vpcctl getServiceEnabledFeatures: lowercased, every space removed, split on commas.
        const features = value.toLowerCase().replace(/ /g, '').split(',');
        if (!features.includes('proxy-protocol'))
            return undefined;
        const accepted = 'a comma-separated list containing "proxy-protocol" (VPC application load balancers only)';
        if (features.includes('nlb')) {
            return {
                provider: 'IBM Cloud',
                status: 'invalid',
                invalid: 'rejected',
                accepted,
                note: 'a VPC network load balancer ("nlb") does not support PROXY protocol: the controller refuses "nlb" and "proxy-protocol" together',
                ports: 'all',
            };
        }
        return { provider: 'IBM Cloud', status: 'enabled', version: 'v1', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/oci-load-balancer-connection-proxy-protocol-version': (value, annotations) => {
        const accepted = '"1" or "2"';
        if (value === '')
            return { provider: 'Oracle Cloud', status: 'disabled', accepted, ports: 'all' };
        const n = parseGoAtoi(value);
        if (n === undefined)
            return { provider: 'Oracle Cloud', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        if (str(annotations, OCI_LB_TYPE) === 'nlb') {
            return {
                provider: 'Oracle Cloud',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: 'it configures OCI load balancers; an OCI network load balancer (oci.oraclecloud.com/load-balancer-type: "nlb") reads oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled instead',
                ports: 'all',
            };
        }
        if (n === 1 || n === 2)
            return { provider: 'Oracle Cloud', status: 'enabled', version: n === 1 ? 'v1' : 'v2', accepted, ports: 'all' };
        return { provider: 'Oracle Cloud', status: 'invalid', invalid: 'unchecked', accepted, note: 'the controller passes any integer to the OCI API', ports: 'all' };
    },
    'oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled': (value, annotations) => {
        const accepted = '"true" or "false" (any case)';
        const v = value.toLowerCase();
        if (v !== 'true' && v !== 'false') {
            return { provider: 'Oracle Cloud NLB', status: 'invalid', invalid: 'ignored', accepted, note: 'the controller reads any other value as not set', ports: 'all' };
        }
        if (v === 'true' && str(annotations, OCI_LB_TYPE) !== 'nlb') {
            return {
                provider: 'Oracle Cloud NLB',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: 'only network load balancers (oci.oraclecloud.com/load-balancer-type: "nlb") read it; an OCI load balancer reads service.beta.kubernetes.io/oci-load-balancer-connection-proxy-protocol-version',
                ports: 'all',
            };
        }
        return { provider: 'Oracle Cloud NLB', status: v === 'true' ? 'enabled' : 'disabled', version: 'v2', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/azure-pls-proxy-protocol': (value, annotations) => {
        const provider = 'Azure Private Link Service';
        const accepted = '"true" or "false" (any case)';
        const v = value.toLowerCase();
        if (v === 'false' || v === '')
            return { provider, status: 'disabled', accepted, ports: 'all' };
        if (v !== 'true')
            return { provider, status: 'invalid', invalid: 'ignored', accepted, note: 'the controller reads any other value as false', ports: 'all' };
        if ((str(annotations, AZURE_PLS_CREATE) ?? '').toLowerCase() !== 'true') {
            return {
                provider,
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: 'no Private Link Service is created without service.beta.kubernetes.io/azure-pls-create: "true"',
                ports: 'all',
            };
        }
        return { provider, status: 'enabled', version: 'v2', accepted, note: 'only connections through the Private Link Service carry the header', ports: 'all' };
    },
    [KUBELB_PROXY]: (value) => {
        const accepted = '"v2", exactly';
        if (value === 'v2')
            return { provider: 'KubeLB', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (value === '')
            return { provider: 'KubeLB', status: 'disabled', accepted, enable: '"v2"', ports: 'all' };
        return {
            provider: 'KubeLB',
            status: 'invalid',
            invalid: 'ignored',
            accepted,
            enable: '"v2"',
            note: 'KubeLB enables PROXY only for the exact value "v2"; "true" or "v1" do nothing',
            ports: 'all',
        };
    },
};
function linode(value) {
    const accepted = 'none, v1 or v2 (any case)';
    const v = value.toLowerCase();
    if (v === 'v1' || v === 'v2')
        return { provider: 'Linode', status: 'enabled', version: v, accepted, ports: 'all' };
    if (v === 'none')
        return { provider: 'Linode', status: 'disabled', accepted, enable: '"v1" or "v2"', ports: 'all' };
    return { provider: 'Linode', status: 'invalid', invalid: 'rejected', accepted, enable: '"v1" or "v2"', ports: 'all' };
}
/**
 * scaleway-cloud-controller-manager `isPortInRange` (v1/v2 annotations): a Go boolean other than
 * "1"/"0", "*", "" or a list of Service ports (ParseInt base 0, 1–65535). The deprecated
 * send-proxy-v2 annotation (`getSendProxyV2`) parses a Go boolean first, "1"/"0" included.
 */
function scalewayRange(value, boolFirst) {
    const b = parseGoBool(value);
    if (b !== undefined && (boolFirst || (value !== '1' && value !== '0')))
        return b ? { kind: 'all' } : { kind: 'none' };
    if (value === '*' && !boolFirst)
        return { kind: 'all' };
    if (value === '' && !boolFirst)
        return { kind: 'none' };
    const ports = [];
    for (const item of value.replace(/ /g, '').split(',')) {
        const n = parseGoIntBase0(item);
        if (n === undefined)
            return { kind: 'error', note: `"${item}" is not a port number` };
        if (!boolFirst && (n < 1 || n > 65535))
            return { kind: 'error', note: `port ${n} is outside valid range (1-65535)` };
        ports.push(n);
    }
    return { kind: 'ports', ports };
}
function scaleway(version, deprecated) {
    return (value) => {
        const accepted = deprecated ? '"true", "false" or a comma-separated list of Service ports' : '"true", "*" (all ports) or a comma-separated list of Service ports';
        const r = scalewayRange(value, deprecated);
        if (r.kind === 'error')
            return { provider: 'Scaleway', status: 'invalid', invalid: 'rejected', accepted, note: r.note, ports: [] };
        if (r.kind === 'none')
            return { provider: 'Scaleway', status: 'disabled', version, accepted, ports: [] };
        if (r.kind === 'all')
            return { provider: 'Scaleway', status: 'enabled', version, accepted, ports: 'all' };
        return {
            provider: 'Scaleway',
            status: 'enabled',
            version,
            accepted,
            ...(value === '1' || value === '0' ? { note: `Scaleway reads "${value}" as Service port ${value}, not as a boolean` } : {}),
            ports: r.ports,
        };
    };
}
const LINODE_PORT = /^service\.beta\.kubernetes\.io\/linode-loadbalancer-port-(\d+)$/;
function annotationsOf(service) {
    return asRecord(asRecord(service.raw['metadata'])?.['annotations']) ?? {};
}
const settingsCache = new WeakMap();
/** Every PROXY-protocol annotation of a Service, read as its provider reads it (once per object: most rules ask). */
export function proxySettings(service) {
    let settings = settingsCache.get(service);
    if (!settings)
        settingsCache.set(service, (settings = readProxySettings(service)));
    return settings;
}
function readProxySettings(service) {
    const annotations = annotationsOf(service);
    const spec = serviceSpec(service);
    const cls = typeof spec['loadBalancerClass'] === 'string' && spec['loadBalancerClass'] !== '' ? spec['loadBalancerClass'] : undefined;
    const out = [];
    const push = (s, annotation, value) => {
        const foreign = cls !== undefined && PROVIDER_CLASS[s.provider] !== cls;
        out.push({ ...s, annotation, value, ...(foreign && !s.uncertain ? { uncertain: 'class' } : {}) });
    };
    for (const [key, raw] of Object.entries(annotations)) {
        const value = raw === null ? '' : scalarText(raw);
        const reader = READERS[key];
        if (reader) {
            const s = reader(value, annotations, spec);
            if (s)
                push(s, key, value);
            continue;
        }
        const port = LINODE_PORT.exec(key);
        if (port) {
            const pp = linodePortProxy(value);
            if (pp === undefined)
                continue;
            const s = linode(pp);
            push({ ...s, ports: s.status === 'enabled' ? [Number(port[1])] : [] }, key, value);
        }
    }
    return out;
}
/** The `proxy-protocol` of a Linode per-port JSON annotation; undefined when absent (the default applies). */
function linodePortProxy(value) {
    let pp;
    try {
        pp = asRecord(JSON.parse(value))?.['proxy-protocol'];
    }
    catch {
        return undefined;
    }
    return typeof pp === 'string' && pp !== '' ? pp : undefined;
}
/**
 * Combinations the controllers reject: OpenStack `proxy-protocol` with `x-forwarded-for: "true"`
 * (loadbalancer.go), a Scaleway Service port in both the v1 and the v2 list (`getProxyProtocol`).
 */
export function proxyConflicts(service) {
    const annotations = annotationsOf(service);
    const out = [];
    const os = str(annotations, OPENSTACK_PROXY);
    const xff = str(annotations, OPENSTACK_XFF);
    if (os !== undefined && ['true', 'v1', 'v2'].includes(os) && xff === 'true') {
        out.push({
            provider: 'OpenStack',
            annotations: [OPENSTACK_PROXY, OPENSTACK_XFF],
            values: [os, xff],
            message: `annotation ${OPENSTACK_PROXY} and ${OPENSTACK_XFF} cannot be used together`,
        });
    }
    const v1 = str(annotations, SCW_PROXY_V1);
    const v2 = str(annotations, SCW_PROXY_V2);
    if (v1 !== undefined && v2 !== undefined) {
        const r1 = scalewayRange(v1, false);
        const r2 = scalewayRange(v2, false);
        const covers = (r, p) => r.kind === 'all' || (r.kind === 'ports' && r.ports.includes(p));
        const both = servicePorts(service).find((p) => p.port !== undefined && covers(r1, p.port) && covers(r2, p.port));
        if (both?.port !== undefined) {
            out.push({
                provider: 'Scaleway',
                annotations: [SCW_PROXY_V1, SCW_PROXY_V2],
                values: [v1, v2],
                message: `port ${both.port} is in both v1 and v2 proxy protocols`,
            });
        }
    }
    return out;
}
/**
 * Why PROXY could be on although no annotation of the Service enables it: a provider-wide default
 * the manifests do not show. Hetzner's controller takes `HCLOUD_LOAD_BALANCERS_USES_PROXYPROTOCOL`
 * (default false) when `uses-proxyprotocol` is not set (hcloud-cloud-controller-manager
 * `getProxyProtocolEnabled`).
 */
export function invisibleProxyDefault(service) {
    const annotations = annotationsOf(service);
    if (annotations[HETZNER_PROXY] !== undefined)
        return undefined;
    if (Object.keys(annotations).some((k) => k.startsWith(HETZNER_PREFIX))) {
        return 'the Hetzner controller falls back to its HCLOUD_LOAD_BALANCERS_USES_PROXYPROTOCOL setting when load-balancer.hetzner.cloud/uses-proxyprotocol is not set';
    }
    return undefined;
}
/**
 * A `spec.loadBalancerClass` no controller known here reads PROXY annotations for: cloud
 * controllers skip Services with a class, and what the class's own controller sends is not in view.
 */
export function unknownLoadBalancerClass(service) {
    const cls = serviceSpec(service)['loadBalancerClass'];
    if (typeof cls !== 'string' || cls === '')
        return undefined;
    return Object.values(PROVIDER_CLASS).includes(cls) ? undefined : cls;
}
/**
 * Which TCP ports of a Service get a PROXY header, port by port as each controller decides:
 * - AWS Load Balancer Controller: `proxy-protocol: "*"` wins over the per-target-group list,
 *   which wins over `target-group-attributes` (model_build_target_group.go);
 * - Linode: a per-port `proxy-protocol` wins over the default annotation, which wins over the
 *   deprecated one;
 * - Scaleway: the v1 list, else the v2 list, else the deprecated send-proxy-v2;
 * - every other provider: all TCP ports.
 * A value the controller rejects, a rejected combination and UDP ports never yield PROXY (Linode
 * rejects PROXY on a UDP port). Settings whose effect the manifests cannot show are left out.
 */
function decidePorts(service, all) {
    const settings = all.filter((s) => !s.uncertain);
    if (settings.some((s) => s.status === 'invalid' && s.invalid === 'rejected') || proxyConflicts(service).length > 0)
        return [];
    const by = (key) => settings.find((s) => s.annotation === key);
    const on = (s) => (s?.status === 'enabled' ? s : undefined);
    const covers = (s, p) => s?.status === 'enabled' && (s.ports === 'all' || (p.port !== undefined && s.ports.includes(p.port)));
    const ports = servicePorts(service);
    const out = [];
    const add = (port, setting) => {
        if (setting && port.protocol === 'TCP' && !out.some((o) => o.port.index === port.index))
            out.push({ port, setting });
    };
    // AWS
    const awsGlobal = on(by(AWS_PROXY));
    const awsPerTg = by(AWS_PROXY_PER_TG);
    const awsAttrs = on(by(AWS_TG_ATTRIBUTES));
    for (const p of ports)
        add(p, awsGlobal ?? (awsPerTg ? (covers(awsPerTg, p) ? awsPerTg : undefined) : awsAttrs));
    // Linode
    const linodeDefault = by(LINODE_DEFAULT_PROXY) ?? by(LINODE_DEPRECATED_PROXY);
    const linodeSettings = settings.filter((s) => s.provider === 'Linode');
    if (linodeSettings.length > 0) {
        const decided = ports.map((p) => {
            const perPort = linodeSettings.find((s) => LINODE_PORT.exec(s.annotation)?.[1] === String(p.port));
            return { p, s: on(perPort ?? linodeDefault) };
        });
        // "proxy protocol [v2] is not supported for UDP": the NodeBalancer is not reconciled.
        if (!decided.some(({ p, s }) => s && p.protocol === 'UDP'))
            for (const { p, s } of decided)
                add(p, s);
    }
    // Scaleway
    const scw1 = by(SCW_PROXY_V1);
    const scw2 = by(SCW_PROXY_V2);
    const scwOld = by(SCW_SEND_PROXY_V2);
    for (const p of ports)
        add(p, covers(scw1, p) ? scw1 : covers(scw2, p) ? scw2 : covers(scwOld, p) ? scwOld : undefined);
    // Everyone else: every TCP port.
    const special = new Set([AWS_PROXY, AWS_PROXY_PER_TG, AWS_TG_ATTRIBUTES, LINODE_DEFAULT_PROXY, LINODE_DEPRECATED_PROXY, SCW_PROXY_V1, SCW_PROXY_V2, SCW_SEND_PROXY_V2]);
    for (const s of settings) {
        if (s.status !== 'enabled' || special.has(s.annotation) || LINODE_PORT.test(s.annotation))
            continue;
        for (const p of ports)
            add(p, s);
    }
    return out.sort((a, b) => a.port.index - b.port.index);
}
/**
 * What a LoadBalancer Service's load balancer sends: the ports that get a PROXY header.
 * Undefined when the Service is not a LoadBalancer or no annotation enables PROXY.
 */
export function proxyPlan(service) {
    if (serviceType(service) !== 'LoadBalancer')
        return undefined;
    const all = proxySettings(service);
    const enabled = all.filter((s) => s.status === 'enabled' && !s.uncertain);
    if (enabled.length === 0)
        return undefined;
    const ports = decidePorts(service, all);
    const deciding = enabled.filter((s) => ports.some((p) => p.setting === s));
    return {
        settings: deciding.length > 0 ? deciding : enabled,
        portIndexes: ports.map((p) => p.port.index),
        ports,
    };
}
/**
 * A LoadBalancer Service whose load balancer terminates HTTP and passes the client address in
 * X-Forwarded-For, so the backend must trust that header to see the client. Only providers whose
 * HTTP mode is documented to add X-Forwarded-For (rules/ingress-nginx-forwarded-headers-missing.md
 * lists the sources). A `loadBalancerClass` hands the Service to another controller: no verdict.
 */
export function httpTermination(service) {
    if (serviceType(service) !== 'LoadBalancer')
        return undefined;
    const a = annotationsOf(service);
    const str = (k) => (typeof a[k] === 'string' ? a[k] : undefined);
    const found = (provider, annotation) => ({ provider, annotation, value: str(annotation) ?? '' });
    const cls = serviceSpec(service)['loadBalancerClass'];
    if (typeof cls === 'string' && cls !== '')
        return undefined;
    // AWS Classic ELB (cloud-provider-aws aws.go / aws_loadbalancer.go): exact, case-sensitive values.
    const awsKey = 'service.beta.kubernetes.io/aws-load-balancer-backend-protocol';
    const aws = str(awsKey);
    const awsType = str('service.beta.kubernetes.io/aws-load-balancer-type');
    if (aws !== undefined && awsType !== 'nlb' && awsType !== 'nlb-ip' && awsType !== 'external') {
        const cert = str('service.beta.kubernetes.io/aws-load-balancer-ssl-cert');
        if (aws === 'http' || (aws === 'https' && cert))
            return found('AWS Classic ELB', awsKey);
    }
    // DigitalOcean (do/lb_annotations.go): exact values; per-port lists too.
    const doKey = 'service.beta.kubernetes.io/do-loadbalancer-protocol';
    if (['http', 'https', 'http2', 'http3'].includes(str(doKey) ?? ''))
        return found('DigitalOcean', doKey);
    for (const k of ['http-ports', 'http2-ports', 'http3-port']) {
        const key = `service.beta.kubernetes.io/do-loadbalancer-${k}`;
        if (str(key))
            return found('DigitalOcean', key);
    }
    // Linode NodeBalancer (cloud/annotations/annotations.go): lowercased; per-port JSON wins.
    const linodeKey = 'service.beta.kubernetes.io/linode-loadbalancer-default-protocol';
    if (['http', 'https'].includes((str(linodeKey) ?? '').toLowerCase()))
        return found('Linode NodeBalancer', linodeKey);
    for (const [key, raw] of Object.entries(a)) {
        if (!LINODE_PORT.test(key) || typeof raw !== 'string')
            continue;
        let protocol;
        try {
            protocol = asRecord(JSON.parse(raw))?.['protocol'];
        }
        catch {
            continue;
        }
        if (typeof protocol === 'string' && ['http', 'https'].includes(protocol.toLowerCase()))
            return found('Linode NodeBalancer', key);
    }
    // OpenStack Octavia: an HTTP listener that inserts X-Forwarded-For, for exactly "true".
    const osKey = 'loadbalancer.openstack.org/x-forwarded-for';
    if (str(osKey) === 'true')
        return found('OpenStack Octavia', osKey);
    // Oracle Cloud load balancer (load_balancer_spec.go): case-insensitive; always adds X-Forwarded-For.
    const ociKey = 'service.beta.kubernetes.io/oci-load-balancer-backend-protocol';
    const oci = str(ociKey)?.toUpperCase();
    if ((oci === 'HTTP' || oci === 'HTTPS') && str('oci.oraclecloud.com/load-balancer-type') !== 'nlb')
        return found('Oracle Cloud', ociKey);
    return undefined;
}
const AWS_ANNOTATION_PREFIX = 'service.beta.kubernetes.io/aws-load-balancer-';
export const AWS_BACKEND_PROTOCOL = 'service.beta.kubernetes.io/aws-load-balancer-backend-protocol';
const AWS_SSL_CERT = 'service.beta.kubernetes.io/aws-load-balancer-ssl-cert';
const AWS_SSL_PORTS = 'service.beta.kubernetes.io/aws-load-balancer-ssl-ports';
export const AWS_NLB_TARGET_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type';
/**
 * Annotations only the AWS Load Balancer Controller reads (its pkg/annotations/constants.go minus
 * every `aws-load-balancer-*` name in cloud-provider-aws pkg/providers/v1): a Service that carries
 * one is written for that controller, which (v2.5+, with its default Service webhook) takes new
 * LoadBalancer Services and builds NLBs, so the in-tree Classic ELB is not what it gets.
 */
const AWS_LBC_ONLY = new Set([
    'alpn-policy',
    'attributes',
    'disable-nlb-sg',
    'enable-icmp-for-path-mtu-discovery',
    'enable-prefix-for-ipv6-source-nat',
    'enable-tcp-udp-listener',
    'healthcheck-success-codes',
    'inbound-sg-rules-on-private-link-traffic',
    'ip-address-type',
    'ipv6-addresses',
    'listener-attributes',
    'manage-backend-security-group-rules',
    'minimum-load-balancer-capacity',
    'multi-cluster-target-group',
    'name',
    'nlb-target-type',
    'proxy-protocol-per-target-group',
    'quic-enabled-ports',
    'scheme',
    'security-group-prefix-lists',
    'source-nat-ipv6-prefixes',
].map((n) => AWS_ANNOTATION_PREFIX + n));
/**
 * A LoadBalancer Service whose load balancer opens its own TCP connection to the nodes, so the
 * client address is gone before any node sees the packet, whatever the traffic policy. Only where
 * the provider's code says so:
 *
 * AWS in-tree Classic ELB (kubernetes/cloud-provider-aws pkg/providers/v1/aws.go `buildListener`,
 * `isNLB`): a LoadBalancer Service with `aws-load-balancer-*` annotations, no `loadBalancerClass`,
 * and no `aws-load-balancer-type` of `nlb` (an NLB, which passes the client address through) or
 * `external` / `nlb-ip` (the AWS Load Balancer Controller's). Each TCP port gets a TCP listener,
 * or an SSL listener when `aws-load-balancer-ssl-cert` covers it (`aws-load-balancer-ssl-ports`:
 * exact port numbers or lowercased names; none or `*` for all) and `backend-protocol` is empty,
 * `ssl` or `tcp`; `backend-protocol: http` (or `https` with a certificate) makes it an HTTP
 * listener that adds X-Forwarded-For. Services with annotations only the AWS Load Balancer
 * Controller reads are left alone, and so is every other provider: srcip-lint does not know that
 * their load balancers proxy.
 */
export function tcpProxyLoadBalancer(service) {
    if (serviceType(service) !== 'LoadBalancer')
        return undefined;
    const cls = serviceSpec(service)['loadBalancerClass'];
    if (typeof cls === 'string' && cls !== '')
        return undefined;
    const a = annotationsOf(service);
    const keys = Object.keys(a).filter((k) => k.startsWith(AWS_ANNOTATION_PREFIX));
    if (keys.length === 0 || keys.some((k) => AWS_LBC_ONLY.has(k)))
        return undefined;
    const type = str(a, AWS_TYPE);
    if (type === 'nlb' || type === 'external' || type === 'nlb-ip')
        return undefined;
    // Any PROXY value but "*" fails the sync: no load balancer is built (proxy-protocol-invalid-annotation-value).
    const proxy = str(a, AWS_PROXY);
    if (proxy !== undefined && proxy !== '' && proxy !== '*')
        return undefined;
    const be = str(a, AWS_BACKEND_PROTOCOL) ?? '';
    const cert = str(a, AWS_SSL_CERT) ?? '';
    const sslPorts = str(a, AWS_SSL_PORTS) ?? '';
    const covered = (p) => {
        if (sslPorts === '' || sslPorts === '*')
            return true;
        const items = sslPorts.split(',');
        return items.some((item) => (/^[+-]?\d+$/.test(item) ? Number(item) === p.port : item === p.name.toLowerCase()));
    };
    const ports = [];
    for (const port of servicePorts(service)) {
        if (port.protocol !== 'TCP')
            continue;
        if (cert !== '' && covered(port)) {
            // backendProtocolMapping: http/https → an HTTPS listener; ssl/tcp → SSL; anything else fails the sync.
            if (be === 'http' || be === 'https')
                continue;
            if (be !== '' && be !== 'ssl' && be !== 'tcp')
                return undefined;
            ports.push({ port, listener: 'SSL' });
        }
        else if (be !== 'http') {
            ports.push({ port, listener: 'TCP' });
        }
    }
    if (ports.length === 0)
        return undefined;
    const why = type !== undefined
        ? `${AWS_TYPE}: "${type}" is not "nlb", so the in-tree AWS controller builds a Classic ELB`
        : 'a LoadBalancer Service with aws-load-balancer-* annotations and no aws-load-balancer-type: "nlb" gets a Classic ELB from the in-tree AWS controller';
    return {
        provider: 'AWS Classic ELB',
        why,
        ports,
        annotation: a[AWS_BACKEND_PROTOCOL] !== undefined ? AWS_BACKEND_PROTOCOL : undefined,
        proxyFix: `${AWS_PROXY}: "*"`,
    };
}
