/**
 * Load-balancer PROXY protocol annotations of each provider and how each cloud controller reads
 * their values (DOMAIN.md §3 and §6.6). Every annotation yields a setting: enabled (with the
 * Service ports that get PROXY), disabled, or invalid — rejected by the controller (the load
 * balancer is not reconciled) or silently ignored (no PROXY is sent).
 */
import { asRecord, scalarText } from '../k8s/labels.js';
import { serviceSpec, serviceType, servicePorts } from '../k8s/service.js';
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
export const AWS_PROXY = 'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol';
export const KUBELB_PROXY = 'kubelb.k8c.io/proxy-protocol';
const parseBoolSetting = (provider, silentlyFalse) => (value) => {
    const b = parseGoBool(value);
    const accepted = 'a Go boolean: "true" or "false" (also 1/0, t/f, TRUE/FALSE)';
    if (b === undefined) {
        return silentlyFalse
            ? { provider, status: 'invalid', invalid: 'ignored', accepted, note: 'the controller reads it as false', ports: 'all' }
            : { provider, status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
    }
    return { provider, status: b ? 'enabled' : 'disabled', accepted, ports: 'all' };
};
function isAwsNlbInTree(annotations, svc) {
    const type = annotations['service.beta.kubernetes.io/aws-load-balancer-type'];
    const cls = serviceSpec(svc)['loadBalancerClass'];
    return type === 'nlb' && cls !== 'service.k8s.aws/nlb';
}
const READERS = {
    [AWS_PROXY]: (value, annotations, svc) => {
        const accepted = '"*" (the only value supported)';
        if (value !== '*')
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        if (isAwsNlbInTree(annotations, svc)) {
            return {
                provider: 'AWS',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: 'the in-tree controller applies it only to Classic ELBs, not to aws-load-balancer-type "nlb"; use aws-load-balancer-target-group-attributes: proxy_protocol_v2.enabled=true, or the AWS Load Balancer Controller',
                ports: 'all',
            };
        }
        return { provider: 'AWS', status: 'enabled', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol-per-target-group': (value) => {
        const ports = value.split(',').map((s) => s.trim());
        const accepted = 'a comma-separated list of Service ports, e.g. "80, 443"';
        if (ports.some((p) => !/^\d+$/.test(p)))
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: [] };
        return { provider: 'AWS', status: 'enabled', version: 'v2', accepted, ports: ports.map(Number) };
    },
    'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes': (value) => {
        const m = /(?:^|,)\s*proxy_protocol_v2\.enabled\s*=\s*([^,\s]*)/.exec(value);
        if (!m)
            return undefined;
        const v = m[1];
        const accepted = 'proxy_protocol_v2.enabled=true or =false';
        if (v !== 'true' && v !== 'false')
            return { provider: 'AWS', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
        return { provider: 'AWS', status: v === 'true' ? 'enabled' : 'disabled', version: 'v2', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol': parseBoolSetting('DigitalOcean', false),
    'load-balancer.hetzner.cloud/uses-proxyprotocol': parseBoolSetting('Hetzner', false),
    'service.beta.kubernetes.io/vultr-loadbalancer-proxy-protocol': parseBoolSetting('Vultr', true),
    'service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol': linode,
    'service.beta.kubernetes.io/linode-loadbalancer-proxy-protocol': linode,
    'loadbalancer.openstack.org/proxy-protocol': (value) => {
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
        return { provider: 'OVHcloud', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v1': scaleway('v1'),
    'service.beta.kubernetes.io/scw-loadbalancer-proxy-protocol-v2': scaleway('v2'),
    'service.beta.kubernetes.io/scw-loadbalancer-send-proxy-v2': scaleway('v2'),
    'kubernetes.civo.com/loadbalancer-enable-proxy-protocol': (value) => {
        const accepted = 'send-proxy (v1) or send-proxy-v2 (v2)';
        if (value === 'send-proxy')
            return { provider: 'Civo', status: 'enabled', version: 'v1', accepted, ports: 'all' };
        if (value === 'send-proxy-v2')
            return { provider: 'Civo', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (value === '')
            return { provider: 'Civo', status: 'disabled', accepted, ports: 'all' };
        return { provider: 'Civo', status: 'invalid', invalid: 'rejected', accepted, note: 'the controller passes it to the Civo API unchecked', ports: 'all' };
    },
    'service.kubernetes.io/ibm-load-balancer-cloud-provider-enable-features': (value) => {
        const features = value.split(',');
        const accepted = 'a comma-separated list containing exactly "proxy-protocol" (no spaces)';
        if (features.includes('proxy-protocol'))
            return { provider: 'IBM Cloud', status: 'enabled', version: 'v1', accepted, ports: 'all' };
        if (features.some((f) => f.trim() === 'proxy-protocol')) {
            return {
                provider: 'IBM Cloud',
                status: 'invalid',
                invalid: 'ignored',
                accepted,
                note: 'the controller does not trim spaces, so " proxy-protocol" is not recognised',
                ports: 'all',
            };
        }
        return undefined;
    },
    'service.beta.kubernetes.io/oci-load-balancer-connection-proxy-protocol-version': (value) => {
        const accepted = '"1" or "2"';
        if (value === '1' || value === '2')
            return { provider: 'Oracle Cloud', status: 'enabled', version: value === '1' ? 'v1' : 'v2', accepted, ports: 'all' };
        return { provider: 'Oracle Cloud', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
    },
    'oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled': (value) => {
        const accepted = '"true" or "false"';
        const v = value.toLowerCase();
        if (v === 'true')
            return { provider: 'Oracle Cloud NLB', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        if (v === 'false')
            return { provider: 'Oracle Cloud NLB', status: 'disabled', accepted, ports: 'all' };
        return { provider: 'Oracle Cloud NLB', status: 'invalid', invalid: 'ignored', accepted, ports: 'all' };
    },
    'service.beta.kubernetes.io/azure-pls-proxy-protocol': (value) => {
        const accepted = '"true" or "false"';
        if (value === 'true') {
            return {
                provider: 'Azure Private Link Service',
                status: 'enabled',
                version: 'v2',
                accepted,
                note: 'only connections through the Private Link Service carry the header',
                ports: 'all',
            };
        }
        if (value === 'false')
            return { provider: 'Azure Private Link Service', status: 'disabled', accepted, ports: 'all' };
        return { provider: 'Azure Private Link Service', status: 'invalid', invalid: 'ignored', accepted, ports: 'all' };
    },
    [KUBELB_PROXY]: (value) => {
        const accepted = '"v2", exactly';
        if (value === 'v2')
            return { provider: 'KubeLB', status: 'enabled', version: 'v2', accepted, ports: 'all' };
        return {
            provider: 'KubeLB',
            status: 'invalid',
            invalid: 'ignored',
            accepted,
            note: 'KubeLB enables PROXY only for the exact value "v2"; "true" or "v1" do nothing',
            ports: 'all',
        };
    },
};
function linode(value) {
    const accepted = 'none, v1 or v2';
    const v = value.toLowerCase();
    if (v === 'v1' || v === 'v2')
        return { provider: 'Linode', status: 'enabled', version: v, accepted, ports: 'all' };
    if (v === 'none' || v === '')
        return { provider: 'Linode', status: 'disabled', accepted, ports: 'all' };
    return { provider: 'Linode', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
}
function scaleway(version) {
    return (value) => {
        const accepted = '"true", "*" (all ports) or a comma-separated list of Service ports';
        if (value === '*')
            return { provider: 'Scaleway', status: 'enabled', version, accepted, ports: 'all' };
        if (value === 'true' || value === 'false')
            return { provider: 'Scaleway', status: value === 'true' ? 'enabled' : 'disabled', version, accepted, ports: 'all' };
        const parts = value.split(',').map((s) => s.trim());
        if (parts.every((p) => /^\d+$/.test(p))) {
            if (parts.some((p) => Number(p) < 1 || Number(p) > 65535)) {
                return { provider: 'Scaleway', status: 'invalid', invalid: 'rejected', accepted, note: 'numbers are read as port numbers, and ports must be 1–65535', ports: [] };
            }
            return {
                provider: 'Scaleway',
                status: 'enabled',
                version,
                accepted,
                ...(value === '1' ? { note: 'Scaleway reads "1" as port 1, not as true' } : {}),
                ports: parts.map(Number),
            };
        }
        const b = parseGoBool(value);
        if (b !== undefined)
            return { provider: 'Scaleway', status: b ? 'enabled' : 'disabled', version, accepted, ports: 'all' };
        return { provider: 'Scaleway', status: 'invalid', invalid: 'rejected', accepted, ports: 'all' };
    };
}
const LINODE_PORT = /^service\.beta\.kubernetes\.io\/linode-loadbalancer-port-(\d+)$/;
/** Every PROXY-protocol annotation of a Service, read as its provider reads it. */
export function proxySettings(service) {
    const annotations = asRecord(asRecord(service.raw['metadata'])?.['annotations']) ?? {};
    const out = [];
    for (const [key, raw] of Object.entries(annotations)) {
        const value = raw === null ? '' : scalarText(raw);
        const reader = READERS[key];
        if (reader) {
            const s = reader(value, annotations, service);
            if (s)
                out.push({ ...s, annotation: key, value });
            continue;
        }
        const port = LINODE_PORT.exec(key);
        if (port) {
            let pp;
            try {
                pp = asRecord(JSON.parse(value))?.['proxy-protocol'];
            }
            catch {
                continue;
            }
            if (typeof pp !== 'string')
                continue;
            const s = linode(pp);
            out.push({ ...s, annotation: key, value, ports: s.status === 'enabled' ? [Number(port[1])] : [] });
        }
    }
    return out;
}
/**
 * What a LoadBalancer Service's load balancer sends: the ports that get a PROXY header.
 * Undefined when the Service is not a LoadBalancer or no annotation enables PROXY. A global
 * enabling annotation wins over per-port lists; UDP ports never get PROXY.
 */
export function proxyPlan(service) {
    if (serviceType(service) !== 'LoadBalancer')
        return undefined;
    const settings = proxySettings(service).filter((s) => s.status === 'enabled');
    if (settings.length === 0)
        return undefined;
    const ports = servicePorts(service);
    const all = settings.some((s) => s.ports === 'all');
    const listed = new Set(settings.flatMap((s) => (s.ports === 'all' ? [] : s.ports)));
    const portIndexes = ports
        .filter((p) => p.protocol !== 'UDP' && (all || (p.port !== undefined && listed.has(p.port))))
        .map((p) => p.index);
    return { settings, portIndexes };
}
function annotationsOf(service) {
    return asRecord(asRecord(service.raw['metadata'])?.['annotations']) ?? {};
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
