/**
 * The library API as an integrator meets it: `npm pack` of this repository installed into a new
 * project, imported by its package name from JavaScript and type-checked from TypeScript (strict,
 * library .d.ts files checked too). It uses the committed dist/, as the published package does.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-api-'));
const app = path.join(tmp, 'app');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CONSUMER_JS = `
import { lint, lintAsync, format, parseConfig, rules, version } from 'srcip-lint';
const service = \`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ClusterIP
  externalTrafficPolicy: Local
  ports: [{port: 80}]
\`;
const config = parseConfig('rules:\\n  service-etp-not-allowed: warning\\n', rules, 'inline.yaml', process.cwd());
const result = lint({ texts: [{ path: 'deploy/web.yaml', text: service }], config });
const same = await lintAsync({ texts: [{ path: 'deploy/web.yaml', text: service }], config });
const sarif = JSON.parse(format('sarif', result));
const json = JSON.parse(format('json', result));
console.log(JSON.stringify({
  version: version(),
  findings: result.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column]),
  objects: result.stats.objects,
  sarifResults: sarif.runs[0].results.map((r) => r.ruleId),
  jsonVersion: json.version,
  stylish: format('stylish', result).includes('service-etp-not-allowed'),
  async: JSON.stringify(same.findings) === JSON.stringify(result.findings),
  kustomize: result.stats.kustomize.built,
}));
`;

const CONSUMER_TS = `
import { lint, lintAsync, format, type Finding, type LintResult, type FormatName, type KustomizeStats } from 'srcip-lint';
const result: LintResult = lint({ files: ['manifests/'], cwd: process.cwd() });
const built: LintResult = await lintAsync({ files: ['overlays/prod/'], kustomize: true, kustomizeRoot: '.', kustomizeTimeout: 30_000 });
const k: KustomizeStats = built.stats.kustomize;
console.log(k.built, k.overlays.map((o) => o.status), built.notices.length);
const first: Finding | undefined = result.findings[0];
const line: number = first?.line ?? 0;
const name: FormatName = 'sarif';
const out: string = format(name, result, { color: false });
console.log(line, out.length, result.stats.documents);
`;

describe('library API, imported by package name from the packed package', () => {
  beforeAll(() => {
    fs.mkdirSync(app);
    const tgz = execFileSync('npm', ['pack', ROOT, '--pack-destination', tmp, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop()!;
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', path.join(tmp, tgz)], { cwd: app, stdio: 'pipe' });
  }, 180_000);

  it('lints texts and formats the result from JavaScript', () => {
    fs.writeFileSync(path.join(app, 'consumer.mjs'), CONSUMER_JS);
    const out = JSON.parse(execFileSync(process.execPath, ['consumer.mjs'], { cwd: app, encoding: 'utf8' })) as Record<string, unknown>;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(out).toEqual({
      version: pkg.version,
      findings: [['service-etp-not-allowed', 'warning', 'deploy/web.yaml', 7, 3]],
      objects: 1,
      sarifResults: ['service-etp-not-allowed'],
      jsonVersion: 2,
      stylish: true,
      async: true,
      kustomize: 0,
    });
  });

  it('type-checks from strict TypeScript, and rejects a wrong call', () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const tsconfig = {
      compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
      },
      files: ['consumer.ts'],
    };
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    fs.writeFileSync(path.join(app, 'consumer.ts'), CONSUMER_TS);
    const check = () => {
      try {
        execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stdout?: string }).stdout);
      }
    };
    expect(check()).toBe('');
    fs.writeFileSync(path.join(app, 'consumer.ts'), `${CONSUMER_TS}\nlint({ files: 'not-an-array' });\n`);
    expect(check()).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/);
  }, 60_000);
});
