import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatSarif, formatSarifChunks } from './sarif.js';
import { formatStylish } from './stylish.js';
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
    return [
        ...result.fileProblems.map((p) => ({ level: p.reason === 'unreadable' ? 'error' : 'warning', message: p.message, file: p.path })),
        ...result.internalErrors.map((m) => ({ level: 'error', message: `internal error: ${m}` })),
    ];
}
