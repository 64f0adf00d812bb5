/**
 * How ingress-nginx picks the client address (its realip wiring, DOMAIN.md §2.2–2.3) and how it reads
 * `proxy-real-ip-cidr`, the list of addresses whose forwarded headers it trusts.
 */
import { parseCidr } from '../util/cidr.js';
import { versionAtLeast } from './ingress-nginx-controller.js';
import { boolSetting, NGINX_DEFAULTS, stringSetting } from './ingress-nginx.js';
/**
 * Entries of a `proxy-real-ip-cidr` value as the controller splits it: on commas, each entry
 * trimmed, empty entries dropped (`splitAndTrimSpace` in template/configmap.go). Each entry becomes
 * one `set_real_ip_from`: an address or CIDR, or anything else, which nginx takes for a host name.
 */
export function trustedEntries(value) {
    return value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map(parseEntry);
}
function parseEntry(text) {
    const cidr = parseCidr(text);
    return cidr ? { text, kind: 'ip', ...cidr } : { text, kind: 'invalid' };
}
/** An entry that covers every address of its family (`0.0.0.0/0`, `::/0`, any `/0`). */
export function trustsEveryAddress(entry) {
    return entry.kind === 'ip' && entry.prefix === 0;
}
/**
 * The realip wiring of a controller configuration (nginx.tmpl, v1.15.1): the module is on when
 * use-forwarded-headers, use-proxy-protocol or enable-real-ip is on; with PROXY protocol the address
 * comes from the PROXY header, except that from v1.13 use-forwarded-headers adds the forwarded header
 * behind it. `versions`: the readers' versions (undefined: assume a current controller). Booleans are
 * read as the controller reads them (`boolSetting`).
 */
export function realIpWiring(data, versions) {
    const forwarded = boolSetting(data, 'use-forwarded-headers').value;
    const realIp = boolSetting(data, 'enable-real-ip').value;
    const proxy = boolSetting(data, 'use-proxy-protocol').value;
    const header = stringSetting(data, 'forwarded-for-header') || NGINX_DEFAULTS['forwarded-for-header'];
    const trigger = forwarded ? 'use-forwarded-headers' : realIp ? 'enable-real-ip' : undefined;
    if (!forwarded && !realIp && !proxy)
        return { source: 'connection', trigger: undefined, header };
    if (!proxy)
        return { source: 'header', trigger, header };
    const chained = forwarded && (versions === undefined || versions.some((v) => versionAtLeast(v, 1, 13)));
    return chained ? { source: 'header-after-proxy', trigger: 'use-forwarded-headers', header } : { source: 'proxy-protocol', trigger, header };
}
