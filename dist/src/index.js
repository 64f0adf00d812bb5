/**
 * Public API: lint files or texts, and format the results.
 *
 *   import { lint, format, parseConfig, rules } from 'srcip-lint';
 *   const result = lint({ files: ['deploy/'] });          // or { texts: [{ path, text }], config }
 *   const same = await lintAsync({ files: ['deploy/'] });  // kustomize builds in parallel
 *   process.stdout.write(format('sarif', result));
 */
import { rules as allRules } from '../rules/index.js';
import { DOCS_BASE_URL } from './docs/catalog.js';
import { formatters, resultNotices } from './formatters/index.js';
import { packageVersion } from './package.js';
export { lint, lintAsync, DEFAULT_MAX_FILE_SIZE } from './lint.js';
export { formatters, FORMAT_NAMES, resultNotices } from './formatters/index.js';
export { rules } from '../rules/index.js';
/** srcip-lint's version (package.json). */
export function version() {
    return packageVersion();
}
/**
 * Formats a lint result as the CLI would print it: the run's problems (unreadable or skipped
 * files) go with the findings, in the SARIF invocation or the stylish summary.
 */
export function format(name, result, options = {}) {
    const formatter = formatters[name];
    if (!formatter)
        throw new Error(`unknown format "${String(name)}"`);
    return formatter(result.findings, {
        rules: options.rules ?? allRules,
        stats: result.stats,
        toolVersion: packageVersion(),
        color: options.color ?? false,
        notices: resultNotices(result),
        docsBaseUrl: DOCS_BASE_URL,
    });
}
export { ConfigError, defaultConfig, findConfigFile, loadConfigFile, parseConfig, } from './config/config.js';
