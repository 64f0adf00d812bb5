import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'ingress-nginx-invalid-bool',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['ConfigMap'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
