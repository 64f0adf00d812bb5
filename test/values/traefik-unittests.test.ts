/**
 * The traefik chart's own unit tests (helm-unittest suites of chart 41.3.0 and 39.0.9, under
 * ../shared/charts/traefik/<version>/tests) run against the objects srcip-lint builds from the
 * same values: every assertion on a field the model builds must hold. Assertions on fields the
 * model does not build (volumes, probes, providers' args, …) and tests that expect the render to
 * fail are not run; the count of assertions checked is asserted, so the test cannot pass vacuously.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../src/engine/types.js';
import { parseKubeVersion } from '../../src/k8s/version.js';
import { readChartValues } from '../../src/values/index.js';
import { at, CHARTS, CHARTS_NOTE, HAS_CHARTS } from '../helpers/charts.js';

type Json = Record<string, unknown>;

interface Suite {
  templates?: string[];
  set?: Json;
  release?: { name?: string; namespace?: string };
  tests: {
    it: string;
    set?: Json;
    values?: string[];
    release?: { name?: string; namespace?: string };
    template?: string;
    documentIndex?: number;
    asserts: Json[];
  }[];
}

const KIND_OF_TEMPLATE: Record<string, string> = {
  'deployment.yaml': 'Deployment',
  'daemonset.yaml': 'DaemonSet',
  'service.yaml': 'Service',
  'hpa.yaml': 'HorizontalPodAutoscaler',
};

/** Paths whose whole value the model builds (a prefix match: deeper paths are built too). */
const MODELLED = [
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'spec.type',
  'spec.ports',
  'spec.externalTrafficPolicy',
  'spec.internalTrafficPolicy',
  'spec.loadBalancerClass',
  'spec.loadBalancerSourceRanges',
  'spec.externalIPs',
  'spec.allocateLoadBalancerNodePorts',
  'spec.ipFamilyPolicy',
  'spec.ipFamilies',
  'spec.replicas',
  'spec.minReplicas',
  'spec.maxReplicas',
  'spec.scaleTargetRef',
  'spec.template.spec.hostNetwork',
  'spec.template.spec.affinity',
  'spec.template.spec.topologySpreadConstraints',
  'spec.template.spec.containers[0].ports',
];

/** Args the model writes (contains/notContains on the args list only). */
const MODELLED_ARG = /^--(entryPoints|hub\.uplinkEntryPoints)\.[^.=]+\.(address|forwardedHeaders|proxyProtocol)|^--global\./;

function tokens(p: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["([^"]+)"\]/g;
  for (const m of p.matchAll(re)) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] as string)));
  return out;
}


/** helm-unittest `contains`: an element equal to `content` (a subset of keys for maps). */
function containsItem(list: unknown, content: unknown): boolean {
  if (!Array.isArray(list)) return false;
  return list.some((x) => deepEqual(x, content));
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Json)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, normalize(x)]),
    );
  }
  return v;
}

/** Values layered as helm-unittest passes them (nulls kept: Helm deletes those keys itself). */
function overlay(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? overlay(cur as Json, v as Json) : v;
  }
  return out;
}

function build(version: string, values: Json, release: { name?: string; namespace?: string }, dir: string): K8sObject[] {
  const file = path.join(dir, 'values.yaml');
  fs.writeFileSync(file, stringify(values));
  return readChartValues({
    objects: [],
    files: [],
    cwd: dir,
    defaultNamespace: release.namespace ?? 'NAMESPACE',
    kubeVersion: parseKubeVersion('1.33') as NonNullable<ReturnType<typeof parseKubeVersion>>,
    bound: [
      {
        files: [file],
        chart: 'traefik',
        version,
        release: release.name ?? 'RELEASE-NAME',
        namespace: release.namespace ?? 'NAMESPACE',
        span: { file: { path: '.srcip-lint.yaml', context: false }, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: '' },
      },
    ],
    cliValues: [],
  }).objects;
}

function runSuites(version: string): { checked: number; failures: string[] } {
  const testsDir = path.join(CHARTS, 'traefik', version, 'tests');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-traefik-'));
  let checked = 0;
  const failures: string[] = [];
  try {
    for (const name of fs.readdirSync(testsDir).filter((f) => f.endsWith('_test.yaml')).sort()) {
      const suite = parse(fs.readFileSync(path.join(testsDir, name), 'utf8')) as Suite;
      for (const test of suite.tests) {
        if (test.asserts.some((a) => 'failedTemplate' in a)) continue;
        let values: Json = overlay({}, suite.set ?? {});
        for (const f of test.values ?? []) values = overlay(values, parse(fs.readFileSync(path.join(testsDir, f), 'utf8')) as Json);
        values = overlay(values, test.set ?? {});
        const objects = build(version, values, { ...suite.release, ...test.release }, dir);
        for (const a of test.asserts) {
          const [kind, body] = Object.entries(a).find(([k]) => k !== 'template' && k !== 'documentIndex') as [string, Json];
          const template = (a['template'] as string | undefined) ?? test.template ?? suite.templates?.[0] ?? '';
          const objectKind = KIND_OF_TEMPLATE[template];
          const p = typeof body['path'] === 'string' ? body['path'] : undefined;
          if (!objectKind || !p || !['equal', 'contains', 'notContains', 'isNull', 'notEqual'].includes(kind)) continue;
          const isArgs = p === 'spec.template.spec.containers[0].args';
          if (isArgs) {
            const content = body['content'];
            const extra = Array.isArray(values['additionalArguments']) ? (values['additionalArguments'] as unknown[]) : [];
            if (kind === 'equal' || typeof content !== 'string' || (!MODELLED_ARG.test(content) && !extra.includes(content))) continue;
          } else if (!MODELLED.some((m) => p === m || p.startsWith(`${m}.`) || p.startsWith(`${m}[`))) {
            continue;
          }
          const index = (a['documentIndex'] as number | undefined) ?? test.documentIndex ?? 0;
          const object = objects.filter((o) => o.kind === objectKind)[index];
          const where = `${name} "${test.it}" ${kind} ${p}`;
          if (!object) {
            if (kind !== 'isNull' && kind !== 'notContains') failures.push(`${where}: no ${objectKind} built`);
            checked++;
            continue;
          }
          const actual = at(object.raw, tokens(p));
          let ok: boolean;
          if (kind === 'equal') ok = deepEqual(actual, body['value']);
          else if (kind === 'notEqual') ok = !deepEqual(actual, body['value']);
          else if (kind === 'isNull') ok = actual === undefined || actual === null;
          else if (kind === 'contains') ok = containsItem(actual, body['content']);
          else ok = !containsItem(actual, body['content']);
          checked++;
          if (!ok) failures.push(`${where}: built ${JSON.stringify(actual)}, expected ${JSON.stringify(body['value'] ?? body['content'] ?? null)}`);
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { checked, failures };
}

describe('the traefik chart unit tests hold for the objects built from the same values', () => {
  it(`traefik 41.3.0${CHARTS_NOTE}`, { skip: !HAS_CHARTS }, () => {
    const { checked, failures } = runSuites('41.3.0');
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it(`traefik 39.0.9 (the Service shape before v40)${CHARTS_NOTE}`, { skip: !HAS_CHARTS }, () => {
    const { checked, failures } = runSuites('39.0.9');
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
