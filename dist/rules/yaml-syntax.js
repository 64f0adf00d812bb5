import { defineRule } from '../src/engine/rule.js';
/** Findings come from the source layer; this module holds the rule's metadata. */
export default defineRule({
    meta: {
        id: 'yaml-syntax',
        description: 'Report YAML that kubectl and Helm cannot read: syntax errors, duplicate keys, alias bombs, binary files.',
        rationale: 'A manifest that does not parse never reaches the cluster, and a linter that skips it silently hides every other problem in it. Duplicate keys are worse: tools disagree on which value wins.',
        remediation: 'Fix the YAML at the reported position; for duplicate keys, keep one of them.',
        category: 'validity',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'very-high',
        appliesTo: [],
        messages: {
            syntax: 'YAML error ({{code}}): {{message}}. kubectl and Helm cannot read this document; srcip-lint did not check it.',
            duplicateKey: 'Duplicate mapping key ({{code}}): {{message}}. kubectl with strict field validation rejects the object and other tools keep one value silently; srcip-lint checked the last value.',
        },
        defaultOptions: {},
    },
});
