import { defineRule } from '../src/engine/rule.js';
import type { Report } from '../src/engine/types.js';
import { asControllerConfigMap, configData, stringSetting } from '../src/model/ingress-nginx.js';
import { formatControllerVersion, readerVersions, versionAtLeast } from '../src/model/ingress-nginx-controller.js';
import { CLIENT_IP_ROLE, foreignKey, isIngressNginxKey, keyInOtherCase, removedKey, suggestKey } from '../src/model/ingress-nginx-keys.js';

type Id = 'unknown' | 'didYouMean' | 'otherCase' | 'removed' | 'otherController';

export default defineRule({
  meta: {
    id: 'ingress-nginx-unknown-configmap-key',
    description: 'Report keys in an ingress-nginx controller ConfigMap that the controller does not read: typos, removed settings and other controllers\' keys.',
    rationale:
      'ingress-nginx decodes its ConfigMap without checking for unknown keys: a misspelt key, a key removed in an earlier release or a key of another ingress controller (real-ip-header, proxy-protocol, set-real-ip-from) is ignored without a log line, so the setting it was meant to change, such as use-forwarded-headers or use-proxy-protocol, silently stays at its default and the controller keeps seeing the wrong client address.',
    remediation: 'Rename the key to the ingress-nginx key it was meant to be, or remove it.',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['ConfigMap'],
    messages: {
      unknown:
        'ConfigMap "{{configMap}}" has key "{{key}}", which ingress-nginx does not read. The controller ignores it without a warning, so whatever it was meant to set stays at its default. Remove it, or use a key from the ingress-nginx ConfigMap reference.',
      didYouMean:
        'ConfigMap "{{configMap}}" has unknown key "{{key}}": did you mean "{{suggestion}}"? The controller does not read "{{key}}" and ignores it without a warning, so the setting stays at its default{{role}}. Rename it to "{{suggestion}}".',
      otherCase:
        'ConfigMap "{{configMap}}" has key "{{key}}", the ingress-nginx key "{{suggestion}}" in another case. The controller looks up the keys it parses itself (proxy-real-ip-cidr, whitelist-source-range and others) by their exact name and only matches the rest case-insensitively, so this spelling may be ignored or misread. Write "{{suggestion}}".',
      removed:
        'ConfigMap "{{configMap}}" has key "{{key}}", which has had no effect since ingress-nginx {{since}}. That release removed {{feature}}, and the controller ignores the key without a warning. Remove the key.',
      otherController:
        'ConfigMap "{{configMap}}" has key "{{key}}", which ingress-nginx does not read. The key {{origin}}, and the controller ignores it without a warning{{effect}}. The ingress-nginx equivalent: {{instead}}.',
    },
    defaultOptions: {},
  },

  *check(object, { model }) {
    if (object.kind !== 'ConfigMap' || !asControllerConfigMap(model, object)) return;
    const data = configData(object);
    const versions = readerVersions(model, object);
    for (const key of Object.keys(data)) {
      // Port numbers are entries of a tcp/udp-services ConfigMap taken for the main one.
      if (isIngressNginxKey(key) || /^\d+$/.test(key)) continue;
      const report = judge(object.name, key, stringSetting(data, key) ?? '', versions);
      if (report) yield report;
    }
  },
});

function judge(configMap: string, key: string, value: string, versions: ReturnType<typeof readerVersions>): Report<Id> | undefined {
  const path = ['data', key];
  const cased = keyInOtherCase(key);
  if (cased) return { messageId: 'otherCase', path, data: { configMap, key, suggestion: cased } };
  const removed = removedKey(key);
  if (removed) {
    // A controller older than the removal still reads the key.
    if (versions && versions.some((v) => !versionAtLeast(v, removed.since.major, removed.since.minor))) return undefined;
    return { messageId: 'removed', path, data: { configMap, key, since: formatControllerVersion(removed.since), feature: removed.feature } };
  }
  const foreign = foreignKey(key, value);
  if (foreign) {
    const origin = foreign.controller
      ? `is a ConfigMap key of ${foreign.controller}, not of ingress-nginx`
      : 'is not a ConfigMap key of ingress-nginx (nor of any other controller)';
    return {
      messageId: 'otherController',
      path,
      data: { configMap, key, origin, instead: foreign.instead, effect: foreign.effect ? `, ${foreign.effect}` : '' },
    };
  }
  const suggestion = suggestKey(key);
  if (suggestion) {
    const role = CLIENT_IP_ROLE[suggestion];
    return { messageId: 'didYouMean', path, data: { configMap, key, suggestion, role: role ? ` (${suggestion} decides ${role})` : '' } };
  }
  return { messageId: 'unknown', path, data: { configMap, key } };
}
