import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatSarif, formatSarifChunks } from './sarif.js';
import { formatStylish } from './stylish.js';
import { HELM_TEMPLATE_REASON } from '../source/inputs.js';
export const formatters = {
    stylish: formatStylish,
    compact: formatCompact,
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub,
};
/**
 * Each format as pieces to write one after another: SARIF and JSON never build their whole
 * report (a SARIF log of 20,000 results is ~20 MB of text and several times that as objects);
 * the terminal formats are one piece.
 */
export const chunkedFormatters = {
    stylish: (findings, ctx) => [formatStylish(findings, ctx)],
    compact: (findings, ctx) => [formatCompact(findings, ctx)],
    json: formatJsonChunks,
    sarif: formatSarifChunks,
    github: (findings, ctx) => [formatGithub(findings, ctx)],
};
export const FORMAT_NAMES = Object.keys(formatters);
/** The problems of a run that are not findings, as formatters and the CLI report them. */
export function resultNotices(result) {
    // A chart's templates are skipped as a whole: one notice for each templates/ directory, not one
    // per template (the JSON stats still list every file).
    const templates = new Map();
    for (const p of result.fileProblems) {
        if (p.templates !== undefined)
            templates.set(p.templates, (templates.get(p.templates) ?? 0) + 1);
    }
    const notices = [];
    for (const p of result.fileProblems) {
        // Patches are read through their kustomization's build; kustomizations not built have their own notice.
        if (p.reason === 'kustomize-patch')
            continue;
        // Files that are not manifests are counted (and listed in JSON stats), not announced one by one.
        if (p.reason === 'not-kubernetes')
            continue;
        if (p.templates === undefined) {
            notices.push({ level: p.reason === 'unreadable' ? 'error' : 'warning', message: p.message, file: p.path });
            continue;
        }
        const count = templates.get(p.templates);
        if (count === undefined)
            continue;
        templates.delete(p.templates);
        const what = count === 1 ? '1 Helm chart template' : `${count} Helm chart templates`;
        notices.push({ level: 'warning', message: `skipped ${what} ${HELM_TEMPLATE_REASON}`, file: p.templates });
    }
    notices.push(...(result.notices ?? []));
    for (const c of result.contextUnmatched ?? []) {
        const where = c.source === '--context' ? `--context ${JSON.stringify(c.pattern)}` : `context pattern ${JSON.stringify(c.pattern)} in ${c.source}`;
        notices.push({ level: 'warning', message: `${where} matches no file, so cross-file rules do not see the objects it was meant to load` });
    }
    notices.push(...result.internalErrors.map((m) => ({ level: 'error', message: `internal error: ${m}` })));
    return notices;
}
