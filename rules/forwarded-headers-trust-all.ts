import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'forwarded-headers-trust-all',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Deployment'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
