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
