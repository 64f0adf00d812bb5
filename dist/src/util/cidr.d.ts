/**
 * Addresses and CIDRs as proxies read them (Go's net.ParseIP / net.ParseCIDR, nginx's
 * set_real_ip_from, Envoy's CidrRange): an IPv4 or IPv6 address, optionally with a prefix length.
 * Host bits under the prefix are ignored by all of them, so `10.0.0.0/0` is every IPv4 address.
 */
export interface Cidr {
    readonly family: 4 | 6;
    readonly prefix: number;
}
/**
 * An address or CIDR, or undefined for anything else (a host name, a zone index, a prefix longer
 * than the family's). With `brackets`, an IPv6 address may be written `[::1]` (Kong, Traefik).
 */
export declare function parseCidr(text: string, options?: {
    brackets?: boolean;
}): Cidr | undefined;
/** The family whose every address a CIDR covers (`0.0.0.0/0`, `::/0`, `10.0.0.0/0`, `[::]/0`), if any. */
export declare function everyAddressOf(text: string): 4 | 6 | undefined;
/**
 * "every address", "every IPv4 address" or "every IPv6 address": what a set of /0 entries covers
 * (an IPv4 /0 matches no IPv6 peer and the reverse: Go net.IPNet, nginx realip).
 */
export declare function everyAddressScope(cidrs: readonly string[]): string;
