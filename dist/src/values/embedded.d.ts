/**
 * Values written as YAML text inside another YAML file: Argo CD `helm.values: |`, a Flux
 * `valuesFrom` ConfigMap's `data.values.yaml: |`. In a literal block scalar every line of the text
 * is a line of the file with the block's indentation in front, so a position in the text maps to
 * an exact position in the file. Anything else (folded or quoted scalars, a text that does not
 * match the file) lands on the key that holds the text.
 */
import type { K8sObject, Path } from '../engine/types.js';
import { type ValuesLayer } from './layers.js';
/**
 * A values layer over YAML text held at `path` of `object`. Positions are where the engine places
 * text inside a value (src/engine/embedded.ts): exact inside a literal block scalar (also in the
 * base a kustomize build copied it from) and in a file whose whole text the value is (a kustomize
 * generator's `files:` entry); otherwise every key lands on the scalar's key.
 */
export declare function embeddedLayer(object: K8sObject, path: Path, text: string, label: string): ValuesLayer & {
    readonly error: string | undefined;
};
