import { defineRule } from '../src/engine/rule.js';

/** Stub: being written. */
export default defineRule({
  meta: {
    id: 'non-string-map-value',
    description: 'TODO.',
    rationale: 'TODO.',
    remediation: 'TODO.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['ConfigMap'],
    messages: { todo: 'TODO' },
    defaultOptions: {},
  },
  *check() {},
});
