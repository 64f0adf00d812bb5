import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { asRecord, dig } from '../src/k8s/labels.js';
import { EG_GROUP, policyGateways } from '../src/model/envoy-gateway.js';
import { HAPROXY_ANNOTATION_PREFIXES, haproxyConfigMaps, haproxySetting } from '../src/model/haproxy-ingress.js';
import { asControllerConfigMap } from '../src/model/ingress-nginx.js';
import { kongConfig, trustsEveryone } from '../src/model/kong.js';
import { nginxIncConfigMaps, nginxIncFlag, nginxIncString } from '../src/model/nginx-inc-ingress.js';
import { traefikStatic } from '../src/model/traefik.js';
import { everyAddressOf, everyAddressScope } from '../src/util/cidr.js';
export default defineRule({
    meta: {
        id: 'forwarded-headers-trust-all',
        description: 'Report proxies that take the client address from a header or PROXY protocol line any client can send: Traefik trusting every address, Kong trusted_ips of everyone, HAProxy Kubernetes Ingress src-ip-header, F5 NGINX Ingress set-real-ip-from of everyone, Envoy Gateway clientIPDetection trusting a /0 or a custom header.',
        rationale: 'A proxy behind a load balancer learns the client address from what the load balancer adds: an X-Forwarded-For header or a PROXY protocol line. It must believe that only from the load balancer. Trusting every sender lets any client write the address itself: it then appears as any IP it likes in access logs, rate limits, IP allow-lists and deny-lists, and in the X-Forwarded-For the applications behind receive.',
        remediation: 'Trust only the addresses of the load balancer or proxy in front (Traefik forwardedHeaders/proxyProtocol trustedIPs, Kong trusted_ips, F5 NGINX Ingress set-real-ip-from, Envoy Gateway trustedCIDRs), remove Traefik insecure, and replace HAProxy src-ip-header and Envoy Gateway customHeader with PROXY protocol or externalTrafficPolicy: Local.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        securitySeverity: 8.0,
        appliesTo: [...WORKLOAD_KINDS, 'ConfigMap', 'Ingress', 'ClientTrafficPolicy'],
        crossObject: true,
        relates: [...WORKLOAD_KINDS, 'ConfigMap', 'Gateway'],
        messages: {
            traefikForwardedHeaders: '{{holderKind}} "{{holder}}" makes Traefik entry point "{{entryPoint}}" trust X-Forwarded-* headers from {{scope}}. Traefik\'s static configuration sets {{setting}}: any client that reaches the entry point can send its own X-Forwarded-For, and Traefik passes it on as the client address, so the client can appear as any IP in logs, rate limits and IP allow-lists behind Traefik. List only the load balancer\'s or proxy\'s addresses in forwardedHeaders.trustedIPs{{andInsecure}}.',
            traefikProxyProtocol: '{{holderKind}} "{{holder}}" makes Traefik entry point "{{entryPoint}}" accept PROXY protocol headers from {{scope}}. Traefik\'s static configuration sets {{setting}}: any client that reaches the port can open its connection with a PROXY line naming any source address, and Traefik takes that address as the client IP (logs, IP allow-lists, rate limits, X-Forwarded-For). List only the load balancer\'s addresses in proxyProtocol.trustedIPs{{andInsecure}}.',
            kongTrustedIps: '{{holderKind}} "{{holder}}" makes Kong trust {{scope}} to set the client address in {{header}}. It sets {{name}}: "{{value}}", and Kong takes the client address from the {{header}} header ({{headerSetting}}): any client can send {{header}} with any address, and Kong logs it, rate-limits and IP-restricts on it and passes it upstream as the client IP; it also forwards the client\'s own X-Forwarded-* headers unchanged. Set {{name}} to the CIDRs of the load balancer or proxy in front only.',
            haproxySrcIpHeader: '{{holderKind}} "{{holder}}" sets {{key}}: "{{header}}", which lets any client choose its address. It makes the HAProxy Kubernetes Ingress controller take each request\'s source address from the {{header}} header of whoever sends it (the controller has no list of trusted proxies): any client can set {{header}} and appear as any IP in logs, allow-lists, deny-lists and rate limits. Remove it and keep the client address with PROXY protocol (proxy-protocol) or externalTrafficPolicy: Local, or make sure only a proxy that overwrites {{header}} can reach the controller.',
            nginxIncSetRealIpFrom: 'ConfigMap "{{configMap}}" lets {{scope}} set the client address in the {{header}} header. Its set-real-ip-from contains {{cidrs}}, and F5 NGINX Ingress Controller takes the client address from {{header}} ({{headerSetting}}) on every connection from a trusted address, so any client can send {{header}} with any address and appear as it in access logs, access-control Policies and IP allow-lists, rate limits, and the X-Real-IP and X-Forwarded-For the applications receive. List only the load balancer\'s or proxy\'s addresses in set-real-ip-from, or take the address from PROXY protocol (proxy-protocol: "True" with real-ip-header: "proxy_protocol").',
            envoyGatewayTrustedCidrs: 'ClientTrafficPolicy "{{name}}" trusts X-Forwarded-For from {{scope}}. Its trustedCIDRs contains {{cidrs}}. Envoy reads X-Forwarded-For from the right, skipping trusted addresses, and takes the first untrusted one as the client address; when every entry is trusted it takes the leftmost, which the client writes itself, so any client can appear as any IP to SecurityPolicy clientCIDRs, rate limits and access logs, and in the X-Forwarded-For the backends receive. List only the CIDRs of the load balancer or proxy in front in trustedCIDRs, or count them with numTrustedHops.',
            envoyGatewayCustomHeader: 'ClientTrafficPolicy "{{name}}" takes the client address from the {{header}} header of any request, whoever sends it. It sets clientIPDetection.customHeader, and Envoy\'s custom_header extension has no list of trusted senders: any client that reaches Envoy can send {{header}} with any address and appear as it to SecurityPolicy clientCIDRs, rate limits and access logs, and in the X-Forwarded-For the backends receive. Use xForwardedFor with the trustedCIDRs of the load balancer or proxy in front, or PROXY protocol, unless only a proxy that overwrites {{header}} can reach Envoy.',
            // The same findings, reported on the other object when only its side is linted.
            traefikWorkload: '{{kind}} "{{workload}}" runs Traefik with entry point "{{entryPoint}}" trusting {{what}} from {{scope}}. Its static configuration sets {{setting}}: any client that reaches the entry point can {{forge}}, and Traefik takes that address as the client IP (logs, IP allow-lists, rate limits, X-Forwarded-For). List only the load balancer\'s or proxy\'s addresses in {{section}}.trustedIPs{{andInsecure}}.',
            kongHeader: '{{holderKind}} "{{holder}}" makes Kong take the client address from {{header}}, which Kong trusts from {{scope}}. The header comes from {{headerSetting}}, and the trust from {{name}}: "{{value}}". Any client can send {{header}} with any address, and Kong logs it, rate-limits and IP-restricts on it and passes it upstream as the client IP. Set {{name}} to the CIDRs of the load balancer or proxy in front only.',
            kongWorkload: '{{kind}} "{{workload}}" runs Kong trusting {{scope}} to set the client address in {{header}}. It reads {{name}}: "{{value}}" and the header name from {{headerSetting}}: any client can send {{header}} with any address, and Kong logs it, rate-limits and IP-restricts on it and passes it upstream as the client IP. Set {{name}} to the CIDRs of the load balancer or proxy in front only.',
            haproxyController: '{{kind}} "{{workload}}" reads src-ip-header: "{{header}}", which lets any client choose its address. It runs HAProxy Kubernetes Ingress, and its ConfigMap "{{configMap}}" sets it: the controller takes each request\'s source address from the {{header}} header of whoever sends it and has no list of trusted proxies, so any client can appear as any IP in logs, allow-lists, deny-lists and rate limits. Remove src-ip-header from ConfigMap "{{configMap}}" and keep the client address with PROXY protocol (proxy-protocol) or externalTrafficPolicy: Local.',
            nginxIncController: '{{kind}} "{{workload}}" lets {{scope}} set the client address in the {{header}} header. It runs F5 NGINX Ingress Controller, whose ConfigMap "{{configMap}}" has set-real-ip-from containing {{cidrs}}. The controller takes the client address from {{header}} ({{headerSetting}}) on every connection from a trusted address, so any client can send {{header}} with any address and appear as it in access logs, access-control Policies and IP allow-lists, rate limits, and the X-Real-IP and X-Forwarded-For the applications receive. List only the load balancer\'s or proxy\'s addresses in set-real-ip-from of ConfigMap "{{configMap}}", or take the address from PROXY protocol (proxy-protocol: "True" with real-ip-header: "proxy_protocol").',
            gatewayTrustedCidrs: 'Gateway "{{gateway}}" trusts X-Forwarded-For from {{scope}}. ClientTrafficPolicy "{{name}}", which applies to it, has trustedCIDRs {{cidrs}}. Envoy reads X-Forwarded-For from the right, skipping trusted addresses, and takes the first untrusted one as the client address; when every entry is trusted it takes the leftmost, which the client writes itself, so any client can appear as any IP to SecurityPolicy clientCIDRs, rate limits and access logs. List only the CIDRs of the load balancer or proxy in front in the trustedCIDRs of ClientTrafficPolicy "{{name}}", or count them with numTrustedHops.',
            gatewayCustomHeader: 'Gateway "{{gateway}}" takes the client address from the {{header}} header of any request, whoever sends it. ClientTrafficPolicy "{{name}}", which applies to it, sets clientIPDetection.customHeader. Envoy\'s custom_header extension has no list of trusted senders: any client that reaches Envoy can send {{header}} with any address and appear as it to SecurityPolicy clientCIDRs, rate limits and access logs. Use xForwardedFor with the trustedCIDRs of the load balancer or proxy in front in ClientTrafficPolicy "{{name}}", or PROXY protocol, unless only a proxy that overwrites {{header}} can reach Envoy.',
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        if (object.kind === 'Ingress') {
            yield* checkIngress(object);
            return;
        }
        if (object.kind === 'ClientTrafficPolicy') {
            yield* checkClientTrafficPolicy(model, object);
            return;
        }
        if (object.kind === 'ConfigMap') {
            const nginxInc = nginxIncConfigMapsOf(model).get(object);
            if (nginxInc)
                yield* checkNginxInc(nginxInc);
            const cm = haproxyConfigMaps(model).get(object);
            const header = cm ? haproxySetting(object, 'src-ip-header') : undefined;
            if (cm && header) {
                const data = { key: 'src-ip-header', header, holderKind: object.kind, holder: object.name };
                const demoted = `ConfigMap "${object.name}" sets src-ip-header: "${header}" here`;
                yield {
                    messageId: 'haproxySrcIpHeader',
                    path: ['data', 'src-ip-header'],
                    data,
                    related: cm.controllers.map((b) => ({
                        object: b.workload,
                        path: [...b.container.path, 'args'],
                        message: `${b.workload.kind} "${b.workload.name}" reads this ConfigMap (--configmap)`,
                        asPrimary: { messageId: 'haproxyController', data: { ...data, kind: b.workload.kind, workload: b.workload.name, configMap: object.name }, demoted },
                    })),
                };
            }
        }
        for (const p of pendingReports(model).get(object) ?? [])
            yield p.report;
    },
});
function* checkIngress(ingress) {
    const annotations = asRecord(dig(ingress.raw, 'metadata', 'annotations')) ?? {};
    for (const prefix of HAPROXY_ANNOTATION_PREFIXES) {
        const key = `${prefix}src-ip-header`;
        const value = annotations[key];
        if (typeof value !== 'string' || value.trim() === '')
            continue;
        yield { messageId: 'haproxySrcIpHeader', path: ['metadata', 'annotations', key], data: { key, header: value.trim(), holderKind: ingress.kind, holder: ingress.name } };
    }
}
const cache = new WeakMap();
/**
 * Findings of Traefik and Kong backends, keyed by the object that holds the setting: the workload
 * for flags and environment variables, the ConfigMap for a configuration file or an envFrom source.
 */
function pendingReports(model) {
    const cached = cache.get(model);
    if (cached)
        return cached;
    const out = new Map();
    const seen = new Set();
    const add = (p) => {
        const key = `${p.object.kind}/${p.object.namespace}/${p.object.name}|${p.report.messageId}|${p.report.path.join('/')}|${String(p.report.data?.['entryPoint'] ?? '')}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const list = out.get(p.object) ?? [];
        list.push(p);
        out.set(p.object, list);
    };
    for (const b of model.backendsOf('traefik'))
        for (const p of traefikReports(model, b))
            add(p);
    for (const b of model.backendsOf('kong'))
        for (const p of kongReports(model, b))
            add(p);
    cache.set(model, out);
    return out;
}
function* traefikReports(model, backend) {
    const config = traefikStatic(model, backend);
    if (config.source === 'unknown')
        return;
    for (const ep of config.entryPoints.values()) {
        for (const [messageId, trust, section] of [
            ['traefikForwardedHeaders', ep.forwardedHeaders, 'forwardedHeaders'],
            ['traefikProxyProtocol', ep.proxyProtocol, 'proxyProtocol'],
        ]) {
            const found = trustAll(trust);
            if (!found)
                continue;
            const { location } = found;
            if (!isLiteral(location))
                continue;
            const setting = config.source === 'file' && config.file
                ? `entryPoints.${ep.name}.${section}.${found.field}${contains(found.cidrs)} in ${config.file.key}`
                : `${describeArg(location)}${contains(found.cidrs)}`;
            const data = { holderKind: location.object.kind, holder: location.object.name, entryPoint: ep.name, setting, scope: everyAddressScope(found.field === 'insecure' ? ['0.0.0.0/0', '::/0'] : found.cidrs), andInsecure: trust?.insecure ? ` and remove ${section}.insecure` : '' };
            const { workload } = backend;
            const forwarded = section === 'forwardedHeaders';
            // A setting in a ConfigMap (a configuration file, an envFrom source): the workload that reads it is the other side.
            const related = location.object === workload
                ? []
                : [
                    {
                        object: workload,
                        path: [...backend.container.path, 'image'],
                        message: `${workload.kind} "${workload.name}" runs Traefik with this configuration`,
                        asPrimary: {
                            messageId: 'traefikWorkload',
                            data: {
                                ...data,
                                kind: workload.kind,
                                workload: workload.name,
                                section,
                                what: forwarded ? 'X-Forwarded-* headers' : 'PROXY protocol headers',
                                forge: forwarded ? 'send its own X-Forwarded-For' : 'open its connection with a PROXY line naming any source address',
                            },
                            demoted: `Entry point "${ep.name}" trusts ${forwarded ? 'X-Forwarded-* headers' : 'PROXY protocol headers'} from ${data.scope} here`,
                        },
                    },
                ];
            yield { object: location.object, report: { messageId, path: location.path, ...(location.within ? { within: location.within } : {}), data, related } };
        }
    }
}
/** `insecure`, or a trustedIPs list with 0.0.0.0/0 or ::/0. */
function trustAll(trust) {
    if (!trust)
        return undefined;
    if (trust.insecure)
        return { field: 'insecure', location: trust.insecureLocation ?? trust.location, cidrs: [] };
    const cidrs = (trust.trustedIPs ?? []).map((ip) => ip.trim()).filter((ip) => everyAddressOf(ip) !== undefined);
    if (cidrs.length > 0)
        return { field: 'trustedIPs', location: trust.trustedIPsLocation ?? trust.location, cidrs };
    return undefined;
}
function contains(cidrs) {
    return cidrs.length > 0 ? ` contains ${cidrs.map((c) => `"${c}"`).join(' and ')}` : '';
}
/** An environment variable set from a Secret or field reference has no value we can judge. */
function isLiteral(location) {
    const node = dig(location.object.raw, ...location.path);
    const env = asRecord(node);
    if (env && typeof env['name'] === 'string')
        return typeof env['value'] === 'string';
    return true;
}
/** The flag or variable as written: `--entryPoints.web.forwardedHeaders.insecure`, `TRAEFIK_..._INSECURE=true`. */
function describeArg(location) {
    const node = dig(location.object.raw, ...location.path);
    const env = asRecord(node);
    return typeof node === 'string' ? node : env ? `${String(env['name'])}=${typeof env['value'] === 'string' ? env['value'] : ''}` : '';
}
function* kongReports(model, backend) {
    const config = kongConfig(model, backend);
    const trusted = config.get('trusted_ips');
    if (trusted.source === 'unknown' || !trusted.value || !trusted.location)
        return;
    const all = trustsEveryone(trusted.value);
    if (all.length === 0)
        return;
    const direct = config.get('nginx_proxy_real_ip_header');
    const header = direct.source === 'env' || direct.source === 'file' ? direct : config.get('real_ip_header');
    if (header.source === 'unknown' || !header.value || header.value.toLowerCase() === 'proxy_protocol')
        return;
    const headerSetting = header.source === 'default' ? `the default of real_ip_header` : header.source === 'file' ? `${header.key} in kong.conf` : header.name;
    const path = trusted.location.path;
    const data = {
        holderKind: trusted.location.object.kind,
        holder: trusted.location.object.name,
        name: trusted.source === 'file' ? 'trusted_ips' : trusted.name,
        value: trusted.value,
        scope: everyAddressScope(all),
        header: header.value,
        headerSetting,
    };
    const related = [];
    const demoted = `${data.name}: "${data.value}" makes Kong trust ${data.scope} here`;
    const holder = header.location?.object;
    if (header.location && holder && holder !== trusted.location.object) {
        related.push({
            ...header.location,
            message: `${header.name} makes Kong read the client address from ${header.value}`,
            asPrimary: { messageId: 'kongHeader', data: { ...data, holderKind: holder.kind, holder: holder.name }, demoted },
        });
    }
    // Settings in a ConfigMap (envFrom, kong.conf): the workload that reads them is the other side.
    const { workload } = backend;
    if (trusted.location.object !== workload && holder !== workload) {
        related.push({
            object: workload,
            path: [...backend.container.path, 'image'],
            message: `${workload.kind} "${workload.name}" runs Kong with these settings`,
            asPrimary: { messageId: 'kongWorkload', data: { ...data, kind: workload.kind, workload: workload.name }, demoted },
        });
    }
    const { within } = trusted.location;
    yield { object: trusted.location.object, report: { messageId: 'kongTrustedIps', path, ...(within ? { within } : {}), data, related } };
}
const nginxIncCache = new WeakMap();
/** F5 NGINX Ingress ConfigMaps, not counting those that configure ingress-nginx or HAProxy. */
function nginxIncConfigMapsOf(model) {
    let out = nginxIncCache.get(model);
    if (!out) {
        const haproxy = haproxyConfigMaps(model);
        const other = (cm) => asControllerConfigMap(model, cm) !== undefined || haproxy.has(cm);
        out = new Map(nginxIncConfigMaps(model, other).map((e) => [e.configMap, e]));
        nginxIncCache.set(model, out);
    }
    return out;
}
/**
 * F5 NGINX Ingress: `set-real-ip-from` with a /0 while the address comes from a header (the
 * `real_ip_header` nginx uses: `real-ip-header`, or nginx's default X-Real-IP). Silent when a
 * reader runs with `-enable-tls-passthrough`, which ignores real-ip-header.
 */
function* checkNginxInc(entry) {
    const cm = entry.configMap;
    const from = nginxIncString(cm, 'set-real-ip-from');
    if (from === undefined)
        return;
    const all = trustsEveryone(from);
    if (all.length === 0)
        return;
    if (entry.controllers.some((b) => nginxIncFlag(b, 'enable-tls-passthrough')))
        return;
    const written = nginxIncString(cm, 'real-ip-header')?.trim();
    if (written === 'proxy_protocol')
        return;
    const header = written || 'X-Real-IP';
    const data = {
        configMap: cm.name,
        scope: everyAddressScope(all),
        cidrs: all.map((c) => `"${c}"`).join(' and '),
        header,
        headerSetting: written ? `real-ip-header: "${written}"` : 'real-ip-header is not set, and nginx\'s default real_ip_header is X-Real-IP',
    };
    const demoted = `ConfigMap "${cm.name}" sets set-real-ip-from: "${from}" here`;
    yield {
        messageId: 'nginxIncSetRealIpFrom',
        path: ['data', 'set-real-ip-from'],
        data,
        related: entry.controllers.map((b) => ({
            object: b.workload,
            path: [...b.container.path, 'args'],
            message: `${b.workload.kind} "${b.workload.name}" reads this ConfigMap (-nginx-configmaps)`,
            asPrimary: { messageId: 'nginxIncController', data: { ...data, kind: b.workload.kind, workload: b.workload.name }, demoted },
        })),
    };
}
/**
 * Envoy Gateway ClientTrafficPolicy `clientIPDetection`: `xForwardedFor.trustedCIDRs` holding a
 * /0, or `customHeader` (envoyproxy/gateway api/v1alpha1/clienttrafficpolicy_types.go,
 * internal/xds/translator/listener.go `originalIPDetectionExtensions`).
 */
function* checkClientTrafficPolicy(model, policy) {
    if (!policy.apiVersion.startsWith(`${EG_GROUP}/`))
        return;
    const detection = asRecord(dig(policy.raw, 'spec', 'clientIPDetection'));
    if (!detection)
        return;
    const gateways = policyGateways(model, policy);
    const related = (messageId, data, demoted) => gateways.map((g) => ({
        object: g,
        path: ['metadata', 'name'],
        message: `Gateway "${g.name}" takes client addresses as ClientTrafficPolicy "${policy.name}" says`,
        asPrimary: { messageId, data: { ...data, gateway: g.name }, demoted },
    }));
    const custom = asRecord(detection['customHeader']);
    const name = custom?.['name'];
    if (typeof name === 'string' && name.trim() !== '') {
        const data = { name: policy.name, header: name.trim() };
        const demoted = `ClientTrafficPolicy "${policy.name}" takes the address from ${data.header} here`;
        yield { messageId: 'envoyGatewayCustomHeader', path: ['spec', 'clientIPDetection', 'customHeader', 'name'], data, related: related('gatewayCustomHeader', data, demoted) };
        return;
    }
    const cidrs = dig(detection, 'xForwardedFor', 'trustedCIDRs');
    if (!Array.isArray(cidrs))
        return;
    const texts = cidrs.map((c) => (typeof c === 'string' ? c.trim() : ''));
    const all = texts.filter((c) => everyAddressOf(c) !== undefined);
    const first = texts.findIndex((c) => everyAddressOf(c) !== undefined);
    if (first < 0)
        return;
    const data = { name: policy.name, scope: everyAddressScope(all), cidrs: all.map((c) => `"${c}"`).join(' and ') };
    const demoted = `ClientTrafficPolicy "${policy.name}" trusts ${data.cidrs} here`;
    yield {
        messageId: 'envoyGatewayTrustedCidrs',
        path: ['spec', 'clientIPDetection', 'xForwardedFor', 'trustedCIDRs', first],
        data,
        related: related('gatewayTrustedCidrs', data, demoted),
    };
}
