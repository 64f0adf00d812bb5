/**
 * SARIF checks used by every test that produces SARIF: the official 2.1.0 schema (draft 2020-12,
 * as shipped in @microsoft/sarif-multitool-linux and bundled by github/codeql-action) compiled
 * with ajv, plus GitHub code scanning's own requirements that a schema cannot express
 * (ECOSYSTEM.md §1–2).
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';

const require = createRequire(import.meta.url);
export const MULTITOOL_DIR = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

export function schemaErrors(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(log)) return [];
  return ((validator.errors ?? []) as { instancePath: string; message?: string }[]).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** GitHub's requirements (upload-sarif and code scanning), as listed in ECOSYSTEM.md §1. */
export function githubErrors(log: Log): string[] {
  const errors: string[] = [];
  if (!log.$schema) errors.push('$schema missing');
  if (log.runs.length !== 1) errors.push('exactly one run expected');
  for (const run of log.runs) {
    const driver = run.tool.driver;
    if (!driver.name) errors.push('driver.name missing');
    const rules = driver.rules ?? [];
    if (rules.length === 0) errors.push('driver.rules missing');
    for (const r of rules) {
      if (!r.shortDescription?.text) errors.push(`${r.id}: shortDescription`);
      if (!r.fullDescription?.text) errors.push(`${r.id}: fullDescription`);
      if (!r.help?.text) errors.push(`${r.id}: help.text`);
      if ((r.shortDescription?.text.length ?? 0) > 1024 || (r.fullDescription?.text.length ?? 0) > 1024) errors.push(`${r.id}: description > 1024`);
      const tags = (r.properties?.['tags'] as unknown[] | undefined) ?? [];
      if (tags.length > 20) errors.push(`${r.id}: more than 20 tags`);
      const sev = r.properties?.['security-severity'];
      if (sev !== undefined && (typeof sev !== 'string' || Number.isNaN(Number(sev)))) errors.push(`${r.id}: security-severity must be a numeric string`);
    }
    if (!Array.isArray(run.results)) errors.push('results missing');
    if ('runAutomationDetails' in run) errors.push('runAutomationDetails is not a run property');
    for (const res of run.results ?? []) {
      if (!res.message.text) errors.push('result without message.text');
      if (res.ruleIndex === undefined || rules[res.ruleIndex]?.id !== res.ruleId) errors.push(`ruleIndex does not match ${res.ruleId}`);
      if (res.locations?.length !== 1) errors.push('a result needs exactly one location');
      for (const loc of [...(res.locations ?? []), ...(res.relatedLocations ?? [])]) {
        const uri = loc.physicalLocation?.artifactLocation?.uri ?? '';
        if (!uri || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) errors.push(`uri must be relative: ${uri}`);
        const reg = loc.physicalLocation?.region;
        if (!reg || !(reg.startLine! >= 1 && reg.startColumn! >= 1 && reg.endLine! >= 1 && reg.endColumn! >= 1)) errors.push(`incomplete region in ${uri}`);
      }
      if (res.partialFingerprints && 'primaryLocationLineHash' in res.partialFingerprints) errors.push('we never emit primaryLocationLineHash');
    }
  }
  return errors;
}

export function assertValidSarif(text: string): Log {
  const log = JSON.parse(text) as Log;
  const problems = [...schemaErrors(log), ...githubErrors(log)];
  if (problems.length > 0) throw new Error(`invalid SARIF:\n${problems.slice(0, 20).join('\n')}`);
  return log;
}

/**
 * Runs the SARIF multitool's validator with GitHub's rules (ECOSYSTEM.md §2) over SARIF files and
 * returns its error-level results, each starting with the URI of the SARIF file it is about. The multitool exits 0 even when it finds errors, so its output
 * file is read (it starts with a BOM).
 */
export function multitoolErrors(files: readonly string[], policy: string): string[] {
  const bin = path.join(MULTITOOL_DIR, 'Sarif.Multitool');
  fs.chmodSync(bin, 0o755);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-multitool-'));
  try {
    const output = path.join(dir, 'out.sarif');
    const stdout = execFileSync(bin, ['validate', ...files, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '-c', policy], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    const log = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Log;
    const run = log.runs[0]!;
    const errors = (run.results ?? [])
      .filter((r) => r.level === 'error')
      .map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''} ${r.ruleId}: ${r.message.text ?? r.message.id ?? ''} ${JSON.stringify(r.message.arguments ?? [])}`);
    if (run.invocations?.[0]?.executionSuccessful !== true) errors.push('the multitool did not run successfully');
    // Every file was analysed: the multitool says how many it scanned.
    const scanned = /Done\. (\d+) files? scanned/.exec(stdout)?.[1];
    if (scanned !== String(files.length)) errors.push(`the multitool scanned ${scanned ?? 'no'} files of ${files.length}`);
    return errors;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
