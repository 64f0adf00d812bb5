/** Every output format over a run with related locations, suppressions, syntax errors and odd paths. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { chunkedFormatters, formatters } from '../src/formatters/index.js';
import { GITHUB_KEPT_RESULTS, GITHUB_MAX_RESULTS, sarifLimitNotices } from '../src/formatters/sarif.js';
import type { Finding } from '../src/engine/types.js';
import type { FormatContext } from '../src/formatters/types.js';
import { lint, type LintResult } from '../src/lint.js';
import { ROOT } from './helpers/fixtures.js';
import { assertValidSarif, multitoolErrors } from './helpers/sarif.js';

const GITHUB_POLICY = path.join(ROOT, 'test/data/sarif-github-policy.xml');

/** An ANSI colour escape. */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

const DATA = path.join(ROOT, 'test/data/formatters');
let result: LintResult;
let ctx: FormatContext;

beforeAll(() => {
  result = lint({ cwd: DATA, files: ['.'], config: { ...defaultConfig(rules, DATA), levels: presetLevels(rules, 'all') } });
  ctx = { rules, stats: result.stats, toolVersion: '0.1.0', color: false, notices: [], docsBaseUrl: DOCS_BASE_URL };
});

describe('sarif', () => {
  it('passes the 2.1.0 schema and GitHub requirements', () => {
    const log = assertValidSarif(formatters['sarif']!(result.findings, ctx));
    expect(log.runs[0]?.results?.length).toBe(result.findings.length);
  });

  it('has relative, percent-encoded URIs and never an absolute path', () => {
    const text = formatters['sarif']!(result.findings, ctx);
    expect(text).not.toContain(DATA);
    expect(text).not.toContain(os.homedir());
    const uris = (JSON.parse(text) as Log).runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris).toContain('dir%20with%20space/broken%20%231.yaml');
    expect(uris).toContain('main.yaml');
  });

  it('reports suppressed findings with suppressions, related and logical locations, fingerprints', () => {
    const log = JSON.parse(formatters['sarif']!(result.findings, ctx)) as Log;
    const results = log.runs[0]!.results!;
    const suppressed = results.find((r) => r.suppressions?.length);
    expect(suppressed?.suppressions?.[0]).toMatchObject({ kind: 'inSource', justification: 'rendered by a chart we do not own' });
    const spread = results.find((r) => r.ruleId === 'local-etp-unspread-workload');
    expect(spread?.relatedLocations?.[0]?.physicalLocation?.region?.startLine).toBe(36);
    expect(spread?.locations?.[0]?.logicalLocations?.[0]).toMatchObject({ name: 'whoami', fullyQualifiedName: 'shop/Deployment/whoami', kind: 'resource' });
    for (const r of results) expect(Object.keys(r.partialFingerprints ?? {})).toEqual(['srcipLint/v1']);
  });

  it('lists every rule with security-severity only on security rules', () => {
    const log = JSON.parse(formatters['sarif']!([], ctx)) as Log;
    const descriptors = log.runs[0]!.tool.driver.rules!;
    expect(descriptors.map((d) => d.id)).toEqual(rules.map((r) => r.meta.id));
    for (const r of rules) {
      const d = descriptors.find((x) => x.id === r.meta.id)!;
      expect(d.properties?.['security-severity'] !== undefined).toBe(r.meta.securitySeverity !== undefined);
    }
  });

  it('is deterministic', () => {
    expect(formatters['sarif']!(result.findings, ctx)).toBe(formatters['sarif']!(result.findings, ctx));
  });

  it("passes the SARIF multitool's validation with GitHub's rules", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-sarif-'));
    const input = path.join(dir, 'in.sarif');
    fs.writeFileSync(input, formatters['sarif']!(result.findings, ctx));
    expect(multitoolErrors([input], GITHUB_POLICY)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('reports written in pieces (the CLI never holds a whole SARIF or JSON report)', () => {
  // The pieces are serialized one result at a time; joined, they must be the bytes a one-shot
  // JSON.stringify of the whole report gives (its parse, printed again, is the same text).
  const cases = (): [string, readonly Finding[]][] => {
    const base = result.findings.find((f) => f.related.length > 0)!;
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base, line: i + 1, fingerprint: `f-${i}`, message: `${base.message} ü "q" \\ \u2028 ${i}` }));
    return [
      ['no findings', []],
      ['the fixtures', result.findings],
      ['3,000 findings in many pieces', [...result.findings, ...many]],
    ];
  };

  it.each(['sarif', 'json'])('%s: the pieces joined are the one-shot serialization, byte for byte', (name) => {
    for (const [, findings] of cases()) {
      const pieces = [...chunkedFormatters[name]!(findings, { ...ctx, notices: [{ level: 'warning', message: 'a notice', file: 'x.yaml' }] })];
      const text = pieces.join('');
      expect(text).toBe(formatters[name]!(findings, { ...ctx, notices: [{ level: 'warning', message: 'a notice', file: 'x.yaml' }] }));
      expect(text).toBe(`${name === 'sarif' ? JSON.stringify(JSON.parse(text), null, 2) : JSON.stringify(JSON.parse(text))}\n`);
      if (findings.length >= 3000) expect(pieces.length).toBeGreaterThan(2);
    }
  });

  it("terminal formats are one piece, the formatter's string", () => {
    for (const name of ['stylish', 'compact', 'github']) expect([...chunkedFormatters[name]!(result.findings, ctx)].join('')).toBe(formatters[name]!(result.findings, ctx));
  });
});

