import { describe, expect, it } from 'vitest';
import { isIpOrCidr, proxyProtocolSources } from '../../src/model/haproxy-ingress.js';
import { trustedEntries, trustsEveryAddress } from '../../src/model/ingress-nginx-realip.js';
import { trustsEveryone } from '../../src/model/kong.js';
import { everyAddressOf, everyAddressScope, parseCidr } from '../../src/util/cidr.js';

describe('parseCidr', () => {
  it('reads addresses and CIDRs of both families, an address alone being a full-length prefix', () => {
    expect(parseCidr('10.1.2.3')).toEqual({ family: 4, prefix: 32 });
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, prefix: 8 });
    expect(parseCidr('2001:db8::/32')).toEqual({ family: 6, prefix: 32 });
    expect(parseCidr('::ffff:10.0.0.1')).toEqual({ family: 6, prefix: 128 });
  });

  it('rejects what Go and nginx reject: host names, zones, leading zeros, prefixes out of range, brackets unless asked', () => {
    for (const bad of ['lb.example.com', 'fe80::1%eth0', '010.0.0.1', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/x', '', '[::]/0']) {
      expect(parseCidr(bad), bad).toBeUndefined();
    }
    expect(parseCidr('[::]/0', { brackets: true })).toEqual({ family: 6, prefix: 0 });
  });
});

describe('everyAddressOf', () => {
  it('is the family of any /0, host bits and spelling aside', () => {
    expect(['0.0.0.0/0', '10.0.0.0/0', ' 0.0.0.0/0 '].map(everyAddressOf)).toEqual([4, 4, 4]);
    expect(['::/0', '::0/0', '0::0/0', '[::]/0', '2001:db8::/0'].map(everyAddressOf)).toEqual([6, 6, 6, 6, 6]);
    expect(['0.0.0.0/1', '::/1', '0.0.0.0', 'any', '0/0'].map(everyAddressOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('names what a set of /0 entries covers', () => {
    expect(everyAddressScope(['10.0.0.0/0'])).toBe('every IPv4 address');
    expect(everyAddressScope(['0::0/0'])).toBe('every IPv6 address');
    expect(everyAddressScope(['0.0.0.0/0', '[::]/0'])).toBe('every address');
  });
});

describe('the readers built on it', () => {
  it('agree on which entries trust everyone', () => {
    expect(trustedEntries('10.0.0.0/8, 10.0.0.0/0, ::0/0, lb').filter(trustsEveryAddress).map((e) => e.text)).toEqual(['10.0.0.0/0', '::0/0']);
    expect(trustsEveryone('10.0.0.0/8, 10.0.0.0/0, ::0/0, lb')).toEqual(['10.0.0.0/0', '::0/0']);
  });

  it('haproxy-ingress: every IPv4 source must send PROXY only under an IPv4 /0', () => {
    expect(proxyProtocolSources('10.0.0.0/0').all).toBe(true);
    expect(proxyProtocolSources('::/0, 10.0.0.0/8').all).toBe(false);
    expect(proxyProtocolSources('10.0.0.0/8, lb').invalid).toEqual(['lb']);
    expect(isIpOrCidr('010.0.0.1')).toBe(false);
  });
});
