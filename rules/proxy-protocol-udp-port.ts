import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'proxy-protocol-udp-port',
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