describe('sarif within GitHub code scanning limits', () => {
  const many = (n: number, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding[] => {
    const base = result.findings.find((f) => !f.suppressed)!;
    return Array.from({ length: n }, (_, i) => ({ ...base, severity, line: i + 1, endLine: i + 1, fingerprint: `${severity}-${i}`, ...extra }));
  };

  it('keeps the most severe 25,000 results in their order and says how many it left out', () => {
    const findings = [...many(GITHUB_MAX_RESULTS - 5, 'info'), ...many(10, 'error'), ...many(3, 'warning', { suppressed: { kind: 'comment', justification: undefined } }), ...many(4, 'warning')];
    const log = JSON.parse(formatters['sarif']!(findings, ctx)) as Log;
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(GITHUB_MAX_RESULTS);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(10);
    expect(results.filter((r) => r.level === 'warning' && !r.suppressions)).toHaveLength(4);
    // Left out: the 3 suppressed results first, then the last notes.
    expect(results.filter((r) => r.suppressions)).toHaveLength(0);
    expect(results.filter((r) => r.level === 'note')).toHaveLength(GITHUB_MAX_RESULTS - 14);
    expect(results.at(-1)?.level).toBe('warning');
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text);
    expect(notes).toEqual([expect.stringContaining(`${GITHUB_MAX_RESULTS + 12} results, more than the ${GITHUB_MAX_RESULTS}`)]);
    expect(notes[0]).toContain('leaves out 12');
  });

  it('says when GitHub will keep only the 5,000 most severe results', () => {
    const findings = many(GITHUB_KEPT_RESULTS + 1, 'warning');
    expect(sarifLimitNotices(findings)).toEqual([{ level: 'warning', message: expect.stringContaining('keeps only the 5000 most severe') }]);
    expect(sarifLimitNotices(findings.slice(1))).toEqual([]);
    expect((JSON.parse(formatters['sarif']!(findings, ctx)) as Log).runs[0]!.results).toHaveLength(GITHUB_KEPT_RESULTS + 1);
  });

  it('lists at most 100 related locations per result and says how many more there are', () => {
    const base = result.findings.find((f) => f.related.length > 0)!;
    const related = Array.from({ length: 150 }, (_, i) => ({ ...base.related[0]!, message: `related ${i}` }));
    const log = assertValidSarif(formatters['sarif']!([{ ...base, related }], ctx));
    const r = log.runs[0]!.results![0]!;
    expect(r.relatedLocations).toHaveLength(100);
    expect(r.relatedLocations!.at(-1)?.message?.text).toBe('related 99');
    expect(r.message.text).toBe(`${base.message} (50 more related locations are not listed.)`);
  });
});

