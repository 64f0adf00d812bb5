/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md §6, ECOSYSTEM.md §1–2): one run, a rules table
 * built from rule meta, full regions, URIs relative to %SRCROOT% (the working directory; never
 * absolute), related and logical locations, identity-based partialFingerprints under our own key,
 * and suppressed findings as results with `suppressions`. Deterministic: no timestamps.
 */

import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../engine/rule.js';
import type { Finding, Severity } from '../engine/types.js';
import type { FormatContext, Formatter, Notice } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const FINGERPRINT_KEY = 'srcipLint/v1';

/**
 * GitHub code scanning's limits (ECOSYSTEM.md §1): a run with more than 25,000 results is
 * rejected whole, and only the 5,000 most severe are kept. Related locations have no documented
 * limit; srcip-lint lists at most 100 per result so one finding cannot bloat the file.
 */
export const GITHUB_MAX_RESULTS = 25_000;
export const GITHUB_KEPT_RESULTS = 5_000;
export const MAX_RELATED_LOCATIONS = 100;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The results a SARIF file keeps: all of them, or the most severe that fit GitHub's limit (in their original order). */
export function sarifResults(findings: readonly Finding[], max = GITHUB_MAX_RESULTS): readonly Finding[] {
  if (findings.length <= max) return findings;
  const rank = (f: Finding) => (f.suppressed ? 3 : RANK[f.severity]);
  const order = findings.map((_, i) => i).sort((a, b) => rank(findings[a] as Finding) - rank(findings[b] as Finding) || a - b);
  return order
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((i) => findings[i] as Finding);
}

/** What the SARIF output says about GitHub's limits: results dropped to stay under them, or truncated by GitHub. */
export function sarifLimitNotices(findings: readonly Finding[], max = GITHUB_MAX_RESULTS): Notice[] {
  const active = findings.filter((f) => !f.suppressed).length;
  if (findings.length > max) {
    return [
      {
        level: 'warning',
        message:
          `${findings.length} results, more than the ${max} GitHub code scanning accepts in one run: the SARIF file holds the ${max} most severe ` +
          `and leaves out ${findings.length - max}. Lint fewer paths per upload or turn off rules you do not act on.`,
      },
    ];
  }
  if (active > GITHUB_KEPT_RESULTS) {
    return [{ level: 'warning', message: `${active} results: GitHub code scanning keeps only the ${GITHUB_KEPT_RESULTS} most severe of a run.` }];
  }
  return [];
}

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
  // A finding reported at its chart template also points at the rendered input, when that is a
  // file of the repository; that location is always listed.
  const rendered = f.rendered?.inRepository
    ? [{ file: f.rendered.file, range: f.rendered.range, message: `Rendered by Helm here, from ${f.helmSource ?? 'the chart'}.` }]
    : [];
  const listed = [...f.related.slice(0, MAX_RELATED_LOCATIONS - rendered.length), ...rendered];
  if (listed.length > 0) {
    res.relatedLocations = listed.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.file, r.range), message: { text: r.message } }));
    const more = f.related.length + rendered.length - listed.length;
    if (more > 0) res.message = { text: `${f.message} (${more} more related locations are not listed.)` };
  }
  if (f.helm) res.properties = { helm: f.helm };
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

/** Results are written in pieces of about this many characters (the file or stdout sees few writes). */
const CHUNK_CHARS = 64 * 1024;
/** `"results"` sits at depth 4 of the log: its items start 8 spaces in, its `]` 6. */
const ITEM_INDENT = '\n        ';
const RESULTS_KEY = '"results": []';

/**
 * The SARIF log in pieces: the same bytes as `JSON.stringify(log, null, 2) + '\n'`, without ever
 * holding the whole log (as text or as objects): the envelope is serialized once around an empty
 * `results`, then each result on its own and re-indented to its depth. JSON strings hold no raw
 * newline, so indenting after every `\n` is exact.
 */
export function* formatSarifChunks(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const index = new Map(ctx.rules.map((r, i) => [r.meta.id, i]));
  const notices = [...ctx.notices, ...sarifLimitNotices(findings)];
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
            executionSuccessful: !notices.some((n) => n.level === 'error'),
            toolExecutionNotifications: notices.map((n) => ({
              level: n.level,
              message: { text: n.file ? `${n.file}: ${n.message}` : n.message },
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  const envelope = JSON.stringify(log, null, 2);
  const kept = sarifResults(findings);
  if (kept.length === 0) {
    yield `${envelope}\n`;
    return;
  }
  // `results` is the run's last key: what follows it is only closing brackets.
  const at = envelope.lastIndexOf(RESULTS_KEY);
  let out = envelope.slice(0, at + RESULTS_KEY.length - 1);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i] as Finding;
    out += `${i > 0 ? ',' : ''}${ITEM_INDENT}${JSON.stringify(result(f, index.get(f.ruleId) ?? 0), null, 2).replaceAll('\n', ITEM_INDENT)}`;
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = '';
    }
  }
  yield `${out}\n      ]${envelope.slice(at + RESULTS_KEY.length)}\n`;
}

export const formatSarif: Formatter = (findings, ctx) => [...formatSarifChunks(findings, ctx)].join('');
