/** A message's first sentence, found on its template: what one-line formats show; and what every rule's first sentences say. */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig } from '../../src/config/config.js';
import { formatMessageParts, summaryTemplate } from '../../src/engine/rule.js';
import type { Finding } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { FIXTURES, fixtureFiles, lintAlone, lintFixture, readAloneExpectations, ROOT } from '../helpers/fixtures.js';

describe('summaryTemplate', () => {
  it.each([
    ['Service "{{name}}" is wrong. Fix it.', 'Service "{{name}}" is wrong.'],
    ['One sentence only.', undefined],
    ['It ends here (e.g. `x`). Then more.', 'It ends here (e.g. `x`).'],
    ['Since v1.10. The key is gone.', 'Since v1.10.'],
    ['Bad value. {{detail}}', 'Bad value.'],
    ['Is it? "Yes" it is.', 'Is it?'],
    ['a.b.c and 1.30 stay whole. Next.', 'a.b.c and 1.30 stay whole.'],
  ])('%s', (template, expected) => {
    expect(summaryTemplate(template)).toBe(expected);
  });

  it('is cut on the template, so a value holding ". A" does not shorten it', () => {
    const parts = formatMessageParts('Key "{{key}}" is wrong. Fix it.', { key: 'a. B' });
    expect(parts).toEqual({ message: 'Key "a. B" is wrong. Fix it.', summary: 'Key "a. B" is wrong.' });
  });

  it('is the whole message when the template is one sentence', () => {
    expect(formatMessageParts('Only {{x}}.', { x: 'this' })).toEqual({ message: 'Only this.', summary: 'Only this.' });
  });

  it('every rule message has a first sentence that ends with a period', () => {
    for (const r of rules) {
      for (const [id, template] of Object.entries(r.meta.messages as Record<string, string>)) {
        const head = summaryTemplate(template) ?? template;
        expect(head.trimEnd(), `${r.meta.id}/${id}`).toMatch(/[.?!]$|\}\}$/);
      }
    }
  });
});

/**
 * The first sentence is what one-line formats show (compact, GitHub's annotation title, stylish's
 * first line), so it must stand alone: what is wrong, on which object, short enough to read at a
 * glance. The bound is 140 characters: the first sentences are written for about 120 with the
 * names real clusters use (`ingress-nginx-controller`), and the fixtures' intent-revealing names
 * (`bad-clusterip-external-ips-before-129`) run longer. A quoted key with a prefix
 * (`"service.beta.kubernetes.io/aws-load-balancer-proxy-protocol"`) counts by its name after the
 * last slash: the key is quoted whole because that is what the reader searches for, and its
 * prefix is boilerplate that cannot be shortened.
 */
const SUMMARY_LIMIT = 140;
/**
 * Rules whose messages another branch rewords (issue 15's `precision` work on k8s-schema and
 * yaml-syntax): drop them from this set once that work is merged.
 */
const REWORDED_ELSEWHERE = new Set<string>([]);
/** Rules whose findings are about a comment or an annotation, not about a Kubernetes object's settings. */
const NOT_ABOUT_AN_OBJECT = new Set(['unused-suppression', 'kustomize-build', 'yaml-syntax']);

function measured(summary: string): number {
  return summary.replace(/"[^"\s]*\/([^"\s/]+)"/g, '"$1"').length;
}

interface Seen {
  readonly where: string;
  readonly finding: Finding;
}

/** Every finding of every fixture (its folder's rule, and each other side linted alone) and of samples/. */
function everyFinding(): Seen[] {
  const out: Seen[] = [];
  for (const r of rules) {
    for (const file of fixtureFiles(path.join(FIXTURES, r.meta.id))) {
      const rel = path.relative(ROOT, file);
      for (const f of lintFixture(r.meta.id, file).findings) out.push({ where: `${rel}:${f.line}`, finding: f });
      for (const e of readAloneExpectations(fs.readFileSync(file, 'utf8'))) {
        for (const f of lintAlone(r.meta.id, file, e.line)) out.push({ where: `${rel}:${e.line} (alone)`, finding: f });
      }
    }
  }
  for (const dir of ['samples', 'fixtures/helm', 'fixtures/values', 'fixtures/kustomize-rename-not-followed/repo', 'fixtures/kustomize-build/repo']) {
    const result = lint({ cwd: ROOT, files: [dir], config: defaultConfig(rules, ROOT) });
    for (const f of result.findings) out.push({ where: `${f.file}:${f.line}`, finding: f });
  }
  return out;
}

describe('the first sentence of every finding of the fixtures and samples', () => {
  const seen = everyFinding().filter((s) => !REWORDED_ELSEWHERE.has(s.finding.ruleId));

  it('covers every message of every rule', () => {
    const ids = new Set(seen.map((s) => `${s.finding.ruleId}/${s.finding.messageId}`));
    const all = rules
      .filter((r) => !REWORDED_ELSEWHERE.has(r.meta.id))
      .flatMap((r) => Object.keys(r.meta.messages).map((id) => `${r.meta.id}/${id}`));
    expect(all.filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`is at most ${SUMMARY_LIMIT} characters and ends a sentence`, () => {
    const long = seen
      .filter((s) => s.finding.summary === undefined || measured(s.finding.summary) > SUMMARY_LIMIT || !/[.?!]$/.test(s.finding.summary))
      .map((s) => `${s.where} ${s.finding.ruleId}/${s.finding.messageId}: ${s.finding.summary ?? '(no summary)'}`);
    expect(long).toEqual([]);
  });

  it('is shorter than the message: the explanation and the fix follow it', () => {
    const whole = seen.filter((s) => s.finding.summary === s.finding.message).map((s) => `${s.finding.ruleId}/${s.finding.messageId}`);
    expect([...new Set(whole)]).toEqual([]);
  });

  it('names the object the finding is reported on (kind and quoted name)', () => {
    const unnamed = seen
      .filter((s) => !NOT_ABOUT_AN_OBJECT.has(s.finding.ruleId) && s.finding.object && s.finding.object.name !== '')
      .filter((s) => {
        const { kind, name } = s.finding.object as { kind: string; name: string };
        const summary = s.finding.summary ?? '';
        return !summary.includes(`"${name}"`) || !summary.includes(kind);
      })
      .map((s) => `${s.where} ${s.finding.ruleId}/${s.finding.messageId} on ${s.finding.object?.kind} "${s.finding.object?.name}": ${s.finding.summary}`);
    expect(unnamed).toEqual([]);
  });
});

describe('the first sentence of every message template', () => {
  // A kind (or a placeholder holding one) followed by a quoted name placeholder, `Service "{{service}}"`,
  // or `{{who}}`, which holds both (`GatewayClass "eg" of Gateway "web"`).
  // `{{object}}` is `Kind "name"` (k8s-schema, whose objects are of any kind).
  const NAMED = /(?:\b[A-Z][A-Za-z]+|\{\{\w+\}\}) "\{\{\w+\}\}"|\{\{who\}\}|\{\{object\}\}/;
  for (const r of rules) {
    if (REWORDED_ELSEWHERE.has(r.meta.id) || NOT_ABOUT_AN_OBJECT.has(r.meta.id)) continue;
    it(`${r.meta.id}: names the object`, () => {
      const bad = Object.entries(r.meta.messages as Record<string, string>)
        .filter(([, template]) => !NAMED.test(summaryTemplate(template) ?? ''))
        .map(([id, template]) => `${id}: ${summaryTemplate(template) ?? template}`);
      expect(bad).toEqual([]);
    });
  }
});
