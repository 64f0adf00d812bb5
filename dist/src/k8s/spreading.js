/**
 * Pod spreading across nodes (DOMAIN.md §6.1): podAntiAffinity terms and topologySpreadConstraints
 * on `kubernetes.io/hostname`, hard (required / DoNotSchedule) or soft (preferred / ScheduleAnyway).
 * A term whose labelSelector does not select the pod's own labels counts no pods and spreads nothing.
 */
import { asArray, asRecord, dig, matchesLabelSelector } from './labels.js';
export const HOSTNAME_KEY = 'kubernetes.io/hostname';
/** Every spreading term on kubernetes.io/hostname in a pod template. */
export function hostnameSpreadTerms(tpl) {
    const out = [];
    const spec = tpl.spec;
    const anti = asRecord(dig(spec, 'affinity', 'podAntiAffinity'));
    const antiPath = [...tpl.specPath, 'affinity', 'podAntiAffinity'];
    if (anti) {
        asArray(anti['requiredDuringSchedulingIgnoredDuringExecution']).forEach((t, i) => {
            const term = asRecord(t);
            if (term?.['topologyKey'] !== HOSTNAME_KEY)
                return;
            const path = [...antiPath, 'requiredDuringSchedulingIgnoredDuringExecution', i];
            out.push(spreadTerm('podAntiAffinity', true, path, term, tpl));
        });
        asArray(anti['preferredDuringSchedulingIgnoredDuringExecution']).forEach((t, i) => {
            const term = asRecord(asRecord(t)?.['podAffinityTerm']);
            if (term?.['topologyKey'] !== HOSTNAME_KEY)
                return;
            const path = [...antiPath, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'];
            out.push(spreadTerm('podAntiAffinity', false, path, term, tpl));
        });
    }
    asArray(spec['topologySpreadConstraints']).forEach((c, i) => {
        const constraint = asRecord(c);
        if (constraint?.['topologyKey'] !== HOSTNAME_KEY)
            return;
        const hard = constraint['whenUnsatisfiable'] !== 'ScheduleAnyway';
        out.push(spreadTerm('topologySpreadConstraint', hard, [...tpl.specPath, 'topologySpreadConstraints', i], constraint, tpl));
    });
    return out;
}
function spreadTerm(kind, hard, path, term, tpl) {
    const selector = term['labelSelector'];
    return {
        kind,
        hard,
        path,
        selectsSelf: selector !== undefined && selector !== null && matchesLabelSelector(selector, tpl.labels),
        selectorPath: selector === undefined ? path : [...path, 'labelSelector'],
    };
}
