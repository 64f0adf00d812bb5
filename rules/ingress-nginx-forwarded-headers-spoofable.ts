import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'ingress-nginx-forwarded-headers-spoofable',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['ConfigMap'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
