import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'proxy-protocol-unverified-backend',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'client-ip',
    defaultSeverity: 'info',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
