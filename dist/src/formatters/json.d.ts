/**
 * JSON output, schema version 2:
 *   { version: 2, tool: {name, version}, results: [{file, findings: [Finding...]}], stats, notices }
 * Files without findings are not listed; suppressed findings carry `suppressed`.
 *
 * Version 2 (Helm charts): a finding in Helm output whose chart is on disk is listed under the
 * chart's template file, at the template line; `rendered` ({file, range, inRepository}) holds its
 * position in the rendered input, and `helm` ({source, mapped, reason?, chart?, via?, block?,
 * values?}) says how it was traced, or why not (`mapped: false`, `reason`). Related locations may
 * carry `documentIndex`, `path` and `rendered`, and include the values lines that set the keys.
 * Both are null for findings outside Helm output. Version 1 had neither field.
 *
 * `stats.releases` lists the chart releases read from values (HelmRelease, Argo CD Application,
 * umbrella chart, helmfile, bound values files): source, file and line of the chart, chart, version
 * as written and as read, release, namespace, the objects built, and notes on what could not be
 * known. Findings on built objects are listed under the values file that set the field.
 */
import type { Finding } from '../engine/types.js';
import type { FormatContext, Formatter } from './types.js';
export declare const JSON_FORMAT_VERSION = 2;
/**
 * The JSON report in pieces: the same bytes as one `JSON.stringify` of the whole report plus
 * `'\n'`, with each finding's entry built and serialized only when its turn comes.
 */
export declare function formatJsonChunks(findings: readonly Finding[], ctx: FormatContext): Generator<string>;
export declare const formatJson: Formatter;
