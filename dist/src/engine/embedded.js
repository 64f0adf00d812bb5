/**
 * Findings inside text held in an object (`Report.within`): a setting of a configuration file in a
 * ConfigMap is reported on its own line of the file a person edits, when that can be told exactly.
 */
import { valueAt } from '../util/paths.js';
/**
 * Where `within`, a range inside the string value at `path` of `object`, lies: in the file a
 * kustomize generator made the value from (the value is that file's whole text), or where the
 * document places it (a literal block scalar of the object's document, or of the base a kustomize
 * build copied it from unchanged). Undefined otherwise, and for helm template output (whose
 * positions map to template lines, not inside values).
 */
export function embeddedLocation(object, path, within, origin, 
/** The text `within` is in, when it is not the value itself (a Secret's value decoded). */
text = valueAt(object.raw, path)) {
    if (typeof text !== 'string')
        return undefined;
    if (origin?.content?.text === text)
        return { file: origin.content.file, range: within };
    if (object.doc.helmSource !== undefined)
        return undefined;
    return object.doc.embeddedRange?.([...object.path, ...path], text, within);
}
