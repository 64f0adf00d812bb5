/** Every output format over a run with related locations, suppressions, syntax errors and odd paths. */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { formatters } from '../src/formatters/index.js';
import type { FormatContext } from '../src/formatters/types.js';
import { lint, type LintResult } from '../src/lint.js';
import { ROOT } from './helpers/fixtures.js';
import { assertValidSarif, MULTITOOL_DIR } from './helpers/sarif.js';

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
    const bin = path.join(MULTITOOL_DIR, 'Sarif.Multitool');
    fs.chmodSync(bin, 0o755);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-sarif-'));
    const input = path.join(dir, 'in.sarif');
    const output = path.join(dir, 'out.sarif');
    fs.writeFileSync(input, formatters['sarif']!(result.findings, ctx));
    execFileSync(
      bin,
      ['validate', input, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '-c', path.join(ROOT, 'test/data/sarif-github-policy.xml')],
      { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, stdio: 'pipe' },
    );
    // The multitool exits 0 even when it finds errors: read its output (which starts with a BOM).
    const log = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Log;
    const run = log.runs[0]!;
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);
    const errors = (run.results ?? []).filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id ?? ''} ${JSON.stringify(r.message.arguments ?? [])}`);
    expect(errors).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
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
    expect(lines.find((l) => l.includes('yaml-syntax'))).toMatch(/^::error file=dir with space\/broken #1.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=yaml-syntax::/);
    expect(lines.some((l) => l.startsWith('::warning ') && l.includes('title=local-etp-unspread-workload'))).toBe(true);
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

  it('compact prints file:line:col lines', () => {
    const out = formatters['compact']!(result.findings, ctx);
    expect(out).toMatch(/^main\.yaml:8:3: error: .* \[service-etp-not-allowed\]$/m);
  });
});
