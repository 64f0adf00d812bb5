/**
 * Files that are not manifests: when kubectl cannot read a file and its text has no apiVersion or
 * no kind key, the file is skipped as not Kubernetes (counted and listed in stats), not reported as
 * a YAML error. Standard input is not skipped: a failed `helm template | srcip-lint -` must not
 * pass as clean.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultNotices } from '../../src/formatters/index.js';
import { lint } from '../../src/lint.js';
import { looksLikeKubernetes } from '../../src/source/load.js';

const FILES: Record<string, string> = {
  // VS Code's JSON with comments and trailing commas (the template VS Code writes).
  'editor/extensions.json':
    '{\n\t// See https://go.microsoft.com/fwlink/?LinkId=827846 to learn about workspace recommendations.\n\t// Extension identifier format: ${publisher}.${name}. Example: vscode.csharp\n\n\t// List of extensions which should be recommended for users of this workspace.\n\t"recommendations": [\n\t\t"dbaeumer.vscode-eslint",\n\t],\n}\n',
  // A monitoring dashboard with a licence header above the JSON.
  'dashboards/nginx.json':
    '/*\n * Copyright The Authors.\n * Licensed under the Apache License, Version 2.0: http://www.apache.org/licenses/LICENSE-2.0\n */\n{\n  "title": "NGINX",\n  "panels": [{"type": "graph", "targets": [{"expr": "sum(rate(nginx_requests[5m]))"}]}]\n}\n',
  // A Hugo output template.
  'site/layouts/index.json': '{{- $pages := where .Site.RegularPages "Type" "docs" -}}\n[\n{{- range $i, $p := $pages -}}\n{{- if $i }},{{ end }}\n{"title": {{ $p.Title | jsonify }}, "url": {{ $p.Permalink | jsonify }}}\n{{- end -}}\n]\n',
  // A manifest with a syntax error: reported.
  'deploy/broken.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web\nspec:\n  type: LoadBalancer\n',
  // A manifest: read.
  'deploy/web.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n',
};

let dir = '';

describe('files that are not manifests', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-notk8s-'));
    for (const [rel, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are skipped with a reason, not reported as YAML errors', () => {
    const r = lint({ cwd: dir, files: ['.'] });
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['deploy/broken.yaml yaml-syntax', 'deploy/web.yaml service-etp-not-allowed']);
    const skipped = r.stats.skipped.filter((s) => s.reason === 'not-kubernetes');
    expect(skipped.map((s) => s.path).sort()).toEqual(['dashboards/nginx.json', 'editor/extensions.json', 'site/layouts/index.json']);
    for (const s of skipped) expect(s.message).toMatch(/^skipped: not a Kubernetes manifest \(no apiVersion and kind keys\), and not YAML or JSON that kubectl and kustomize read \((?:[A-Z_]+ on line \d+|a Go template such as Helm's, .* on line \d+)\)$/);
    // Accounted for: 5 files found = 2 read + 3 skipped; only the manifests' documents are counted.
    expect(r.stats).toMatchObject({ files: 2, skippedFiles: 3, documents: 2, yamlErrors: 1, objects: 1 });
    // Counted in the summary, not announced one by one.
    expect(resultNotices(r)).toEqual([]);
  });

  it('are skipped when named on the command line too (pre-commit passes every staged JSON file)', () => {
    const r = lint({ cwd: dir, files: ['editor/extensions.json', 'deploy/web.yaml'] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['service-etp-not-allowed']);
    expect(r.stats.skipped.map((s) => [s.path, s.reason])).toEqual([['editor/extensions.json', 'not-kubernetes']]);
  });

  it('are reported when they come on standard input', () => {
    const r = lint({ cwd: dir, texts: [{ path: '<stdin>', text: FILES['dashboards/nginx.json'] as string }] });
    expect(r.findings.some((f) => f.ruleId === 'yaml-syntax')).toBe(true);
    expect(r.stats.skippedFiles).toBe(0);
  });

  it('tell manifests by an apiVersion and a kind key, in YAML, flow YAML or JSON', () => {
    expect(looksLikeKubernetes('apiVersion: v1\nkind: Service\n')).toBe(true);
    expect(looksLikeKubernetes('- {apiVersion: v1, kind: Service}\n')).toBe(true);
    expect(looksLikeKubernetes('{"apiVersion":"v1","kind":"Service"}')).toBe(true);
    expect(looksLikeKubernetes('  "kind" : "Service", "apiVersion": "v1"')).toBe(true);
    expect(looksLikeKubernetes('kind: Service\n')).toBe(false);
    expect(looksLikeKubernetes('{"title": "apiVersion and kind are words here"}')).toBe(false);
    expect(looksLikeKubernetes('myapiVersion: 1\nkindness: 2\n')).toBe(false);
  });
});
