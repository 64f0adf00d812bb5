/** Public API: lint files or texts, and format the results. */
export { lint, type LintRequest, type LintResult, type RunStats, DEFAULT_MAX_FILE_SIZE } from './lint.js';
export { formatters, FORMAT_NAMES, type FormatContext, type Formatter, type Notice } from './formatters/index.js';
export { rules } from '../rules/index.js';
export { ConfigError, defaultConfig, findConfigFile, loadConfigFile, parseConfig, type ResolvedConfig, } from './config/config.js';
export type { Rule, RuleMeta, RuleContext } from './engine/rule.js';
export type { Finding, K8sObject, Path, Range, Severity, RuleLevel, Report } from './engine/types.js';
