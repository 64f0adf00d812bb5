import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'k8s-schema',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
