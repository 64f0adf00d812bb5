// Bundles the CLI into one ES module (dist/srcip-lint.mjs) so that a run on one small file, as
// pre-commit does, does not spend its time resolving and compiling ~200 modules. The library
// entry (dist/src/index.js) stays the plain tsc output. kubernetes-models validators are loaded
// lazily at run time, so they stay outside the bundle.
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/srcip-lint.mjs';
await build({
  entryPoints: ['dist/src/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  minify: true,
  legalComments: 'linked',
  external: ['kubernetes-models', 'kubernetes-models/*', '@kubernetes-models/*'],
  banner: { js: "import { createRequire as __srcipCreateRequire } from 'node:module'; const require = __srcipCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
