/**
 * The `yaml` package, loaded on first use. Most runs never need it: the fast parser reads the
 * documents and finds the positions of findings; `yaml` only reads what the fast parser declines
 * (and YAML embedded in ConfigMaps). Keeping it out of the startup path matters for pre-commit runs
 * on a few files. The rest of src/source imports the `yaml` API from here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../package.js';
let lib;
/**
 * The package as scripts/bundle.mjs bundles it into one file (dist/yaml.cjs: one file to compile
 * instead of ~80 modules to resolve and compile), or from node_modules in a checkout without it.
 */
export function yamlLib() {
    if (!lib) {
        const require = createRequire(import.meta.url);
        const bundled = packageFile('dist/yaml.cjs');
        lib = (fs.existsSync(bundled) ? require(bundled) : require('yaml'));
    }
    return lib;
}
export const isAlias = (n) => yamlLib().isAlias(n);
export const isMap = (n) => yamlLib().isMap(n);
export const isPair = (n) => yamlLib().isPair(n);
export const isScalar = (n) => yamlLib().isScalar(n);
export const isSeq = (n) => yamlLib().isSeq(n);
const aliasTargets = new WeakMap();
/**
 * The node an alias stands for: the last node with its anchor before it, in document order (the
 * rule of yaml's `Alias.resolve`). `Alias.resolve` walks the whole document for each alias, which
 * is quadratic in a document of many aliases; here one walk per document finds every target.
 */
export function resolveAlias(doc, alias) {
    let targets = aliasTargets.get(doc);
    if (!targets) {
        const found = new Map();
        const latest = new Map();
        yamlLib().visit(doc, {
            Node: (_key, node) => {
                if (isAlias(node))
                    found.set(node, latest.get(node.source));
                else if (node.anchor)
                    latest.set(node.anchor, node);
            },
        });
        targets = found;
        aliasTargets.set(doc, targets);
    }
    return targets.get(alias);
}
