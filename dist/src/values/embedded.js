/**
 * Values written as YAML text inside another YAML file: Argo CD `helm.values: |`, a Flux
 * `valuesFrom` ConfigMap's `data.values.yaml: |`. In a literal block scalar every line of the text
 * is a line of the file with the block's indentation in front, so a position in the text maps to
 * an exact position in the file. Anything else (folded or quoted scalars, a text that does not
 * match the file) lands on the key that holds the text.
 */
import { embeddedLocation } from '../engine/embedded.js';
import { FILE_START, objectSpan, readValuesText, textLayer } from './layers.js';
/**
 * A values layer over YAML text held at `path` of `object`. Positions are where the engine places
 * text inside a value (src/engine/embedded.ts): exact inside a literal block scalar (also in the
 * base a kustomize build copied it from) and in a file whose whole text the value is (a kustomize
 * generator's `files:` entry); otherwise every key lands on the scalar's key.
 */
export function embeddedLayer(object, path, text, label) {
    const key = objectSpan(object, path);
    const values = readValuesText(text);
    const origin = object.doc.origins?.([...object.path, ...path], object.path.length)?.[0];
    const place = (r) => embeddedLocation(object, path, r, origin, text);
    const home = place(FILE_START);
    const map = home ? (r) => place(r)?.range ?? key.range : undefined;
    return { ...textLayer(values, home?.file ?? key.file, label, [], map, { ...key, message: '' }), error: values.error };
}
