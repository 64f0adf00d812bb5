import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'local-etp-nodeport-not-daemonset',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'reliability',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
