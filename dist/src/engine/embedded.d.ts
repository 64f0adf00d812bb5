/**
 * Findings inside text held in an object (`Report.within`): a setting of a configuration file in a
 * ConfigMap is reported on its own line of the file a person edits, when that can be told exactly.
 */
import type { K8sObject, Path, Range, SourceFileRef, SourceSpan } from './types.js';
/**
 * Where `within`, a range inside the string value at `path` of `object`, lies: in the file a
 * kustomize generator made the value from (the value is that file's whole text), or in the
 * object's own document when the value is a literal block scalar there. Undefined otherwise: the
 * value was written elsewhere by another producer, or rendered by Helm (whose positions map to
 * template lines, not inside values).
 */
export declare function embeddedLocation(object: K8sObject, path: Path, within: Range, origin: SourceSpan | undefined): {
    file: SourceFileRef;
    range: Range;
} | undefined;
