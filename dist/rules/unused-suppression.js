import { defineRule } from '../src/engine/rule.js';
/** Findings come from the engine's suppression pass; this module holds the rule's metadata. */
export default defineRule({
    meta: {
        id: 'unused-suppression',
        description: 'Report suppression comments and annotations that suppress nothing, or name unknown rules.',
        rationale: 'A stale suppression hides the next real finding at that place without anyone deciding so; a misspelt rule id suppresses nothing and gives false comfort.',
        remediation: 'Remove the suppression, or correct the rule id.',
        category: 'validity',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'very-high',
        appliesTo: [],
        messages: {
            unused: 'This suppression of "{{rule}}" suppresses nothing: there is no {{rule}} finding here. Remove it so that it does not hide a future finding.',
            unusedAll: 'This {{directive}} without rule ids suppresses nothing. Remove it, or name the rules it is for.',
            unknownRule: 'Unknown rule id "{{rule}}" in a suppression: it suppresses nothing. Run `srcip-lint --list-rules` for the ids.',
        },
        defaultOptions: {},
    },
});
