import { defineRule } from '../src/engine/rule.js';
import { asControllerConfigMap, configData, hasKey, stringSetting } from '../src/model/ingress-nginx.js';
import { readerVersions } from '../src/model/ingress-nginx-controller.js';
import { realIpWiring, trustedEntries, trustsEveryAddress } from '../src/model/ingress-nginx-realip.js';
const CIDR_KEY = 'proxy-real-ip-cidr';
export default defineRule({
    meta: {
        id: 'ingress-nginx-forwarded-headers-spoofable',
        description: 'Report ingress-nginx configurations that take the client address from X-Forwarded-For (use-forwarded-headers or enable-real-ip) while trusting that header from every address, or from a proxy-real-ip-cidr that is not a list of addresses.',
        rationale: 'With use-forwarded-headers or enable-real-ip on, ingress-nginx replaces the client address with the one in X-Forwarded-For (or forwarded-for-header) when the request comes from an address in proxy-real-ip-cidr. That list defaults to 0.0.0.0/0, so unless it names the load balancer, any client can send the header with any IP: the forged address is what the controller logs and what whitelist-source-range, rate limits and block-cidrs check, and what backends receive as X-Real-IP and X-Forwarded-For.',
        remediation: 'Set proxy-real-ip-cidr to the addresses of the load balancer or proxy in front of the controller (never 0.0.0.0/0 or ::/0); or turn use-forwarded-headers and enable-real-ip off when nothing in front adds the header.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        securitySeverity: 8.0,
        appliesTo: ['ConfigMap'],
        crossObject: true,
        messages: {
            defaultCidr: '{{trigger}}: "true" makes ingress-nginx take the client address from {{header}}, and proxy-real-ip-cidr is not set, so it trusts that header from every address (the default is 0.0.0.0/0): any client can send "{{header}}: <any IP>" and the controller logs, rate-limits and allow-lists the forged address. Set proxy-real-ip-cidr to the addresses of your load balancer or proxy.',
            trustAll: 'proxy-real-ip-cidr contains "{{entry}}", which trusts {{header}} from every {{family}} address while {{trigger}} is "true": any client can send "{{header}}: <any IP>" and the controller logs, rate-limits and allow-lists the forged address. List only the addresses of your load balancer or proxy.',
            invalidEntry: 'proxy-real-ip-cidr entry "{{entry}}" is not an IP address or CIDR{{placeholder}}: nginx takes it for a host name in set_real_ip_from, and its configuration test fails ("host not found in set_real_ip_from") unless that name resolves, so the controller cannot apply this configuration. Replace it with the addresses of your load balancer or proxy, and not with 0.0.0.0/0, which would let any client forge {{header}}.',
            proxyChainTrustAll: 'With use-proxy-protocol and use-forwarded-headers both "true", ingress-nginx v1.13+ takes the client address from {{header}} whenever the PROXY protocol address is inside proxy-real-ip-cidr, which {{cidr}}: every client is inside it, so any client can forge its IP by sending "{{header}}: <any IP>". List in proxy-real-ip-cidr only the proxies in front of the load balancer (a CDN, say), or set use-forwarded-headers: "false" if the load balancer is the only proxy.',
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        if (object.kind !== 'ConfigMap' || !asControllerConfigMap(model, object))
            return;
        yield* checkConfigMap(model, object);
    },
});
function* checkConfigMap(model, cm) {
    const data = configData(cm);
    const wiring = realIpWiring(data, readerVersions(model, cm));
    const { trigger, header } = wiring;
    if (!trigger)
        return;
    const readsHeader = wiring.source === 'header' || wiring.source === 'header-after-proxy';
    const chained = wiring.source === 'header-after-proxy';
    if (!hasKey(data, CIDR_KEY)) {
        if (!readsHeader)
            return;
        yield chained
            ? { messageId: 'proxyChainTrustAll', path: ['data', trigger], data: { header, cidr: 'is not set (its default is 0.0.0.0/0)' } }
            : { messageId: 'defaultCidr', path: ['data', trigger], data: { trigger, header } };
        return;
    }
    const entries = trustedEntries(stringSetting(data, CIDR_KEY) ?? '');
    const related = [{ object: cm, path: ['data', trigger], message: `${trigger}: "true" makes the controller read ${header}` }];
    const all = entries.find(trustsEveryAddress);
    if (all && readsHeader) {
        yield chained
            ? { messageId: 'proxyChainTrustAll', path: ['data', CIDR_KEY], data: { header, cidr: `contains "${all.text}"` }, related }
            : {
                messageId: 'trustAll',
                path: ['data', CIDR_KEY],
                data: { entry: all.text, header, trigger, family: all.family === 4 ? 'IPv4' : 'IPv6' },
                related,
            };
        return;
    }
    const invalid = entries.find((e) => e.kind === 'invalid');
    if (invalid) {
        const placeholder = /x{2,}/i.test(invalid.text) ? ' (it looks like a placeholder from an example manifest)' : '';
        yield { messageId: 'invalidEntry', path: ['data', CIDR_KEY], data: { entry: invalid.text, placeholder, header }, related };
    }
}
