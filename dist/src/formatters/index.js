import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
export const formatters = {
    stylish: formatStylish,
    compact: formatCompact,
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub,
};
export const FORMAT_NAMES = Object.keys(formatters);
/** The problems of a run that are not findings, as formatters and the CLI report them. */
export function resultNotices(result) {
    return [
        ...result.fileProblems.map((p) => ({ level: p.reason === 'unreadable' ? 'error' : 'warning', message: p.message, file: p.path })),
        ...result.internalErrors.map((m) => ({ level: 'error', message: `internal error: ${m}` })),
    ];
}
