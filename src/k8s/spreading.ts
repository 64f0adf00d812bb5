/**
 * Pod spreading across nodes (DOMAIN.md §6.1): podAntiAffinity terms and topologySpreadConstraints
 * on `kubernetes.io/hostname`, hard (required / DoNotSchedule) or soft (preferred / ScheduleAnyway).
 * A term whose labelSelector does not select the pod's own labels counts no pods and spreads nothing.
 */

import type { Path } from '../engine/types.js';
import { asArray, asRecord, dig, matchesLabelSelector } from './labels.js';
import type { PodTemplate } from './pods.js';

export const HOSTNAME_KEY = 'kubernetes.io/hostname';

export interface SpreadTerm {
  readonly kind: 'podAntiAffinity' | 'topologySpreadConstraint';
  readonly hard: boolean;
  /** Path of the term, from the object root. */
  readonly path: Path;
  /** Its labelSelector selects the pod's own labels. */
  readonly selectsSelf: boolean;
  /** Path of the labelSelector (or of the term when it has none). */
  readonly selectorPath: Path;
}

/** Every spreading term on kubernetes.io/hostname in a pod template. */
export function hostnameSpreadTerms(tpl: PodTemplate): SpreadTerm[] {
  const out: SpreadTerm[] = [];
  const spec = tpl.spec;
  const anti = asRecord(dig(spec, 'affinity', 'podAntiAffinity'));
  const antiPath = [...tpl.specPath, 'affinity', 'podAntiAffinity'];
  if (anti) {
    asArray(anti['requiredDuringSchedulingIgnoredDuringExecution']).forEach((t, i) => {
      const term = asRecord(t);
      if (term?.['topologyKey'] !== HOSTNAME_KEY) return;
      const path = [...antiPath, 'requiredDuringSchedulingIgnoredDuringExecution', i];
      out.push(spreadTerm('podAntiAffinity', true, path, term, tpl));
    });
    asArray(anti['preferredDuringSchedulingIgnoredDuringExecution']).forEach((t, i) => {
      const term = asRecord(asRecord(t)?.['podAffinityTerm']);
      if (term?.['topologyKey'] !== HOSTNAME_KEY) return;
      const path = [...antiPath, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'];
      out.push(spreadTerm('podAntiAffinity', false, path, term, tpl));
    });
  }
  asArray(spec['topologySpreadConstraints']).forEach((c, i) => {
    const constraint = asRecord(c);
    if (constraint?.['topologyKey'] !== HOSTNAME_KEY) return;
    const hard = constraint['whenUnsatisfiable'] !== 'ScheduleAnyway';
    out.push(spreadTerm('topologySpreadConstraint', hard, [...tpl.specPath, 'topologySpreadConstraints', i], constraint, tpl));
  });
  return out;
}

function spreadTerm(kind: SpreadTerm['kind'], hard: boolean, path: Path, term: Record<string, unknown>, tpl: PodTemplate): SpreadTerm {
  const selector = term['labelSelector'];
  return {
    kind,
    hard,
    path,
    selectsSelf: selector !== undefined && selector !== null && matchesLabelSelector(selector, tpl.labels),
    selectorPath: selector === undefined ? path : [...path, 'labelSelector'],
  };
}
