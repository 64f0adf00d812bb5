// ESLint flat config: typescript-eslint's type-checked rules, plus import boundaries between layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'coverage/**', 'bin/**', 'scripts/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // Only src/source imports the YAML parser; nothing imports node:child_process (src/kustomize/process.ts,
  // the one module that starts a process, loads it with process.getBuiltinModule; test/safety.test.ts checks).
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ignores: ['src/source/**'],
    rules: restrict([
      { group: ['yaml'], message: 'Only src/source imports yaml.' },
      { group: ['node:child_process', 'child_process'], allowTypeImports: true, message: 'Only src/kustomize/process.ts starts a process (kustomize).' },
    ]),
  },
  {
    files: ['src/source/**/*.ts'],
    rules: restrict([{ group: ['node:child_process', 'child_process'], allowTypeImports: true, message: 'Only src/kustomize/process.ts starts a process (kustomize).' }]),
  },
  // Rules are pure: no file system, no process, no source layer.
  {
    files: ['rules/**/*.ts'],
    rules: restrict([
      { group: ['yaml'], message: 'Rules do not parse YAML.' },
      { group: ['node:fs', 'fs', 'node:process', 'node:child_process'], message: 'Rules do no I/O.' },
      { group: ['**/src/source/**', '**/src/cli/**', '**/src/config/**', '**/src/formatters/**', '**/src/helm/**'], message: 'Rules import only engine, k8s and model helpers.' },
    ]),
  },
  // The engine knows nothing about YAML, files or the CLI (k8s/schema.ts loads validator modules).
  {
    files: ['src/engine/**/*.ts', 'src/model/**/*.ts', 'src/k8s/**/*.ts'],
    ignores: ['src/k8s/schema.ts'],
    rules: restrict([
      { group: ['yaml'], message: 'The engine does not parse YAML.' },
      { group: ['node:fs', 'fs'], message: 'The engine does no I/O.' },
      { group: ['**/source/**', '**/cli/**', '**/config/**', '**/formatters/**', '**/helm/**'], message: 'Dependencies point inward.' },
    ]),
  },
  // Kustomize builds and their mapping (lint.ts): engine types, the source layer and k8s kind facts; nothing of
  // the CLI, configuration, output formats, the model or the rules.
  {
    files: ['src/kustomize/**/*.ts'],
    rules: restrict([
      { group: ['yaml'], message: 'Only src/source imports yaml.' },
      { group: ['node:child_process', 'child_process'], allowTypeImports: true, message: 'src/kustomize/process.ts loads node:child_process with process.getBuiltinModule, by the first build.' },
      { group: ['**/cli/**', '**/config/**', '**/formatters/**', '**/model/**', '**/rules/**', '**/helm/**'], message: 'src/kustomize uses only the engine types, the source layer and k8s facts.' },
    ]),
  },
  // Helm tracing runs after the rules (lint.ts): it reads charts through the source layer and knows
  // nothing of the CLI, configuration, output formats, the model or the rules.
  {
    files: ['src/helm/**/*.ts'],
    rules: restrict([
      { group: ['yaml'], message: 'Only src/source imports yaml.' },
      { group: ['**/cli/**', '**/config/**', '**/formatters/**', '**/model/**', '**/k8s/**', '**/rules/**'], message: 'src/helm uses only the engine types and the source layer.' },
    ]),
  },
  // Chart values are a producer (lint.ts runs it before the model): it reads files through the
  // source layer and builds objects; it knows nothing of the CLI, configuration, output or rules.
  {
    files: ['src/values/**/*.ts'],
    rules: restrict([
      { group: ['yaml'], message: 'Only src/source imports yaml.' },
      { group: ['**/cli/**', '**/config/**', '**/formatters/**', '**/helm/**', '**/rules/**'], message: 'src/values uses the engine types, k8s helpers, the model\'s file distance and the source layer only.' },
    ]),
  },
  { files: ['test/**/*.ts', 'vitest.config.ts', 'eslint.config.js'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' } },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
