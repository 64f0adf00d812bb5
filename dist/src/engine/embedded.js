/**
 * Findings inside text held in an object (`Report.within`): a setting of a configuration file in a
 * ConfigMap is reported on its own line of the file a person edits, when that can be told exactly.
 */
import { valueAt } from '../util/paths.js';
/**
 * Where `within`, a range inside the string value at `path` of `object`, lies: in the file a
 * kustomize generator made the value from (the value is that file's whole text), or in the
 * object's own document when the value is a literal block scalar there. Undefined otherwise: the
 * value was written elsewhere by another producer, or rendered by Helm (whose positions map to
 * template lines, not inside values).
 */
export function embeddedLocation(object, path, within, origin) {
    const text = valueAt(object.raw, path);
    if (typeof text !== 'string')
        return undefined;
    if (origin)
        return origin.content?.text === text ? { file: origin.content.file, range: within } : undefined;
    if (object.doc.helmSource !== undefined)
        return undefined;
    const range = object.doc.embeddedRange?.([...object.path, ...path], text, within);
    return range ? { file: object.doc.file, range } : undefined;
}
