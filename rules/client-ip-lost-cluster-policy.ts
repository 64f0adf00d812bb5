import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'client-ip-lost-cluster-policy',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'client-ip',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
