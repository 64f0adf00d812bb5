/**
 * Pod spreading across nodes (DOMAIN.md §6.1): podAntiAffinity terms and topologySpreadConstraints
 * on `kubernetes.io/hostname`, hard (required / DoNotSchedule) or soft (preferred / ScheduleAnyway).
 * A term whose labelSelector does not select the pod's own labels counts no pods and spreads nothing.
 */
import type { Path } from '../engine/types.js';
import type { PodTemplate } from './pods.js';
export declare const HOSTNAME_KEY = "kubernetes.io/hostname";
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
export declare function hostnameSpreadTerms(tpl: PodTemplate): SpreadTerm[];