describe('json', () => {
  it('has the documented shape', () => {
    const out = JSON.parse(formatters['json']!(result.findings, ctx)) as {
      version: number;
      results: { file: string; findings: { ruleId: string; line: number; suppressed: unknown }[] }[];
      stats: Record<string, number>;
    };
    expect(out.version).toBe(2);
    expect(out.results.map((r) => r.file).sort()).toEqual(['dir with space/broken #1.yaml', 'main.yaml']);
    expect(out.stats).toMatchObject({ files: 2, documents: 6, objects: 5, yamlErrors: 1, suppressed: 1 });
    for (const key of ['files', 'documents', 'objects', 'skippedDocuments', 'yamlErrors', 'errors', 'warnings']) expect(out.stats).toHaveProperty(key);
  });
});

describe('github', () => {
  it('writes one escaped workflow command per unsuppressed finding', () => {
    const lines = formatters['github']!(result.findings, ctx).trimEnd().split('\n');
    expect(lines.length).toBe(result.findings.filter((f) => !f.suppressed).length);
    expect(lines.find((l) => l.includes('yaml-syntax'))).toMatch(/^::error file=dir with space\/broken #1.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=yaml-syntax%3A [^:]+::/);
    expect(lines.some((l) => l.startsWith('::warning ') && l.includes('title=local-etp-unspread-workload%3A '))).toBe(true);
  });

  it('titles each annotation with the rule id and the first sentence, and keeps the whole message as its body', () => {
    const f = result.findings.find((x) => !x.suppressed && x.summary !== undefined && x.summary !== x.message)!;
    const line = formatters['github']!([f], ctx);
    expect(line).toContain(`title=${f.ruleId}%3A ${f.summary!.replace(/,/g, '%2C').replace(/:/g, '%3A')}::`);
    expect(line.trimEnd().endsWith(`::${f.message}`)).toBe(true);
  });
});

describe('stylish and compact', () => {
  it('stylish groups by file, shows related locations and a summary, without colour codes when off', () => {
    const out = formatters['stylish']!(result.findings, ctx);
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('main.yaml\n');
    expect(out).toMatch(/↳ main\.yaml:36:\d+/);
    expect(out).toMatch(/2 files, 6 documents, 5 objects; 1 document with YAML errors; 1 suppressed/);
  });

  it('stylish uses colour when asked', () => {
    expect(formatters['stylish']!(result.findings, { ...ctx, color: true })).toMatch(ANSI);
  });

  it('compact prints file:line:col lines with the first sentence of each message', () => {
    const out = formatters['compact']!(result.findings, ctx);
    expect(out).toMatch(/^main\.yaml:8:3: error: .* \[service-etp-not-allowed\]$/m);
    for (const f of result.findings.filter((x) => !x.suppressed)) expect(out).toContain(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.summary ?? f.message} [${f.ruleId}]\n`);
  });

  it('stylish keeps every line within 100 columns but for unbreakable words, and shows the whole message', () => {
    const out = formatters['stylish']!(result.findings, ctx);
    for (const line of out.split('\n')) {
      if (line.length > 100) expect(line.trim().split(' ').some((w) => w.length > 40), line).toBe(true);
    }
    const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
    for (const f of result.findings.filter((x) => !x.suppressed)) {
      const block = words(out.slice(out.indexOf(`${f.line}:${f.column}`)).replace(f.ruleId, ''));
      expect(block).toContain(words(f.message).slice(0, 60));
    }
  });
});
