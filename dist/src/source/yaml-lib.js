/**
 * The `yaml` package, loaded on first use. Most runs never need it: the fast parser reads the
 * documents and finds the positions of findings; `yaml` only reads what the fast parser declines
 * (and YAML embedded in ConfigMaps). Keeping it out of the startup path matters for pre-commit runs
 * on a few files. The rest of src/source imports the `yaml` API from here.
 */
import { createRequire } from 'node:module';
let lib;
export function yamlLib() {
    lib ??= createRequire(import.meta.url)('yaml');
    return lib;
}
export const isAlias = (n) => yamlLib().isAlias(n);
export const isMap = (n) => yamlLib().isMap(n);
export const isPair = (n) => yamlLib().isPair(n);
export const isScalar = (n) => yamlLib().isScalar(n);
export const isSeq = (n) => yamlLib().isSeq(n);
