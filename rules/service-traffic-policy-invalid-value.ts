import { defineRule } from '../src/engine/rule.js';
import type { K8sObject, KubeVersion, Report } from '../src/engine/types.js';
import { acceptsExternalTrafficPolicy, serviceSpec, TRAFFIC_POLICIES, trafficPolicyFix } from '../src/k8s/service.js';
import { atLeast, formatKubeVersion } from '../src/k8s/version.js';

type Field = 'externalTrafficPolicy' | 'internalTrafficPolicy';

/** What each value does, for messages. */
const MEANING: Readonly<Record<Field, Readonly<Record<'Cluster' | 'Local', string>>>> = {
  externalTrafficPolicy: {
    Local: 'each node sends external traffic only to its own pods and the client source IP is kept',
    Cluster: 'any node may forward external traffic to another node, which SNATs away the client source IP',
  },
  internalTrafficPolicy: {
    Local: "in-cluster traffic to the cluster IP goes only to pods on the client's node",
    Cluster: 'in-cluster traffic to the cluster IP goes to any ready pod',
  },
};

export default defineRule({
  meta: {
    id: 'service-traffic-policy-invalid-value',
    description:
      'Disallow an externalTrafficPolicy or internalTrafficPolicy that is not exactly Cluster or Local (the API server rejects it).',
    rationale:
      'The traffic policies accept exactly "Cluster" or "Local", case-sensitively. Anything else ("local", "LOCAL", "Local ", an empty internalTrafficPolicy, a boolean) makes the API server reject the whole Service, so the manifest never applies and the policy meant to keep the client source IP (externalTrafficPolicy: Local) or to keep traffic node-local never takes effect.',
    remediation: 'Spell the value exactly Cluster or Local, or remove the field to get the default Cluster.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'very-high',
    appliesTo: ['Service'],
    messages: {
      wrongCase:
        'The API server rejects Service "{{service}}": {{field}} must be exactly "{{suggestion}}", not {{value}}. Its error (Kubernetes {{version}}): {{apiError}}. The value is case-sensitive and takes no blanks. As written the manifest never applies, so {{suggestion}} ({{meaning}}) never takes effect. Write spec.{{field}}: {{suggestion}}.',
      unsupported:
        'The API server rejects Service "{{service}}": {{field}} {{value}} is neither Cluster nor Local. Its error (Kubernetes {{version}}): {{apiError}}. Only "Cluster" and "Local" exist, case-sensitively, so the manifest never applies. Set spec.{{field}} to Local ({{local}}) or Cluster ({{cluster}}), or remove it to get the default Cluster.',
      notString:
        'The API server rejects Service "{{service}}": spec.{{field}} is {{value}}, a {{valueType}}, not a string. It cannot decode the Service, so the manifest never applies. Set it to the string Local ({{local}}) or Cluster ({{cluster}}), or remove it to get the default Cluster.',
      emptyInternal:
        'The API server rejects Service "{{service}}": internalTrafficPolicy is "", which gets no default. Its error (Kubernetes {{version}}): spec.internalTrafficPolicy: Unsupported value: "": supported values: "Cluster", "Local". Unlike an omitted or null field, an empty string is not defaulted to Cluster, so the manifest never applies. Remove the key (or render nothing when the value is empty), or set Cluster or Local.',
    },
    defaultOptions: {},
  },

  *check(service, { kubeVersion }) {
    const spec = serviceSpec(service);
    const version = formatKubeVersion(kubeVersion);

    // externalTrafficPolicy: "" is unset (defaulted). Where the Service may not carry the field at
    // all, service-etp-not-allowed reports it whatever the value.
    const etp = spec['externalTrafficPolicy'];
    if (etp !== undefined && etp !== null && etp !== '' && acceptsExternalTrafficPolicy(service, kubeVersion)) {
      yield* judge(service, 'externalTrafficPolicy', etp, kubeVersion);
    }

    // internalTrafficPolicy: checked on every Service type from 1.22 (ServiceInternalTrafficPolicy
    // beta, on by default). In 1.21 the alpha gate is off by default and the API server drops the
    // field; before 1.21 the field does not exist.
    const itp = spec['internalTrafficPolicy'];
    if (itp === undefined || itp === null || !atLeast(kubeVersion, 22)) return;
    if (itp === '') {
      yield { messageId: 'emptyInternal', path: ['spec', 'internalTrafficPolicy'], data: { service: service.name, version } };
      return;
    }
    yield* judge(service, 'internalTrafficPolicy', itp, kubeVersion);
  },
});

type MessageId = 'wrongCase' | 'unsupported' | 'notString';

/** Reports a traffic policy value the API server checks and rejects. */
function* judge(service: K8sObject, field: Field, value: unknown, kubeVersion: KubeVersion): Generator<Report<MessageId>> {
  const path = ['spec', field];
  const version = formatKubeVersion(kubeVersion);
  const meaning = MEANING[field];
  const both = { local: meaning.Local, cluster: meaning.Cluster };
  if (typeof value !== 'string') {
    const shown = service.doc.sourceText(path) ?? JSON.stringify(value);
    yield { messageId: 'notString', path, data: { service: service.name, field, value: shown, valueType: describeType(value), ...both } };
    return;
  }
  if (TRAFFIC_POLICIES.includes(value)) return;
  const quoted = JSON.stringify(value);
  // Up to 1.22 validateServiceExternalTrafficFieldsValue said "Invalid value"; from 1.23 both
  // fields use field.NotSupported (DOMAIN.md §1.3, §1.5).
  const apiError =
    field === 'externalTrafficPolicy' && !atLeast(kubeVersion, 23)
      ? `spec.externalTrafficPolicy: Invalid value: ${quoted}: ExternalTrafficPolicy must be empty, Cluster or Local`
      : `spec.${field}: Unsupported value: ${quoted}: supported values: "Cluster", "Local"`;
  const suggestion = trafficPolicyFix(value);
  if (suggestion) {
    yield { messageId: 'wrongCase', path, data: { service: service.name, field, value: quoted, version, apiError, suggestion, meaning: suggestion === 'Local' ? meaning.Local : meaning.Cluster } };
    return;
  }
  yield { messageId: 'unsupported', path, data: { service: service.name, field, value: quoted, version, apiError, ...both } };
}

function describeType(value: unknown): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return Array.isArray(value) ? 'list' : 'map';
}
