import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'proxy-protocol-invalid-annotation-value',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'client-ip',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
