/**
 * JSON output, schema version 1:
 *   { version: 1, tool: {name, version}, results: [{file, findings: [Finding...]}], stats }
 * Files without findings are not listed; suppressed findings carry `suppressed`.
 */
import type { Formatter } from './types.js';
export declare const JSON_FORMAT_VERSION = 1;
export declare const formatJson: Formatter;
