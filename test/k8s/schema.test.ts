/** The validator loader of k8s-schema: which pairs it knows, and its lighter format table. */

import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/k8s/schema-formats.js';
import { schemaFile, schemaModuleName, schemaValidator } from '../../src/k8s/schema.js';

type Format = { validate: RegExp | ((v: string) => boolean) } | ((v: string) => boolean) | RegExp;

function check(format: Format, value: string): boolean {
  const f = typeof format === 'object' && !(format instanceof RegExp) ? format.validate : format;
  return f instanceof RegExp ? f.test(value) : f(value);
}

describe('schema validators', () => {
  it('know the built-in kinds, old API versions included, and nothing else', () => {
    for (const [v, k] of [
      ['v1', 'Service'],
      ['apps/v1', 'Deployment'],
      ['extensions/v1beta1', 'Ingress'],
      ['batch/v1beta1', 'CronJob'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'],
      ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
    ]) {
      expect(schemaValidator(v as string, k as string), `${v} ${k}`).toBeDefined();
    }
    for (const [v, k] of [
      ['networking.istio.io/v1', 'Gateway'],
      ['apps/v2', 'Deployment'],
      ['v1', 'ServiceSpec'],
      ['../../etc', 'Passwd'],
    ]) {
      expect(schemaValidator(v as string, k as string), `${v} ${k}`).toBeUndefined();
    }
    expect(schemaModuleName('v1', '../x')).toBeUndefined();
  });

  it('report errors with pointers', () => {
    const errors = schemaValidator('v1', 'Service')!({ apiVersion: 'v1', kind: 'Service', spec: { ports: [{ port: '80', protocol: 'TCPX' }] } });
    expect(errors.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/spec/ports/0/port type', '/spec/ports/0/protocol enum']);
  });

  it('bundle a format table that agrees with @kubernetes-models/validate', () => {
    const modelsDir = path.dirname(createRequire(import.meta.url).resolve('kubernetes-models'));
    const req = createRequire(path.join(modelsDir, '_schemas', 'x.js'));
    const real = (req('@kubernetes-models/validate') as { formats: Record<string, Format> }).formats;
    const used = formats as unknown as Record<string, Format>;
    const samples: Record<string, unknown[]> = {
      quantity: ['500m', '0.5', '128Mi', '1Gi', '1e3', '1E-3', '+1', '.5', '5.', 'lots', '1 Gi', '', '1Ki2', '1da', '1h'],
      byte: ['aGVsbG8=', 'aGVsbG8', 'YQ==', '', '***', 'YWJj\nZGVm'],
      int32: [1, -2147483648, 2147483648, 1.5],
      int64: [9007199254740991, -1, 0.5],
      double: [1.5, 0],
      'date-time': ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05+01:00', '2024-02-30T00:00:00Z', '2024-01-02T03:04:05', '2024-01-02', 'x', '2016-12-31T23:59:60Z'],
    };
    for (const [name, values] of Object.entries(samples)) {
      for (const v of values) expect(check(used[name]!, v as string), `${name} ${JSON.stringify(v)}`).toBe(check(real[name]!, v as string));
    }
    expect(Object.keys(used).every((k) => k in real)).toBe(true);
  });

  it('load from the build-time bundles with the same results as the package modules', () => {
    const service = { apiVersion: 'v1', kind: 'Service', spec: { ports: [{ port: '80', protocol: 'TCPX' }], type: 'Loadbalancer' } };
    const bundled = schemaValidator('v1', 'Service')!(service);
    const own = createRequire(import.meta.url)(schemaFile('v1', 'Service')!) as { validate: ((v: unknown) => boolean) & { errors?: { instancePath: string }[] } };
    own.validate(service);
    expect(bundled.map((e) => e.instancePath).sort()).toEqual((own.validate.errors ?? []).map((e) => e.instancePath).sort());
  });
});
