import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import type { K8sObject, RelatedReport, Report } from '../src/engine/types.js';
import { asControllerConfigMap, configData, type ControllerConfigMap, hasKey, stringSetting } from '../src/model/ingress-nginx.js';
import { readerVersions } from '../src/model/ingress-nginx-controller.js';
import { realIpWiring, trustedEntries, trustsEveryAddress } from '../src/model/ingress-nginx-realip.js';
import type { Model } from '../src/model/model.js';

type Id = 'defaultCidr' | 'trustAll' | 'invalidEntry' | 'proxyChainTrustAll' | 'controllerTrustsAll' | 'controllerInvalidEntry';

const CIDR_KEY = 'proxy-real-ip-cidr';

export default defineRule({
  meta: {
    id: 'ingress-nginx-forwarded-headers-spoofable',
    description:
      'Report ingress-nginx configurations that take the client address from X-Forwarded-For (use-forwarded-headers or enable-real-ip) while trusting that header from every address, or from a proxy-real-ip-cidr that is not a list of addresses.',
    rationale:
      'With use-forwarded-headers or enable-real-ip on, ingress-nginx replaces the client address with the one in X-Forwarded-For (or forwarded-for-header) when the request comes from an address in proxy-real-ip-cidr. That list defaults to 0.0.0.0/0, so unless it names the load balancer, any client can send the header with any IP: the forged address is what the controller logs and what whitelist-source-range, rate limits and block-cidrs check, and what backends receive as X-Real-IP and X-Forwarded-For.',
    remediation:
      'Set proxy-real-ip-cidr to the addresses of the load balancer or proxy in front of the controller (never 0.0.0.0/0 or ::/0); or turn use-forwarded-headers and enable-real-ip off when nothing in front adds the header.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    securitySeverity: 8.0,
    appliesTo: ['ConfigMap'],
    crossObject: true,
    relates: WORKLOAD_KINDS,
    messages: {
      defaultCidr:
        'ConfigMap "{{configMap}}" lets any client forge {{header}}: proxy-real-ip-cidr is not set. {{trigger}}: "true" makes ingress-nginx take the client address from {{header}}, and without proxy-real-ip-cidr it trusts that header from every address (the default is 0.0.0.0/0): any client can send "{{header}}: <any IP>" and the controller logs, rate-limits and allow-lists the forged address. Set proxy-real-ip-cidr to the addresses of your load balancer or proxy.',
      trustAll:
        'ConfigMap "{{configMap}}" lets any client forge {{header}}: proxy-real-ip-cidr contains "{{entry}}". That entry trusts {{header}} from every {{family}} address while {{trigger}} is "true": any client can send "{{header}}: <any IP>" and the controller logs, rate-limits and allow-lists the forged address. List only the addresses of your load balancer or proxy.',
      invalidEntry:
        'ConfigMap "{{configMap}}" has the proxy-real-ip-cidr entry "{{entry}}", which is not an IP address or CIDR. {{placeholder}}In set_real_ip_from nginx takes it for a host name, and its configuration test fails ("host not found in set_real_ip_from") unless that name resolves, so the controller cannot apply this configuration. Replace it with the addresses of your load balancer or proxy, and not with 0.0.0.0/0, which would let any client forge {{header}}.',
      proxyChainTrustAll:
        'ConfigMap "{{configMap}}" lets any client forge {{header}}, even behind PROXY protocol. With use-proxy-protocol and use-forwarded-headers both "true", ingress-nginx v1.13+ takes the client address from {{header}} whenever the PROXY protocol address is inside proxy-real-ip-cidr, which {{cidr}}: every client is inside it, so any client can forge its IP by sending "{{header}}: <any IP>". List in proxy-real-ip-cidr only the proxies in front of the load balancer (a CDN, say), or set use-forwarded-headers: "false" if the load balancer is the only proxy.',
      // The same findings, reported on a controller that reads the ConfigMap when only its side is linted.
      controllerTrustsAll:
        '{{kind}} "{{workload}}" runs ingress-nginx with a ConfigMap that lets any client forge {{header}}. It reads ConfigMap "{{configMap}}". {{why}} Any client can send "{{header}}: <any IP>", and the controller logs, rate-limits and allow-lists the forged address and passes it on to backends. {{fix}}',
      controllerInvalidEntry:
        '{{kind}} "{{workload}}" runs ingress-nginx with a proxy-real-ip-cidr entry that is not an IP address or CIDR. Its ConfigMap "{{configMap}}" has the entry "{{entry}}". {{placeholder}}In set_real_ip_from nginx takes it for a host name, and its configuration test fails ("host not found in set_real_ip_from") unless that name resolves, so the controller cannot apply this configuration. Replace it in ConfigMap "{{configMap}}" with the addresses of your load balancer or proxy, and not with 0.0.0.0/0, which would let any client forge {{header}}.',
    },
    defaultOptions: {},
  },

  *check(object, { model }) {
    if (object.kind !== 'ConfigMap') return;
    const config = asControllerConfigMap(model, object);
    if (config) yield* checkConfigMap(model, object, config);
  },
});

