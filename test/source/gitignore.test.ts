/**
 * Which files a directory walk reads: `.gitignore` files with git's semantics (git check-ignore is
 * the oracle), the tool directories it never enters, the configuration's `ignore` globs, and
 * files named on the command line, which are always read.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, SKIP_DIRS } from '../../src/source/inputs.js';

/** git without the user's or the system's configuration (no global excludes file). */
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() };

const GITIGNORES: Record<string, string> = {
  '.gitignore': [
    '# a comment, then a blank line',
    '',
    '*.tmp.yaml',
    '/rooted.yaml',
    'build/',
    '!build/keep.yaml',
    'generated/**',
    '!generated/important.yaml',
    '**/secret/',
    'doc/*.yaml',
    'a/**/z.yaml',
    '[ab]?.yaml',
    '\\#hash.yaml',
    '\\!bang.yaml',
    'tspace.yaml   ',
    'esc\\ .yaml\\ ',
    '*.json',
    '!keep.json',
    'onlydir/',
    'x*y/',
    '[z-',
  ].join('\n'),
  'sub/.gitignore': ['!*.tmp.yaml', 'local.yaml', '/only-here.yaml', 'deep/', 'ab*'].join('\r\n'),
  'sub/deeper/.gitignore': ['*', '!*.yaml', '!*/'].join('\n'),
};

const FILES = [
  'plain.yaml',
  'x.tmp.yaml',
  'rooted.yaml',
  'sub/rooted.yaml',
  'build/a.yaml',
  'build/keep.yaml',
  'sub/build/b.yaml',
  'generated/g.yaml',
  'generated/important.yaml',
  'generated/nested/n.yaml',
  'secret/s.yaml',
  'sub/secret/s.yaml',
  'doc/d.yaml',
  'doc/deeper/d.yaml',
  'a/z.yaml',
  'a/b/c/z.yaml',
  'sub/a/z.yaml',
  'a1.yaml',
  'bb.yaml',
  'cc.yaml',
  '#hash.yaml',
  '!bang.yaml',
  'tspace.yaml',
  'esc .yaml ',
  'esc .yaml',
  'data.json',
  'keep.json',
  'sub/keep.json',
  'onlydir.yaml',
  'onlydir/o.yaml',
  'sub/onlydir',
  'x-and-y/f.yaml',
  'xy.yaml',
  'sub/x.tmp.yaml',
  'sub/local.yaml',
  'sub/only-here.yaml',
  'sub/more/only-here.yaml',
  'sub/deep/d.yaml',
  'sub/abc.yaml',
  'sub/more/abd.yaml',
  'sub/deeper/k.yaml',
  'sub/deeper/k.yml',
  'sub/deeper/j.json',
  'sub/deeper/inner/k.yaml',
  'info-excluded.yaml',
  'sub/info-excluded.yaml',
];

let dir = '';

function walked(root: string, options: { gitignore?: boolean; ignore?: string[] } = {}): string[] {
  const r = expandPaths([root], { cwd: dir, ignore: options.ignore ?? [], ignoreBase: dir, ...(options.gitignore === undefined ? {} : { gitignore: options.gitignore }) });
  return r.files.map((f) => f.display).sort();
}

