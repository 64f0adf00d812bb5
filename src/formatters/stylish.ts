/**
 * The default terminal output: findings grouped by file, `line:col severity summary rule-id`, the
 * rest of the message and the related locations under each finding, laid out to stay readable in
 * 100 columns, and a summary of what was read.
 */

import { Chalk } from 'chalk';
import type { Finding, Severity } from '../engine/types.js';
import type { RunStats, SkipReason } from '../lint.js';
import { detailOf, summaryOf, wrap } from './text.js';
import type { Formatter } from './types.js';

/** The terminal width the layout is made for. */
const WIDTH = 100;

export const formatStylish: Formatter = (findings, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const shown = findings.filter((f) => !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${c.underline(file)}\n`;
    const posWidth = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    for (const f of list) {
      // line:col, severity, the summary's first line and the rule id, then the rest of the
      // summary, the rest of the message and the related locations, indented under the summary.
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const indent = ' '.repeat(posWidth + 13);
      const width = Math.max(WIDTH - indent.length, 40);
      const [head = '', ...more] = wrap(summaryOf(f), width, Math.max(width - f.ruleId.length - 2, 20));
      out += `  ${c.dim(pos)}  ${paint[f.severity](f.severity.padEnd(7))}  ${c.bold(head)}  ${c.dim(f.ruleId)}\n`;
      for (const line of more) out += `${indent}${c.bold(line)}\n`;
      for (const line of wrap(detailOf(f), width)) if (line !== '') out += `${indent}${line}\n`;
      if (f.rendered) {
        out += `${indent}${c.dim(`rendered at ${f.rendered.file}:${f.rendered.range.line}:${f.rendered.range.column} from ${f.helmSource ?? 'a chart'}`)}\n`;
      } else if (f.helmSource) {
        // A chart that was found but could not be followed says why; a chart not on disk is the usual case.
        const why = f.helm?.chart !== undefined && f.helm.reason ? `; not traced to the chart: ${f.helm.reason}` : '';
        out += `${indent}${c.dim(`rendered from ${f.helmSource}${why}`)}\n`;
      }
      for (const r of f.related) {
        const [first = '', ...rest] = wrap(r.message, width - 2);
        out += `${indent}${c.dim('↳')} ${c.dim(`${r.file}:${r.range.line}:${r.range.column}`)}\n`;
        out += `${indent}  ${first}\n`;
        for (const line of rest) out += `${indent}  ${line}\n`;
      }
    }
  }
  for (const n of ctx.notices) out += `\n${n.level === 'error' ? c.red('error') : c.yellow('warning')}: ${n.file ? `${n.file}: ` : ''}${n.message}`;
  if (ctx.notices.length > 0) out += '\n';
  out += '\n' + summary(ctx.stats, shown.length, c) + '\n';
  return out;
};

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function summary(stats: RunStats, problems: number, c: InstanceType<typeof Chalk>): string {
  const counts = `${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${stats.infos} info`;
  const head =
    problems === 0
      ? c.green('✔ No problems found')
      : (stats.errors > 0 ? c.red.bold : c.yellow.bold)(`✖ ${plural(problems, 'problem')} (${counts})`);
  const read = [
    plural(stats.files, 'file'),
    plural(stats.documents, 'document'),
    plural(stats.objects, 'object'),
  ];
  const extra: string[] = [];
  const releases = stats.releases ?? [];
  if (releases.length > 0) {
    const built = releases.reduce((n, r) => n + r.objects.length, 0);
    extra.push(`${plural(releases.length, 'chart release')} read from values (${plural(built, 'object')} built)`);
  }
  if (stats.skippedDocuments > 0) extra.push(`${plural(stats.skippedDocuments, 'non-Kubernetes document')} skipped`);
  if (stats.skippedItems > 0) extra.push(`${plural(stats.skippedItems, 'List item')} that ${stats.skippedItems === 1 ? 'is' : 'are'} not an object skipped`);
  if (stats.yamlErrors > 0) extra.push(`${plural(stats.yamlErrors, 'document')} with YAML errors`);
  if (stats.suppressed > 0) extra.push(`${stats.suppressed} suppressed`);
  if (stats.contextFiles > 0) extra.push(`${plural(stats.contextFiles, 'context file')} loaded`);
  const k = stats.kustomize as RunStats['kustomize'] | undefined;
  if (k && k.built + k.failed > 0) extra.push(`${plural(k.built, 'kustomize build')} (${plural(k.objects, 'object')})${k.failed > 0 ? `, ${k.failed} failed` : ''}`);
  if (stats.skippedFiles > 0) extra.push(`${plural(stats.skippedFiles, 'file')} not read (${skippedReasons(stats)})`);
  return `${head}\n${c.dim(`${read.join(', ')}${extra.length ? `; ${extra.join('; ')}` : ''}`)}`;
}

/** How the summary names each reason: [one, many]. */
const REASONS: Record<SkipReason, [string, string]> = {
  unreadable: ['unreadable', 'unreadable'],
  vanished: ['gone before it was read', 'gone before they were read'],
  'too-large': ['over --max-file-size', 'over --max-file-size'],
  'not-a-file': ['not a regular file', 'not regular files'],
  'symlink-outside-tree': ['link out of the tree', 'links out of the tree'],
  'symlink-loop': ['link loop', 'link loops'],
  'broken-symlink': ['broken link', 'broken links'],
  'helm-template': ['Helm chart template', 'Helm chart templates'],
  'kustomize-patch': ['kustomize patch', 'kustomize patches'],
  'not-kubernetes': ['not a Kubernetes manifest', 'not Kubernetes manifests'],
  template: ['unrendered template', 'unrendered templates'],
};

/** "2 over --max-file-size, 1 unreadable": the skipped inputs by reason, in a fixed order. */
function skippedReasons(stats: RunStats): string {
  const counts = new Map<SkipReason, number>();
  for (const s of stats.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return (Object.keys(REASONS) as SkipReason[])
    .filter((r) => counts.has(r))
    .map((r) => {
      const n = counts.get(r) as number;
      return `${n} ${REASONS[r][n === 1 ? 0 : 1]}`;
    })
    .join(', ');
}
