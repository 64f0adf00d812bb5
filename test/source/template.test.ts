/**
 * Unrendered templates: which template tokens break the YAML and how they are masked, which files
 * are templates throughout (skipped), and that the placeholders' own findings are left out while
 * the rest of the document is checked. The rule's fixtures (fixtures/unrendered-template) hold the
 * per-document findings.
 */

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig, presetLevels } from '../../src/config/config.js';
import { lint } from '../../src/lint.js';
import { findPlaceholders, MASK, maskTemplate, scanTemplateTokens } from '../../src/source/template.js';
import { ROOT } from '../helpers/fixtures.js';

const ALL = { ...defaultConfig(rules, ROOT), levels: presetLevels(rules, 'all') };

function tokens(text: string): string[] {
  return scanTemplateTokens(text, 0, text.length).map(
    (t) => `${text.slice(t.start, t.end)}${t.structural ? ' S' : ''}${t.statement ? ' stmt' : ''}${t.go ? ' go' : ''}`,
  );
}

function lintText(text: string, path = 'in.yaml') {
  return lint({ cwd: ROOT, texts: [{ path, text }], config: ALL });
}

describe('template tokens', () => {
  it('are structural where a YAML node starts, text inside a plain scalar, and ignored in quotes, comments and block scalars', () => {
    const text = [
      'name: {{ app }}',
      'image: repo/{{ image }}:{{ tag }}',
      '- {{ item }}',
      '{{ key }}: value',
      'quoted: "{{ q }}" # {{ comment }}',
      "single: '{{ q }}'",
      'flow: [{{ a }}, b, {c: {{ d }}}]',
      'ports: [{port: ${PORT}}]',
      'plain: ${NOT_A_TOKEN}',
      'script: |',
      '  {{ in_block }}',
      '  {% also_in_block %}',
      'after: {{ x }}',
      '{% if a %}',
      '  {# comment #} {% endif %}',
    ].join('\n');
    expect(tokens(text)).toEqual([
      '{{ app }} S',
      '{{ image }}',
      '{{ tag }}',
      '{{ item }} S',
      '{{ key }} S',
      '{{ a }} S',
      '{{ d }} S',
      '${PORT} S',
      '{{ x }} S',
      '{% if a %} S stmt',
      '{# comment #} S stmt',
      '{% endif %} S stmt',
    ]);
  });

  it('see block scalars with chomping, anchors and tags as block scalars (their lines are text)', () => {
    const text = [
      'data:',
      '  title.tmpl: |-',
      '    {{ define "slack.title" }}{{ .Status }}{{ end }}',
      '  body.tmpl: &body >-',
      '    {{ template "slack.title" . }}',
      '  other: !!str |',
      '    {% raw %}',
      'args:',
      '  - >-',
      '    run {{flags}} now',
      'after: {{ x }}',
    ].join('\n');
    expect(tokens(text)).toEqual(['{{ x }} S']);
    const r = lintText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\n${text.replace('after: {{ x }}', 'after: ok')}\n`);
    expect(r.stats.skipped).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'unrendered-template')).toEqual([]);
  });

  it('tell a Go template that shapes the document from a Go action that stands for a value', () => {
    expect(tokens('{{- if .Values.enabled }}\nname: {{ .Release.Name }}\nlabels:\n  {{- include "labels" . | nindent 4 }}\n{{- end }}\n')).toEqual([
      '{{- if .Values.enabled }} S stmt go',
      '{{ .Release.Name }} S',
      '{{- include "labels" . | nindent 4 }} S stmt go',
      '{{- end }} S stmt go',
    ]);
    expect(tokens('description: Instance {{ $labels.instance }} is down\n')).toEqual(['{{ $labels.instance }}']);
    expect(tokens('selector: {{ include "sel" . }}\n')).toEqual(['{{ include "sel" . }} S go']);
  });

  it('are masked without moving a character: statements become comments, values plain scalars', () => {
    const text = 'name: {{ app }}\n{% if a %}\ntype: x\n{% endif %}\nports: [{port: ${P}}]\n';
    const masked = maskTemplate(text, 0, text.length, scanTemplateTokens(text, 0, text.length));
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n').map((l) => l.replaceAll(MASK, '@'))).toEqual(['name: @@@@@@@@@', '#         ', 'type: x', '#          ', 'ports: [{port: @@@@}]', '']);
  });

  it('in values: not in free text, and {{ }} only in Kubernetes kinds', () => {
    const found = findPlaceholders({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: '${NAME}', annotations: { a: '${A}' }, labels: { b: '<b-label>' } },
      spec: { replicas: '($replicas)', template: { spec: { containers: [{ image: 'x:{{ tag }}', command: ['${C}'], env: [{ value: '${E}' }] }] } } },
    });
    expect(found.map((p) => [p.path.join('.'), p.text, p.syntax])).toEqual([
      ['metadata.name', '${NAME}', '${VAR}'],
      ['metadata.labels.b', '<b-label>', '<PLACEHOLDER>'],
      ['spec.replicas', '($replicas)', '($name)'],
      ['spec.template.spec.containers.0.image', '{{ tag }}', '{{ }}'],
    ]);
    expect(findPlaceholders({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', spec: { image: '{{inputs.parameters.image}}' } })).toEqual([]);
    expect(findPlaceholders({ apiVersion: 'v1', kind: 'ConfigMap', data: { 'a.sh': 'echo ${HOME}' } })).toEqual([]);
    expect(findPlaceholders({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'multi\n${X}' } })).toEqual([]);
  });
});

describe('unrendered templates through lint', () => {
  it('leave out the findings their placeholders cause, and check the rest', () => {
    const r = lintText(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app: {{ app }}}\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n  sessionAffinity: ${AFFINITY}\n  ports:\n    - port: {{ port }}\n',
    );
    expect(r.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['5 unrendered-template', '8 service-etp-not-allowed']);
    expect(r.findings[0]?.message).toMatch(/^Service "web" is an unrendered template with 3 placeholders \(\{\{ \}\}, \$\{VAR\}\); the first, \{\{ app \}\}, is on line 5\./);
  });

  it('without placeholders in the values are read as before (no finding of this rule)', () => {
    const r = lintText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  run: "echo ${HOME}"\n');
    expect(r.findings).toEqual([]);
  });

  it('that are Go templates outside a chart, or not YAML even with their tokens set aside, are skipped with the reason', () => {
    const helm = lint({
      cwd: ROOT,
      texts: [
        {
          path: 'service.yaml',
          text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "x.fullname" . }}\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\nspec:\n  type: {{ .Values.service.type }}\n',
        },
        { path: 'broken.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ name }}\nspec: [\n' },
        { path: 'ok.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n' },
      ],
      config: ALL,
    });
    expect(helm.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['ok.yaml service-etp-not-allowed']);
    expect(helm.stats.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['service.yaml', 'template'],
      ['broken.yaml', 'template'],
    ]);
    expect(helm.stats.skipped[0]?.message).toBe(
      'skipped: an unrendered template (a Go template such as Helm\'s, {{ include "x.fullname" . }} on line 4): not YAML until it is rendered; lint what it renders',
    );
    expect(helm.stats.skipped[1]?.message).toMatch(/^skipped: an unrendered template \(\{\{ name \}\} on line 4, and YAML errors once its tokens are set aside\)/);
    expect(helm.stats).toMatchObject({ files: 1, skippedFiles: 2, documents: 1 });
  });

  it('agree with and without the fast paths', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${APP}\nspec:\n  replicas: ${N}\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: a, image: "{{ image }}", ports: [{containerPort: ${PORT}}]}]\n';
    const fast = lintText(text);
    const slow = lint({ cwd: ROOT, texts: [{ path: 'in.yaml', text }], config: ALL, fastPaths: false });
    expect(fast.findings.map((f) => [f.line, f.column, f.ruleId, f.message])).toEqual(slow.findings.map((f) => [f.line, f.column, f.ruleId, f.message]));
    expect(fast.findings.map((f) => f.ruleId)).toEqual(['unrendered-template']);
  });
});
