/**
 * Kong and PROXY protocol (DOMAIN.md §4; Kong/kong kong.conf.default and
 * kong/templates/nginx_kong.lua): each `proxy_listen` / `stream_listen` entry becomes an nginx
 * `listen` with its flags, so an entry with `proxy_protocol` requires a PROXY header on every
 * connection and an entry without it reads one as a broken request. Defaults: proxy_listen
 * `0.0.0.0:8000 ..., 0.0.0.0:8443 http2 ssl ...`, stream_listen `off`.
 */
import { kongConfig, parseKongListen } from './kong.js';
import { NOT_IN_VIEW, UNKNOWN } from './proxy-types.js';
export function kongExpectation(model, backend, port) {
    const config = kongConfig(model, backend);
    const role = config.get('role');
    if (role.source === 'unknown')
        return NOT_IN_VIEW;
    if (role.value === 'control_plane')
        return UNKNOWN;
    for (const key of ['proxy_listen', 'stream_listen']) {
        const setting = config.get(key);
        if (setting.source === 'unknown' || setting.value === undefined)
            continue;
        const entries = onPort(parseKongListen(setting.value), port);
        if (entries.length === 0)
            continue;
        const withPp = entries.filter((e) => e.proxyProtocol);
        if (withPp.length > 0 && withPp.length < entries.length)
            return UNKNOWN;
        const entry = entries[0];
        const listener = `${key} entry "${entry.text}"`;
        const where = describe(setting);
        const related = setting.location
            ? { ...setting.location, message: `${setting.name} ${withPp.length > 0 ? 'makes' : 'does not make'} Kong's ${key === 'proxy_listen' ? 'proxy' : 'stream'} listener on port ${port} expect a PROXY protocol header` }
            : { object: backend.workload, path: [...backend.container.path, 'env'], message: `the Kong container does not set ${setting.name}, so Kong listens on its default "${setting.value}"` };
        if (withPp.length > 0) {
            return {
                expectation: 'required',
                listener,
                detail: `${where} has the proxy_protocol flag on "${entry.text}"`,
                fix: `remove proxy_protocol from "${entry.text}" in ${setting.name}`,
                related,
            };
        }
        const helm = key === 'proxy_listen' ? ` (Helm: proxy.${/\bssl\b/.test(entry.text) ? 'tls' : 'http'}.parameters: [proxy_protocol])` : '';
        const realIp = key === 'proxy_listen' ? 'KONG_REAL_IP_HEADER: proxy_protocol and KONG_TRUSTED_IPS set to the load balancer\'s CIDRs' : 'KONG_TRUSTED_IPS set to the load balancer\'s CIDRs';
        const change = setting.source === 'default'
            ? `set ${setting.name} with proxy_protocol on port ${port} (for example "${withFlag(setting.value)}")${helm}`
            : `add proxy_protocol to "${entry.text}" in ${setting.name}${helm}`;
        return {
            expectation: 'rejected',
            listener,
            detail: `${where} has no proxy_protocol flag on "${entry.text}"`,
            fix: `${change}, with ${realIp}`,
            related,
        };
    }
    return UNKNOWN;
}
/** A listen value with proxy_protocol on every entry. */
function withFlag(value) {
    return parseKongListen(value)
        .map((e) => `${e.host}:${e.port} ${[...e.flags.filter((f) => f === 'http2' || f === 'ssl'), 'proxy_protocol'].join(' ')}`)
        .join(', ');
}
/** Entries on a port that take connections to the pod's IPv4 address. */
function onPort(entries, port) {
    const all = entries.filter((e) => e.port === port && !/^(127\.|localhost$|\[::1\]$)/.test(e.host));
    const v4 = all.filter((e) => !e.ipv6);
    return v4.length > 0 ? v4 : all;
}
function describe(setting) {
    switch (setting.source) {
        case 'env':
            return `${setting.name}`;
        case 'file':
            return `${setting.key} in kong.conf (ConfigMap "${setting.location?.object.name ?? ''}")`;
        default:
            return `${setting.name} is not set and Kong's default ${setting.key}`;
    }
}
