/** Public API: lint files or texts, and format the results. */
export { lint, DEFAULT_MAX_FILE_SIZE } from './lint.js';
export { formatters, FORMAT_NAMES } from './formatters/index.js';
export { rules } from '../rules/index.js';
export { ConfigError, defaultConfig, findConfigFile, loadConfigFile, parseConfig, } from './config/config.js';
