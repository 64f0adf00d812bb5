/**
 * Public API: lint files or texts, and format the results.
 *
 *   import { lint, format, parseConfig, rules } from 'srcip-lint';
 *   const result = lint({ files: ['deploy/'] });          // or { texts: [{ path, text }], config }
 *   const same = await lintAsync({ files: ['deploy/'] });  // kustomize builds in parallel
 *   process.stdout.write(format('sarif', result));
 */
import type { Rule } from './engine/rule.js';
import type { LintResult } from './lint.js';
export { lint, lintAsync, type LintRequest, type LintResult, type RunStats, type KustomizeStats, type KustomizeNotice, type OverlayReport, type OverlayStatus, DEFAULT_MAX_FILE_SIZE } from './lint.js';
export { formatters, FORMAT_NAMES, resultNotices, type FormatContext, type Formatter, type Notice } from './formatters/index.js';
export { rules } from '../rules/index.js';
export type FormatName = 'stylish' | 'compact' | 'json' | 'sarif' | 'github';
/** srcip-lint's version (package.json). */
export declare function version(): string;
/**
 * Formats a lint result as the CLI would print it: the run's problems (unreadable or skipped
 * files) go with the findings, in the SARIF invocation or the stylish summary.
 */
export declare function format(name: FormatName, result: LintResult, options?: {
    color?: boolean;
    rules?: readonly Rule[];
}): string;
export { ConfigError, defaultConfig, findConfigFile, loadConfigFile, parseConfig, type ResolvedConfig, } from './config/config.js';
export type { Rule, RuleMeta, RuleContext } from './engine/rule.js';
export type { Finding, HelmTrace, K8sObject, Path, Range, RelatedLocation, RenderedPosition, Severity, RuleLevel, Report } from './engine/types.js';
