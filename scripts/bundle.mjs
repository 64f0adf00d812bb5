// Builds the bundles of dist/ (after tsc):
// - dist/srcip-lint.mjs: the CLI in one ES module, so that a run on one small file, as pre-commit
//   does, does not spend its time resolving and compiling ~200 modules (yaml and ajv stay outside:
//   they load on first use, and most runs need neither);
// - dist/yaml.cjs: the yaml package in one file, for that first use;
// - dist/k8s-schemas{,-pods,-legacy,-legacy-pods}.cjs: the kubernetes-models validators of the
//   kinds k8s-schema checks (current and older API versions; kinds with a pod template or not),
//   with @kubernetes-models/validate replaced by the six formats they use
//   (src/k8s/schema-formats.ts). Each validator is a getter
//   that runs its modules on first use: loading the bundle then costs its compile, not the
//   evaluation of every kind's validators (~65 ms of a one-file run).
// Usage: node scripts/bundle.mjs [outDir]   (default dist)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
const compiled = path.resolve(root, process.argv[3] ?? outDir);

const main = await build({
  entryPoints: [path.join(compiled, 'src/cli/main.js')],
  bundle: true,
  nodePaths: [path.join(root, 'node_modules')],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: path.join(outDir, 'srcip-lint.mjs'),
  minify: true,
  legalComments: 'none',
  // Loaded on first use from node_modules, outside the startup path (see src/source/yaml-lib.ts).
  external: ['yaml', 'ajv', 'kubernetes-models', 'kubernetes-models/*', '@kubernetes-models/*'],
  banner: { js: "import { createRequire as __srcipCreateRequire } from 'node:module'; const require = __srcipCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
// The licences of the packages bundled into the entry point (chalk), in front of it.
const bundled = new Set();
for (const input of Object.keys(main.metafile.inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) bundled.add(m[1]);
}
const mainFile = path.join(outDir, 'srcip-lint.mjs');
fs.writeFileSync(mainFile, [...bundled].sort().map((pkg) => `${licenceBanner(pkg)}\n`).join('') + fs.readFileSync(mainFile, 'utf8'));

/** A bundled package's licence as a leading comment: ISC and MIT ask for it in every copy. */
function licenceBanner(pkg) {
  const dir = path.join(root, 'node_modules', pkg);
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${pkg} ships no licence file to keep in the bundle`);
  const text = fs.readFileSync(path.join(dir, file), 'utf8').trim().replaceAll('*/', '* /');
  return `/*! Bundled from ${pkg} ${version}.\n${text}\n*/`;
}

// The yaml package in one CommonJS file, loaded on first use (src/source/yaml-lib.ts): a run that
// needs it (a document the fast parser declines) then compiles one file instead of resolving and
// compiling its ~80 modules (~50-100 ms).
await build({
  entryPoints: [path.join(root, 'node_modules/yaml/dist/index.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: path.join(outDir, 'yaml.cjs'),
  minify: true,
  legalComments: 'none',
  banner: { js: licenceBanner('yaml') },
  logLevel: 'warning',
});

// The validators: every `_schemas` module whose name is <group><version><kind> for a schema kind.
const { SCHEMA_KINDS, SCHEMA_BUNDLES, schemaBundle, schemaModuleName } = await import(path.join(compiled, 'src/k8s/schema.js'));
const schemas = path.join(root, 'node_modules/kubernetes-models/_schemas');
const GROUPS = { Core: '', Apps: 'apps', Batch: 'batch', Autoscaling: 'autoscaling', Extensions: 'extensions', Networking: 'networking.k8s.io', Policy: 'policy' };
const entries = [];
for (const file of fs.readdirSync(schemas).sort()) {
  for (const kind of SCHEMA_KINDS) {
    const m = new RegExp(`^IoK8sApi([A-Z][a-z0-9]*)(V\\d+(?:(?:alpha|beta)\\d+)?)${kind}\\.js$`).exec(file);
    if (!m || !(m[1] in GROUPS)) continue;
    const group = GROUPS[m[1]];
    const apiVersion = `${group ? `${group}/` : ''}${m[2].charAt(0).toLowerCase()}${m[2].slice(1)}`;
    if (`${schemaModuleName(apiVersion, kind)}.js` === file) entries.push([apiVersion, kind, file]);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-schemas-'));
for (const [which, relative] of Object.entries(SCHEMA_BUNDLES)) {
  const mine = entries.filter(([apiVersion, kind]) => schemaBundle(apiVersion, kind) === which);
  const entry = path.join(tmp, `${which}.cjs`);
  fs.writeFileSync(
    entry,
    // Getters: esbuild runs a bundled CommonJS module on its first require, so a run evaluates
    // only the validators (and shared definitions) of the kinds it meets, not all of them.
    `module.exports = {\n${mine.map(([v, k, file]) => `  get ${JSON.stringify(`${v}/${k}`)}() {\n    return require(${JSON.stringify(path.join(schemas, file))}).validate;\n  },`).join('\n')}\n};\n`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    nodePaths: [path.join(root, 'node_modules')],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(outDir, path.relative('dist', relative)),
    minify: true,
    legalComments: 'none',
    banner: { js: licenceBanner('kubernetes-models') },
    alias: { '@kubernetes-models/validate': path.join(compiled, 'src/k8s/schema-formats.js') },
    logLevel: 'warning',
  });
}
fs.rmSync(tmp, { recursive: true, force: true });
