import { defineRule } from '../src/engine/rule.js';
/** The source layer finds the placeholders (src/source/template.ts); this rule says so once per document. */
export default defineRule({
    meta: {
        id: 'unrendered-template',
        description: 'Report documents that are unrendered templates (envsubst ${VAR}, Jinja {{ }} and {% %}, <PLACEHOLDER> values), whose placeholders cannot be checked until they are rendered.',
        rationale: 'A manifest that a renderer fills in (envsubst, Jinja or Ansible, a sed script) is checked as written, so whatever its placeholders will hold cannot be checked: an externalTrafficPolicy, a Service type or a port that is ${VAR} today may be wrong once rendered. srcip-lint checks the rest of the document and leaves out the findings the placeholders themselves would cause (wrong types, invalid values, YAML errors), which are about the template, not the manifest.',
        remediation: 'Lint what the renderer writes (envsubst < app.yaml | srcip-lint - --stdin-filename app.yaml), or turn this rule off where templates are expected.',
        category: 'validity',
        defaultSeverity: 'info',
        recommended: true,
        precision: 'high',
        appliesTo: 'all',
        metadataOnly: true,
        messages: {
            template: '{{kind}} "{{name}}" is an unrendered template with {{count}} {{noun}} ({{syntaxes}}); the first, {{first}}, is on line {{line}}. The rest of the document was checked; srcip-lint left out what the placeholders stand for: findings on them would be about the template syntax, not the manifest, and the values they will hold (a Service type, an externalTrafficPolicy, a port) cannot be checked until they are rendered. Lint the rendered output to check them too (envsubst < file.yaml | srcip-lint - --stdin-filename file.yaml).',
        },
        defaultOptions: {},
    },
    *check(object) {
        const t = object.doc.template;
        if (!t)
            return;
        // One finding per document: at the first placeholder, on the object that holds it (a List's
        // item); at the document (its first object) when the first is a template statement.
        const first = t.first.path;
        const own = first !== undefined && startsWith(first, object.path);
        const inAnItem = first !== undefined && first[0] === 'items' && typeof first[1] === 'number';
        if (object.path.length > 0 && !own && (inAnItem || object.path[1] !== 0))
            return;
        const shown = t.first.text.length > 28 ? `${t.first.text.slice(0, 25)}...` : t.first.text;
        yield {
            messageId: 'template',
            path: own ? first.slice(object.path.length) : [],
            data: {
                kind: object.kind,
                name: object.name,
                count: t.count,
                noun: t.count === 1 ? 'placeholder' : 'placeholders',
                syntaxes: t.syntaxes.join(', '),
                first: shown,
                line: t.first.line,
            },
        };
    },
});
function startsWith(path, prefix) {
    return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}
