/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6, ECOSYSTEM.md §1–2): one run, a rules table
 * built from rule meta, full regions, URIs relative to %SRCROOT% (the working directory; never
 * absolute), related and logical locations, identity-based partialFingerprints under our own key,
 * and suppressed findings as results with `suppressions`. Deterministic: no timestamps.
 */

import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../engine/rule.js';
import type { Finding, Severity } from '../engine/types.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const FINGERPRINT_KEY = 'srcipLint/v1';

/** A relative path as a URI reference: each segment percent-encoded (spaces, `:`, `#`, ...). */
export function toUri(file: string): string {
  return file
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

/** The repository URL of a documentation URL (`…/blob/main/rules` → `…`). */
function withoutBlobPath(url: string): string {
  const i = url.indexOf('/blob/');
  return i < 0 || url.includes('\n', i) ? url : url.slice(0, i);
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function descriptor(rule: Rule, docsBaseUrl: string): ReportingDescriptor {
  const m = rule.meta;
  const tags = [...new Set(['client-ip', m.category, ...(m.securitySeverity !== undefined ? ['security'] : [])])];
  const helpUri = `${docsBaseUrl}/${m.id}.md`;
  const properties: Record<string, unknown> = { tags, precision: m.precision };
  if (m.securitySeverity !== undefined) properties['security-severity'] = m.securitySeverity.toFixed(1);
  else properties['problem.severity'] = m.defaultSeverity === 'info' ? 'recommendation' : m.defaultSeverity;
  return {
    id: m.id,
    name: m.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: truncate(m.description, 1024) },
    fullDescription: { text: truncate(m.rationale, 1024) },
    help: {
      text: `${m.remediation}\n\nMore: srcip-lint explain ${m.id} (${helpUri})`,
      markdown: `**${m.description}**\n\n${m.rationale}\n\n**How to fix:** ${m.remediation}\n\nRun \`srcip-lint explain ${m.id}\` or see [the rule's documentation](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
    properties,
  };
}

function physical(file: string, r: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: Math.max(1, r.line),
      startColumn: Math.max(1, r.column),
      endLine: Math.max(1, r.endLine),
      endColumn: Math.max(1, r.endColumn),
    },
  };
}

function result(f: Finding, ruleIndex: number): Result {
  const res: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physical(f.file, f),
        ...(f.object
          ? {
              logicalLocations: [
                {
                  name: f.object.name || `(unnamed ${f.object.kind})`,
                  fullyQualifiedName: `${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.kind}/${f.object.name}`,
                  kind: 'resource',
                },
              ],
            }
          : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (f.related.length > 0) {
    res.relatedLocations = f.related.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.file, r.range), message: { text: r.message } }));
  }
  if (f.suppressed) {
    res.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        ...(f.suppressed.justification ? { justification: f.suppressed.justification } : {}),
      },
    ];
  }
  return res;
}

export const formatSarif: Formatter = (findings, ctx) => {
  const index = new Map(ctx.rules.map((r, i) => [r.meta.id, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'srcip-lint',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: withoutBlobPath(ctx.docsBaseUrl),
            rules: ctx.rules.map((r) => descriptor(r, ctx.docsBaseUrl)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory srcip-lint ran in (the repository root).' } } },
        invocations: [
          {
            executionSuccessful: !ctx.notices.some((n) => n.level === 'error'),
            toolExecutionNotifications: ctx.notices.map((n) => ({
              level: n.level,
              message: { text: n.file ? `${n.file}: ${n.message}` : n.message },
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => result(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
