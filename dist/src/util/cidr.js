/**
 * Addresses and CIDRs as proxies read them (Go's net.ParseIP / net.ParseCIDR, nginx's
 * set_real_ip_from, Envoy's CidrRange): an IPv4 or IPv6 address, optionally with a prefix length.
 * Host bits under the prefix are ignored by all of them, so `10.0.0.0/0` is every IPv4 address.
 */
import { isIPv4, isIPv6 } from 'node:net';
/**
 * An address or CIDR, or undefined for anything else (a host name, a zone index, a prefix longer
 * than the family's). With `brackets`, an IPv6 address may be written `[::1]` (Kong, Traefik).
 */
export function parseCidr(text, options = {}) {
    const slash = text.indexOf('/');
    let addr = slash < 0 ? text : text.slice(0, slash);
    if (options.brackets && addr.startsWith('[') && addr.endsWith(']'))
        addr = addr.slice(1, -1);
    const family = isIPv4(addr) ? 4 : isIPv6(addr) && !addr.includes('%') ? 6 : undefined;
    if (family === undefined)
        return undefined;
    const max = family === 4 ? 32 : 128;
    if (slash < 0)
        return { family, prefix: max };
    const len = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(len) || Number(len) > max)
        return undefined;
    return { family, prefix: Number(len) };
}
/** The family whose every address a CIDR covers (`0.0.0.0/0`, `::/0`, `10.0.0.0/0`, `[::]/0`), if any. */
export function everyAddressOf(text) {
    const cidr = parseCidr(text.trim(), { brackets: true });
    return cidr?.prefix === 0 ? cidr.family : undefined;
}
/**
 * "every address", "every IPv4 address" or "every IPv6 address": what a set of /0 entries covers
 * (an IPv4 /0 matches no IPv6 peer and the reverse: Go net.IPNet, nginx realip).
 */
export function everyAddressScope(cidrs) {
    const families = new Set(cidrs.map(everyAddressOf));
    if (families.has(4) && families.has(6))
        return 'every address';
    return families.has(6) ? 'every IPv6 address' : 'every IPv4 address';
}
