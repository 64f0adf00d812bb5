/**
 * Findings inside a configuration file held in a ConfigMap (`Report.within`): on the setting's own
 * line when the file's lines are in the manifest (a literal block scalar) or in the file a kustomize
 * generator read; on the ConfigMap key otherwise.
 */

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/lint.js';
import { ROOT } from '../helpers/fixtures.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: traefik}
spec:
  selector: {matchLabels: {app: traefik}}
  template:
    metadata: {labels: {app: traefik}}
    spec:
      containers:
      - name: traefik
        image: traefik:v3.3
        args: [--configfile=/config/traefik.yml]
        volumeMounts: [{name: config, mountPath: /config}]
      volumes:
      - {name: config, configMap: {name: traefik-config}}
`;

/** The trust-all finding's line and column for a ConfigMap whose traefik.yml is written as `value`. */
function place(value: string, before = ''): string[] {
  const text = `${before}apiVersion: v1\nkind: ConfigMap\nmetadata: {name: traefik-config}\ndata:\n  traefik.yml: ${value}\n---\n${DEPLOYMENT}`;
  const r = lint({ cwd: '/', files: [], texts: [{ path: 'traefik.yaml', text }], config: defaultConfig(rules, '/') });
  return r.findings.filter((f) => f.ruleId === 'forwarded-headers-trust-all' && !f.suppressed).map((f) => `${f.line}:${f.column}`);
}

const FILE = ['entryPoints:', '  web:', '    address: ":8000"', '    forwardedHeaders:', '      insecure: true'];

describe('a finding inside a ConfigMap-held configuration file', () => {
  it('is on the setting in a literal block scalar, whatever its chomping or indentation indicator', () => {
    const block = (header: string, indent = '    ') => `${header}\n${FILE.map((l) => indent + l).join('\n')}\n`;
    expect(place(block('|'))).toEqual(['10:11']);
    expect(place(block('|-'))).toEqual(['10:11']);
    expect(place(block('|+ # comment'))).toEqual(['10:11']);
    expect(place(block('|', '      '))).toEqual(['10:13']);
  });

  it('is suppressed by a comment on the line above the setting, inside the file', () => {
    const lines = [...FILE.slice(0, 4), '      # srcip-lint-disable-next-line forwarded-headers-trust-all -- only the CDN reaches it', FILE[4]];
    expect(place(`|\n${lines.map((l) => `    ${l}`).join('\n')}\n`)).toEqual([]);
  });

  it('is on the ConfigMap key when the file\'s lines are not the manifest\'s (folded, quoted, flow)', () => {
    expect(place(`>\n${FILE.map((l) => `    ${l}`).join('\n')}\n`)).toEqual(['5:3']);
    expect(place(JSON.stringify(`${FILE.join('\n')}\n`))).toEqual(['5:3']);
  });

  it('is on the ConfigMap key in helm template output, whose positions map to template lines', () => {
    const block = `|\n${FILE.map((l) => `    ${l}`).join('\n')}\n`;
    expect(place(block, '# Source: traefik/templates/configmap.yaml\n')).toEqual(['6:3']);
  });

  it('keeps Windows line ends out of the count', () => {
    const text = `apiVersion: v1\r\nkind: ConfigMap\r\nmetadata: {name: traefik-config}\r\ndata:\r\n  traefik.yml: |\r\n${FILE.map((l) => `    ${l}`).join('\r\n')}\r\n---\r\n${DEPLOYMENT.replace(/\n/g, '\r\n')}`;
    const r = lint({ cwd: '/', files: [], texts: [{ path: 'traefik.yaml', text }], config: defaultConfig(rules, '/') });
    expect(r.findings.filter((f) => f.ruleId === 'forwarded-headers-trust-all').map((f) => `${f.line}:${f.column}`)).toEqual(['10:11']);
  });
});

describe('related locations inside YAML text', () => {
  it('point at gatewayTopology.proxyProtocol inside an Istio mesh ConfigMap key', () => {
    const r = lint({ cwd: ROOT, files: ['fixtures/proxy-protocol-not-sent/istio.yaml'], config: defaultConfig(rules, ROOT) });
    const finding = r.findings.find((f) => f.ruleId === 'proxy-protocol-not-sent' && f.line === 16);
    // `mesh: |-` on line 7; `proxyProtocol: {}` is line 11, column 9, of the file.
    expect(finding?.related.map((l) => `${l.range.line}:${l.range.column}`)).toContain('11:9');
  });

  it('point at the listen directive inside an nginx.conf key', () => {
    const r = lint({ cwd: ROOT, files: ['fixtures/proxy-protocol-backend-mismatch/nginx-conf.yaml'], config: defaultConfig(rules, ROOT) });
    const related = r.findings.flatMap((f) => f.related).filter((l) => l.message.includes('"listen 80 default_server" does not accept'));
    expect(related.map((l) => `${l.range.line}:${l.range.column}-${l.range.endColumn}`)).toEqual(['40:9-34']);
  });
});