function write(rel: string, text: string): void {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

describe('.gitignore, as git reads it', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-gitignore-'));
    execFileSync('git', ['init', '-q'], { cwd: dir, env: GIT_ENV });
    for (const [rel, text] of Object.entries(GITIGNORES)) write(rel, `${text}\n`);
    write('.git/info/exclude', 'info-excluded.yaml\n');
    for (const rel of FILES) write(rel, 'kind: ConfigMap\n');
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const manifests = (): string[] => FILES.filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

  /** What git ignores among the manifests. */
  function gitIgnored(): Set<string> {
    const r = spawnSync('git', ['check-ignore', '--stdin'], { cwd: dir, env: GIT_ENV, input: manifests().join('\n'), encoding: 'utf8' });
    expect([0, 1], r.stderr).toContain(r.status);
    return new Set(r.stdout.split('\n').filter(Boolean));
  }

  it('walks exactly the files git does not ignore', () => {
    const ignored = gitIgnored();
    // The cases are not trivial: git ignores many of them and keeps many.
    expect(ignored.size).toBeGreaterThan(15);
    expect(manifests().length - ignored.size).toBeGreaterThan(10);
    expect(walked('.')).toEqual(manifests().filter((f) => !ignored.has(f)));
  });

  it('applies the .gitignore files above a walked subdirectory, up to the repository top', () => {
    const ignored = gitIgnored();
    expect(walked('sub')).toEqual(manifests().filter((f) => f.startsWith('sub/') && !ignored.has(f)));
  });

  it('applies to globs as to directories', () => {
    const ignored = gitIgnored();
    const r = expandPaths(['**/*.yaml'], { cwd: dir, ignore: [], ignoreBase: dir });
    expect(r.files.map((f) => f.display).sort()).toEqual(manifests().filter((f) => f.endsWith('.yaml') && !ignored.has(f)));
  });

  it('walks everything with gitignore off, and reads an ignored file named on the command line', () => {
    expect(walked('.', { gitignore: false })).toEqual(manifests());
    expect(walked('build/a.yaml')).toEqual(['build/a.yaml']);
  });

  it('neither follows nor reports an ignored link (a build result, a broken link, a link out of the tree)', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-ignored-links-'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-outside-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo, env: GIT_ENV });
      fs.writeFileSync(path.join(repo, '.gitignore'), 'result\nbroken.yaml\nout.yaml\n');
      fs.writeFileSync(path.join(outside, 'x.yaml'), 'a: 1\n');
      fs.symlinkSync(outside, path.join(repo, 'result'));
      fs.symlinkSync(path.join(repo, 'missing.yaml'), path.join(repo, 'broken.yaml'));
      fs.symlinkSync(path.join(outside, 'x.yaml'), path.join(repo, 'out.yaml'));
      fs.writeFileSync(path.join(repo, 'kept.yaml'), 'a: 1\n');
      const r = expandPaths(['.'], { cwd: repo, ignore: [], ignoreBase: repo });
      expect(r.files.map((f) => f.display)).toEqual(['kept.yaml']);
      expect(r.skipped).toEqual([]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('outside a repository, applies the .gitignore files of the walked tree', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-nogit-'));
    try {
      fs.writeFileSync(path.join(outside, '.gitignore'), 'out/\n');
      fs.mkdirSync(path.join(outside, 'out'));
      fs.writeFileSync(path.join(outside, 'out', 'a.yaml'), 'a: 1\n');
      fs.writeFileSync(path.join(outside, 'b.yaml'), 'b: 1\n');
      const r = expandPaths(['.'], { cwd: outside, ignore: [], ignoreBase: outside });
      expect(r.files.map((f) => f.display)).toEqual(['b.yaml']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('directories a walk leaves out', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-skipdirs-'));
    for (const d of SKIP_DIRS) write(`${d}/settings.json`, '{ // JSON with comments\n}\n');
    write('deploy/web.yaml', 'kind: Service\n');
    write('deploy/node_modules/pkg/x.yaml', 'a: 1\n');
    write('vendor/v.yaml', 'a: 1\n');
    write('deploy/vendor/v.yaml', 'a: 1\n');
    write('gen/g.yaml', 'a: 1\n');
    write('deploy/gen/g.yaml', 'a: 1\n');
    write('tmp/t.yaml', 'a: 1\n');
    write('keep/k.yaml', 'a: 1\n');
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never enters version control, dependency, editor and cache directories', () => {
    expect(SKIP_DIRS).toContain('.vscode');
    expect(SKIP_DIRS).toContain('.idea');
    expect(walked('.')).toEqual(['deploy/gen/g.yaml', 'deploy/vendor/v.yaml', 'deploy/web.yaml', 'gen/g.yaml', 'keep/k.yaml', 'tmp/t.yaml', 'vendor/v.yaml']);
  });

  it('reads them when they are named', () => {
    expect(walked('.vscode')).toEqual(['.vscode/settings.json']);
    expect(walked('.idea/settings.json')).toEqual(['.idea/settings.json']);
    expect(walked('deploy/node_modules')).toEqual(['deploy/node_modules/pkg/x.yaml']);
  });

  it('leaves out the ignore globs, directories included: a name at any depth, dir/, dir/**', () => {
    expect(walked('.', { ignore: ['vendor', 'gen/', 'tmp/**'] })).toEqual(['deploy/gen/g.yaml', 'deploy/web.yaml', 'keep/k.yaml']);
  });
});
