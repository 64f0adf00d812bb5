/** The rule interface: plain metadata plus a pure `check` that yields path-based reports. */

import type { Model } from '../model/model.js';
import type { K8sObject, KubeVersion, Report, Severity } from './types.js';

export type RuleCategory = 'client-ip' | 'security' | 'reliability' | 'validity';

export interface RuleMeta<M extends string, O> {
  /** kebab-case; equals the file name and is public (configs and suppressions use it). */
  readonly id: string;
  /** One sentence: lists, SARIF shortDescription. */
  readonly description: string;
  /** Why it matters for the client IP (SARIF fullDescription); a few sentences. */
  readonly rationale: string;
  /** What to change; ends with a period. */
  readonly remediation: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** In the `recommended` preset. */
  readonly recommended: boolean;
  /** SARIF precision. */
  readonly precision: 'very-high' | 'high' | 'medium' | 'low';
  /** For security rules: GitHub's security-severity (0.1–10). */
  readonly securitySeverity?: number;
  /** Kinds the rule checks; `'all'` for every kind. */
  readonly appliesTo: readonly string[] | 'all';
  /**
   * Other kinds the rule looks up itself (read in full when the rule is on). Kinds the model looks
   * up (src/model/kinds.ts) are always read in full and need not be listed.
   */
  readonly reads?: readonly string[];
  /**
   * For `appliesTo: 'all'` rules: they read only `apiVersion`, `kind` and `metadata`, so objects
   * of kinds no other rule reads need not be parsed in full.
   */
  readonly metadataOnly?: boolean;
  /**
   * Reports may relate other objects (`related` with `asPrimary`). Such a rule also runs on objects
   * loaded only as context, so that a finding whose own location lies in context is reported at a
   * related location in a linted file (partial views, DESIGN.md §3). A rule that reports on one
   * object alone leaves it unset: its findings in context files could never be reported.
   */
  readonly crossObject?: boolean;
  /**
   * For a cross-object rule: the kinds of the other objects its reports may relate. It then runs on
   * context objects only when a linted file holds an object of one of these kinds (no finding of
   * it could be reported otherwise). Undefined: any kind.
   */
  readonly relates?: readonly string[];
  readonly messages: Readonly<Record<M, string>>;
  readonly defaultOptions: O;
  /** JSON Schema of the options (validated before linting). */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
}

export interface RuleContext<O> {
  readonly options: Readonly<O>;
  readonly kubeVersion: KubeVersion;
  readonly model: Model;
}

export interface Rule<M extends string = string, O = unknown> {
  readonly meta: RuleMeta<M, O>;
  /**
   * Yields reports about `object` only (other objects appear as related locations).
   * Absent for rules whose findings the engine produces itself (yaml-syntax, unused-suppression).
   */
  check?(object: K8sObject, context: RuleContext<O>): Iterable<Report<M>>;
}

/** Infers the message-id union from `meta.messages`, so a typo in a report fails to compile. */
export function defineRule<M extends string, O = Record<string, never>>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/**
 * The first sentence of a message template: what one-line formats show (compact, GitHub's
 * annotation title, stylish's first line). Found on the template, before placeholders are filled,
 * so a value holding ". " cannot cut it short. A sentence ends at `.`, `!` or `?` followed by
 * white space and a capital, a quote, a bracket or a placeholder, outside the abbreviations
 * "e.g.", "i.e.", "etc.", "vs." and "cf.". Undefined when the template is one sentence.
 */
export function summaryTemplate(template: string): string | undefined {
  let cached = SUMMARIES.get(template);
  if (cached === undefined) {
    cached = '';
    const end = /[.!?](?=\s+[A-Z`"'([{])/g;
    for (let m = end.exec(template); m; m = end.exec(template)) {
      if (/(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/.test(template.slice(Math.max(0, m.index - 5), m.index))) continue;
      cached = template.slice(0, m.index + 1);
      break;
    }
    SUMMARIES.set(template, cached);
  }
  return cached === '' ? undefined : cached;
}

const SUMMARIES = new Map<string, string>();

/** A filled message and its first sentence (the whole message when it is one sentence). */
export function formatMessageParts(
  template: string,
  data: Readonly<Record<string, string | number>> | undefined,
): { readonly message: string; readonly summary: string } {
  const message = formatMessage(template, data);
  const head = summaryTemplate(template);
  return { message, summary: head === undefined ? message : formatMessage(head, data) };
}

/** Fills `{{name}}` placeholders; unknown placeholders stay as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}
