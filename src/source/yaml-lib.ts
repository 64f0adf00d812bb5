/**
 * The `yaml` package, loaded on first use. Most runs never need it: the fast parser reads the
 * documents and finds the positions of findings; `yaml` only reads what the fast parser declines
 * (and YAML embedded in ConfigMaps). Keeping it out of the startup path matters for pre-commit runs
 * on a few files. The rest of src/source imports the `yaml` API from here.
 */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { packageFile } from '../package.js';

let lib: typeof Yaml | undefined;

/**
 * The package as scripts/bundle.mjs bundles it into one file (dist/yaml.cjs: one file to compile
 * instead of ~80 modules to resolve and compile), or from node_modules in a checkout without it.
 */
export function yamlLib(): typeof Yaml {
  if (!lib) {
    const require = createRequire(import.meta.url);
    const bundled = packageFile('dist/yaml.cjs');
    lib = (fs.existsSync(bundled) ? require(bundled) : require('yaml')) as typeof Yaml;
  }
  return lib;
}

export const isAlias = (n: unknown): n is Yaml.Alias => yamlLib().isAlias(n);
export const isMap = (n: unknown): n is Yaml.YAMLMap => yamlLib().isMap(n);
export const isPair = (n: unknown): n is Yaml.Pair => yamlLib().isPair(n);
export const isScalar = (n: unknown): n is Yaml.Scalar => yamlLib().isScalar(n);
export const isSeq = (n: unknown): n is Yaml.YAMLSeq => yamlLib().isSeq(n);

const aliasTargets = new WeakMap<Yaml.Document, Map<Yaml.Alias, Yaml.Node | undefined>>();

/**
 * The node an alias stands for: the last node with its anchor before it, in document order (the
 * rule of yaml's `Alias.resolve`). `Alias.resolve` walks the whole document for each alias, which
 * is quadratic in a document of many aliases; here one walk per document finds every target.
 */
export function resolveAlias(doc: Yaml.Document, alias: Yaml.Alias): Yaml.Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Yaml.Alias, Yaml.Node | undefined>();
    const latest = new Map<string, Yaml.Node>();
    yamlLib().visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) found.set(node, latest.get(node.source));
        else if (node.anchor) latest.set(node.anchor, node);
      },
    });
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}