function* checkConfigMap(model: Model, cm: K8sObject, config: ControllerConfigMap): Generator<Report<Id>> {
  const data = configData(cm);
  const wiring = realIpWiring(data, readerVersions(model, cm));
  const { trigger, header } = wiring;
  if (!trigger) return;
  const readsHeader = wiring.source === 'header' || wiring.source === 'header-after-proxy';
  const chained = wiring.source === 'header-after-proxy';
  const cidrFix = `Set proxy-real-ip-cidr in ConfigMap "${cm.name}" to the addresses of your load balancer or proxy.`;
  const chainFix = `List in proxy-real-ip-cidr of ConfigMap "${cm.name}" only the proxies in front of the load balancer, or set use-forwarded-headers: "false" if the load balancer is the only proxy.`;
  const chainWhy = (cidr: string): string =>
    `With use-proxy-protocol and use-forwarded-headers both "true", ingress-nginx v1.13+ takes the client address from ${header} whenever the PROXY protocol address is inside proxy-real-ip-cidr, which ${cidr}.`;
  /** The controllers that read the ConfigMap, each with the finding told from its side. */
  const controllers = (messageId: 'controllerTrustsAll' | 'controllerInvalidEntry', side: Record<string, string>, demoted: string): RelatedReport<Id>[] =>
    config.controllers.map((b) => ({
      object: b.workload,
      path: [...b.container.path, 'args'],
      message: `${b.workload.kind} "${b.workload.name}" runs ingress-nginx with this ConfigMap`,
      asPrimary: { messageId, data: { ...side, kind: b.workload.kind, workload: b.workload.name, configMap: cm.name, header }, demoted },
    }));

  if (!hasKey(data, CIDR_KEY)) {
    if (!readsHeader) return;
    const cidr = 'is not set (its default is 0.0.0.0/0)';
    const demoted = `${trigger}: "true" without proxy-real-ip-cidr in ConfigMap "${cm.name}"`;
    yield chained
      ? {
          messageId: 'proxyChainTrustAll',
          path: ['data', trigger],
          data: { configMap: cm.name, header, cidr },
          related: controllers('controllerTrustsAll', { why: chainWhy(cidr), fix: chainFix }, demoted),
        }
      : {
          messageId: 'defaultCidr',
          path: ['data', trigger],
          data: { configMap: cm.name, trigger, header },
          related: controllers(
            'controllerTrustsAll',
            { why: `${trigger}: "true" makes the controller take the client address from ${header}, and proxy-real-ip-cidr is not set, so it trusts that header from every address (the default is 0.0.0.0/0).`, fix: cidrFix },
            demoted,
          ),
        };
    return;
  }

  const entries = trustedEntries(stringSetting(data, CIDR_KEY) ?? '');
  const own: RelatedReport<Id> = { object: cm, path: ['data', trigger], message: `${trigger}: "true" makes the controller read ${header}` };
  const all = entries.find(trustsEveryAddress);
  if (all && readsHeader) {
    const demoted = `proxy-real-ip-cidr in ConfigMap "${cm.name}" contains "${all.text}"`;
    const family = all.family === 4 ? 'IPv4' : 'IPv6';
    yield chained
      ? {
          messageId: 'proxyChainTrustAll',
          path: ['data', CIDR_KEY],
          data: { configMap: cm.name, header, cidr: `contains "${all.text}"` },
          related: [own, ...controllers('controllerTrustsAll', { why: chainWhy(`contains "${all.text}"`), fix: chainFix }, demoted)],
        }
      : {
          messageId: 'trustAll',
          path: ['data', CIDR_KEY],
          data: { configMap: cm.name, entry: all.text, header, trigger, family },
          related: [
            own,
            ...controllers('controllerTrustsAll', { why: `proxy-real-ip-cidr contains "${all.text}", which trusts ${header} from every ${family} address while ${trigger} is "true".`, fix: cidrFix }, demoted),
          ],
        };
    return;
  }
  const invalid = entries.find((e) => e.kind === 'invalid');
  if (invalid) {
    const placeholder = /x{2,}/i.test(invalid.text) ? 'It looks like a placeholder from an example manifest. ' : '';
    const demoted = `proxy-real-ip-cidr in ConfigMap "${cm.name}" has the entry "${invalid.text}"`;
    yield {
      messageId: 'invalidEntry',
      path: ['data', CIDR_KEY],
      data: { configMap: cm.name, entry: invalid.text, placeholder, header },
      related: [own, ...controllers('controllerInvalidEntry', { entry: invalid.text, placeholder }, demoted)],
    };
  }
}
