import { defineRule } from '../src/engine/rule.js';
/** Findings come from the source layer; this module holds the rule's metadata. */
export default defineRule({
    meta: {
        id: 'yaml-syntax',
        description: 'Report YAML that kubectl, Helm or kustomize cannot read: syntax errors, duplicate keys, alias bombs, binary files.',
        rationale: 'A manifest that kubectl cannot parse never reaches the cluster, and a linter that skips it silently hides every other problem in it. Duplicate keys are worse: kustomize rejects the file while kubectl apply -f and Helm keep the last value, so the setting you read may not be the one that applies.',
        remediation: 'Fix the YAML at the reported position; for duplicate keys, keep one of them.',
        category: 'validity',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'very-high',
        appliesTo: [],
        messages: {
            syntax: 'YAML error ({{code}}): {{message}}. The document cannot be read by kubectl or Helm, so srcip-lint did not check it.',
            duplicateKey: '{{message}}: kustomize rejects the file. It (`kubectl kustomize`, `kubectl apply -k` and the tools that build with it) stops with "mapping key already defined", while `kubectl apply -f` and Helm keep the last value silently, so which setting applies depends on the tool; srcip-lint checked the last value. Delete the key you do not mean.',
        },
        defaultOptions: {},
    },
});
