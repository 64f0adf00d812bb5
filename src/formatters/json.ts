/**
 * JSON output, schema version 1:
 *   { version: 1, tool: {name, version}, results: [{file, findings: [Finding...]}], stats }
 * Files without findings are not listed; suppressed findings carry `suppressed`.
 */

import type { Finding } from '../engine/types.js';
import type { Formatter } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export const formatJson: Formatter = (findings, ctx) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const results = [...byFile].map(([file, list]) => ({
    file,
    findings: list.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      documentIndex: f.documentIndex,
      object: f.object ?? null,
      path: f.path,
      related: f.related,
      fingerprint: f.fingerprint,
      helmSource: f.helmSource ?? null,
      suppressed: f.suppressed ?? null,
    })),
  }));
  return (
    JSON.stringify({
      version: JSON_FORMAT_VERSION,
      tool: { name: 'srcip-lint', version: ctx.toolVersion },
      results,
      stats: ctx.stats,
      notices: ctx.notices,
    }) + '\n'
  );
};
