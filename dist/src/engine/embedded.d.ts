/**
 * Findings inside text held in an object (`Report.within`): a setting of a configuration file in a
 * ConfigMap is reported on its own line of the file a person edits, when that can be told exactly.
 */
import type { K8sObject, Path, Range, SourceFileRef, SourceSpan } from './types.js';
/**
 * Where `within`, a range inside the string value at `path` of `object`, lies: in the file a
 * kustomize generator made the value from (the value is that file's whole text), or where the
 * document places it (a literal block scalar of the object's document, or of the base a kustomize
 * build copied it from unchanged). Undefined otherwise, and for helm template output (whose
 * positions map to template lines, not inside values).
 */
export declare function embeddedLocation(object: K8sObject, path: Path, within: Range, origin: SourceSpan | undefined, 
/** The text `within` is in, when it is not the value itself (a Secret's value decoded). */
text?: unknown): {
    file: SourceFileRef;
    range: Range;
} | undefined;
