/**
 * Rule catalog views generated from rule meta: `--list-rules`, the README's rule table and the
 * configuration schema. test/meta.test.ts fails when the committed copies drift.
 */
import { MODELLED_CHARTS } from '../values/charts/index.js';
export const REPOSITORY_URL = 'https://github.com/srcip-lint/srcip-lint';
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/rules`;
export function listRulesJson(rules, levels) {
    return rules.map((r) => ({
        id: r.meta.id,
        description: r.meta.description,
        category: r.meta.category,
        defaultSeverity: r.meta.defaultSeverity,
        recommended: r.meta.recommended,
        ...(levels ? { level: levels.get(r.meta.id) ?? 'off' } : {}),
        ...(r.meta.securitySeverity !== undefined ? { securitySeverity: r.meta.securitySeverity } : {}),
        docs: `${DOCS_BASE_URL}/${r.meta.id}.md`,
    }));
}
/** A plain-text table for the terminal. */
export function listRulesTable(rules, levels) {
    const rows = rules.map((r) => [r.meta.id, levels.get(r.meta.id) ?? 'off', r.meta.defaultSeverity, r.meta.description]);
    const header = ['RULE', 'LEVEL', 'DEFAULT', 'DESCRIPTION'];
    const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd() + '\n';
    return line(header) + rows.map(line).join('');
}
/** The README's rule table (between the `rules:start` and `rules:end` markers). */
export function readmeRuleTable(rules) {
    const rows = rules.map((r) => {
        const sev = r.meta.defaultSeverity + (r.meta.securitySeverity !== undefined ? ', security' : '');
        return `| [\`${r.meta.id}\`](rules/${r.meta.id}.md) | ${sev} | ${r.meta.recommended ? 'yes' : 'no'} | ${r.meta.description.replace(/\|/g, '\\|')} |`;
    });
    return ['| Rule | Default | Recommended | What it finds |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
const LEVELS = ['off', 'info', 'warning', 'error'];
/** The JSON Schema of `.srcip-lint.yaml`, with the rule ids of this version. */
export function configSchemaFor(rules) {
    const setting = { $ref: '#/definitions/ruleSetting' };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `${REPOSITORY_URL}/schema/srcip-lint.schema.json`,
        title: 'srcip-lint configuration (.srcip-lint.yaml)',
        type: 'object',
        additionalProperties: false,
        properties: {
            extends: { enum: ['recommended', 'all'], description: 'Preset: recommended (default) or all rules.' },
            rules: {
                type: 'object',
                description: 'Rule levels: off, info, warning, error, or [level, options].',
                additionalProperties: false,
                properties: Object.fromEntries(rules.map((r) => [r.meta.id, { ...setting, description: r.meta.description }])),
            },
            kubeVersion: { type: 'string', pattern: '^v?1\\.\\d+(\\.\\d+)?$', description: 'Target Kubernetes version, e.g. "1.30" (quoted).' },
            namespace: { type: 'string', description: 'Namespace of objects without one (default: default).' },
            ignore: {
                type: 'array',
                items: { type: 'string' },
                description: 'Globs of files and directories not to lint, relative to this file (a name without / matches at any depth; dir/ matches everything below dir).',
            },
            gitignore: {
                type: 'boolean',
                description: 'Leave out what .gitignore files (and .git/info/exclude) ignore when walking directories (default true; --no-gitignore turns it off). Files named on the command line are always read.',
            },
            context: {
                type: 'array',
                items: { type: 'string' },
                description: 'Globs of files loaded only so cross-object rules see them (pre-commit passes only staged files).',
            },
            chartDirs: { type: 'array', items: { type: 'string' }, description: 'Helm charts behind rendered output, relative to this file: each entry is a chart directory (with Chart.yaml) or a directory of charts. Findings in `helm template` output whose `# Source:` chart is found are reported at the template line that wrote them, with the values line as a related location (as --chart-dir).' },
            kustomize: {
                type: 'boolean',
                description: 'Build each top-level kustomization in view with kustomize (or kubectl kustomize) and report findings at the base, patch or kustomization line that wrote them (default true). false: patches are still skipped, and the files kustomizations include are linted alone (as --no-kustomize).',
            },
            values: {
                type: 'array',
                description: 'Plain Helm values files bound to a chart srcip-lint models: the objects the chart would render are built from the files (in order, the last wins) and the chart version\'s defaults, and findings are reported at the values lines.',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['files', 'chart'],
                    properties: {
                        files: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Values files or globs, relative to this file, in Helm\'s order.' },
                        chart: { enum: [...MODELLED_CHARTS], description: 'The chart the values are for.' },
                        version: { type: 'string', description: 'The chart version, e.g. "4.12.0" (quoted); the newest modelled version when absent.' },
                        release: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', description: 'The release name (default: the chart name).' },
                        namespace: { type: 'string', description: 'The release namespace (default: the run\'s default namespace).' },
                    },
                },
            },
        },
        definitions: {
            level: { enum: LEVELS },
            ruleSetting: {
                anyOf: [
                    { $ref: '#/definitions/level' },
                    { type: 'array', items: [{ $ref: '#/definitions/level' }, { type: 'object' }], minItems: 1, maxItems: 2 },
                ],
            },
        },
    };
}
export const DOC_HEADER_START = '<!-- generated:start (npm run generate) -->';
export const DOC_HEADER_END = '<!-- generated:end -->';
/** The H2 sections every rule doc has, in this order. */
export const DOC_SECTIONS = ['Why it matters', 'Rule details', 'Examples', 'How to fix', 'Options', 'When not to use it', 'Sources'];
/** The generated top of `rules/<id>.md`: title, description and a facts table from meta. */
export function ruleDocHeader(rule) {
    const m = rule.meta;
    const kinds = m.appliesTo === 'all' ? 'all kinds' : m.appliesTo.length === 0 ? '(reported while reading files)' : m.appliesTo.join(', ');
    const sev = m.securitySeverity !== undefined ? `${m.defaultSeverity} (security-severity ${m.securitySeverity.toFixed(1)})` : m.defaultSeverity;
    return [
        `# ${m.id}`,
        '',
        DOC_HEADER_START,
        `${m.description}`,
        '',
        '| Default severity | Recommended | Category | Checks |',
        '| --- | --- | --- | --- |',
        `| ${sev} | ${m.recommended ? 'yes' : 'no'} | ${m.category} | ${kinds} |`,
        DOC_HEADER_END,
    ].join('\n');
}
/** Replaces the generated header of a rule doc (everything up to the end marker). */
export function withDocHeader(rule, doc) {
    const end = doc.indexOf(DOC_HEADER_END);
    const rest = end >= 0 ? doc.slice(end + DOC_HEADER_END.length) : `\n\n${doc}`;
    return ruleDocHeader(rule) + rest;
}
