/** The configuration key `values:` binds plain values files to a chart; bad entries are exit-2 errors with file:line. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { runCli } from '../helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-values-config-'));
fs.writeFileSync(path.join(dir, 'ingress.yaml'), 'controller:\n  config:\n    use-forwarded-headers: "true"\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function error(text: string): string {
  try {
    parseConfig(text, rules, '.srcip-lint.yaml', dir);
  } catch (e) {
    if (e instanceof ConfigError) return e.describe();
    throw e;
  }
  return 'no error';
}

describe('values: in .srcip-lint.yaml', () => {
  it('resolves files relative to the configuration and remembers where the chart is named', () => {
    const config = parseConfig('values:\n  - files: ["*.yaml"]\n    chart: ingress-nginx\n    version: "4.12.0"\n', rules, '.srcip-lint.yaml', dir);
    expect(config.values).toEqual([
      { files: [path.join(dir, 'ingress.yaml')], chart: 'ingress-nginx', version: '4.12.0', release: undefined, namespace: undefined, line: 3, column: 5, endLine: 3, endColumn: 10 },
    ]);
  });

  it('rejects a chart it does not model, listing those it does', () => {
    expect(error('values:\n  - files: [ingress.yaml]\n    chart: nginx-ingress\n')).toBe(
      '.srcip-lint.yaml:3:5: values.0.chart: must be one of "ingress-nginx", "traefik", "cilium", "istio-gateway"',
    );
  });

  it('rejects an unquoted version, which YAML reads as a number', () => {
    expect(error('values:\n  - files: [ingress.yaml]\n    chart: ingress-nginx\n    version: 4.10\n')).toBe(
      '.srcip-lint.yaml:4:5: values[0].version must be a quoted string such as "4.12.0" (unquoted, 4.10 is the number 4.1)',
    );
  });

  it('rejects files that name nothing, and unknown keys', () => {
    expect(error('values:\n  - files: [missing.yaml]\n    chart: traefik\n')).toBe('.srcip-lint.yaml:2:13: values[0].files: "missing.yaml" names no YAML file');
    expect(error('values:\n  - files: [ingress.yaml]\n    chart: traefik\n    releaseName: x\n')).toMatch(/^\.srcip-lint\.yaml:4:5: unknown key "releaseName"/);
    expect(error('values:\n  - chart: traefik\n')).toMatch(/^\.srcip-lint\.yaml:2:5: .*files/);
  });

  it('the CLI exits 2 on a bad entry and lints the bound files otherwise', async () => {
    fs.writeFileSync(path.join(dir, '.srcip-lint.yaml'), 'values:\n  - files: [ingress.yaml]\n    chart: ingress-nginx\n    namespace: edge\n');
    const ok = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(ok.stdout).toMatch(/^ingress\.yaml:3:5: error: ConfigMap "ingress-nginx-controller" lets any client forge X-Forwarded-For: .*\[ingress-nginx-forwarded-headers-spoofable\]$/m);
    expect(ok.code).toBe(1);
    fs.writeFileSync(path.join(dir, '.srcip-lint.yaml'), 'values:\n  - files: [ingress.yaml]\n    chart: haproxy\n');
    const bad = await runCli(['.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.srcip-lint\.yaml:3:5: values\.0\.chart: must be one of/);
  });
});
