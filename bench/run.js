// The benchmark (DESIGN.md §9): `npm run bench` (it uses the committed dist/, as users do).
//
// Each measurement runs the CLI as a user would: a fresh `node bin/srcip-lint.js <path> --format
// sarif --output-file <file>` process, timed from spawn to exit (Node's start included), with
// its peak RSS read from the process itself at exit (bench/rss.mjs). The baseline is the `yaml`
// package parsing the same files with positions (bench/child.js), in a fresh process, measured
// in the same run so that the ratio holds when the machine's speed drifts. Wall times are the
// median of BENCH_RUNS runs (default 5; 3 for the slower yaml baseline).
//
// Corpora: ../shared/corpus/big and realworld (when present), a generated worst case where every
// document is relevant at 1x, 2x and 4x, 10,000 Services x 10,000 Deployments in one namespace
// (also timed for selector resolution alone, bench/resolve.js), one small file as pre-commit
// runs it, and a kustomize repository of 40 overlays over 5 bases, built and not, against the
// floor of the same builds without srcip-lint.
//
// BENCH_ONLY=<regex> measures only the rows whose name matches (e.g. BENCH_ONLY='worst' or
// BENCH_ONLY='small'); the budgets of rows left out are not checked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCrossObject, generateKustomize, generateWorstCase } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const BIN = path.join(ROOT, 'bin/srcip-lint.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASELINE_RUNS = Math.min(RUNS, 3);
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : undefined;
const wanted = (name) => !ONLY || ONLY.test(name);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** One CLI run: wall seconds, peak RSS bytes, and the --debug timings (ms). */
function cliOnce(target, extra = []) {
  const rssFile = path.join(tmp, 'rss');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', path.join(ROOT, 'bench/rss.mjs'), BIN, target, '--format', 'sarif', '--output-file', path.join(tmp, 'out.sarif'), '--no-config', '--debug', ...extra], {
    cwd: ROOT,
    env: { ...process.env, SRCIP_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`srcip-lint exited ${r.status}: ${r.stderr}`);
  const m = /(\d+) objects in \d+ ms \(read (\d+), parse (\d+), rules (\d+)/.exec(r.stderr);
  const k = /; (\d+) kustomize builds by \w+: (\d+) objects, (\d+) ms/.exec(r.stderr);
  return {
    wall,
    rss: Number(fs.readFileSync(rssFile, 'utf8')),
    objects: Number(m?.[1]),
    rulesMs: Number(m?.[4]),
    builds: Number(k?.[1] ?? 0),
    builtObjects: Number(k?.[2] ?? 0),
    findings: (JSON.parse(fs.readFileSync(path.join(tmp, 'out.sarif'), 'utf8')).runs[0]?.results ?? []).length,
  };
}

function cli(target) {
  const runs = Array.from({ length: RUNS }, () => cliOnce(target));
  return { wall: median(runs.map((r) => r.wall)), rss: Math.max(...runs.map((r) => r.rss)), objects: runs[0].objects, rulesMs: median(runs.map((r) => r.rulesMs)) };
}

function baseline(target) {
  const runs = Array.from({ length: BASELINE_RUNS }, () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/child.js'), target], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`baseline failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  });
  return { ...runs[0], wall: median(runs.map((r) => r.wall)) };
}

const rows = [];
const results = {};
function row(name, target) {
  if (!wanted(name)) return;
  const lint = cli(target);
  const yaml = baseline(target);
  const mb = yaml.bytes / 1e6;
  results[name] = { ...lint, mb, yamlWall: yaml.wall, bytes: yaml.bytes };
  rows.push({
    corpus: name,
    MB: mb.toFixed(2),
    objects: lint.objects,
    'wall s': lint.wall.toFixed(3),
    'MB/s': (mb / lint.wall).toFixed(1),
    'objects/s': Math.round(lint.objects / lint.wall),
    'peak RSS MB': (lint.rss / 1e6).toFixed(0),
    'yaml s': yaml.wall.toFixed(3),
    'ratio to yaml': (lint.wall / yaml.wall).toFixed(2),
  });
  process.stderr.write(`measured ${name}\n`);
}

if (fs.existsSync(path.join(CORPUS, 'big'))) {
  row('corpus/big', path.join(CORPUS, 'big'));
  row('corpus/realworld', path.join(CORPUS, 'realworld'));
} else {
  console.log('(../shared/corpus not found: the real-corpus rows are left out)');
}
for (const x of [1, 2, 4]) {
  if (!wanted(`generated worst case ${x}x`)) continue;
  const dir = path.join(tmp, `worst-${x}x`);
  generateWorstCase(dir, 2000 * x);
  row(`generated worst case ${x}x`, dir);
}
const cross = path.join(tmp, 'cross.yaml');
if (wanted('10k Services x 10k Deployments')) generateCrossObject(cross, 10000);
row('10k Services x 10k Deployments', cross);
// Selector resolution alone on the same file (bench/resolve.js), median of RUNS fresh processes.
const resolution = wanted('10k Services x 10k Deployments')
  ? median(
      Array.from({ length: RUNS }, () => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/resolve.js'), cross], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
        if (r.status !== 0) throw new Error(`resolution failed: ${r.stderr}`);
        const { ms, pairs } = JSON.parse(r.stdout);
        if (pairs !== 20000) throw new Error(`resolution found ${pairs} Service-workload links, not 20,000`);
        return ms;
      }),
    )
  : undefined;
if (rows.length > 0) console.table(rows);

// Kustomize: 40 overlays over 5 bases, built (one kustomize process per overlay, as many at a time
// as CPUs) and not built (--no-kustomize). The floor is the same builds without srcip-lint: one
// `kubectl kustomize <overlay>` (or `kustomize build`) per overlay, as many at a time as CPUs.
let kustomize;
if (wanted('kustomize 40 overlays')) {
  const kdir = path.join(tmp, 'kustomize');
  generateKustomize(kdir, 5, 40);
  const pathDirs = (process.env.PATH ?? '').split(path.delimiter);
  const has = (name) => pathDirs.some((d) => d && fs.existsSync(path.join(d, name)));
  const binary = has('kustomize') ? 'kustomize' : has('kubectl') ? 'kubectl' : undefined;
  if (!binary) console.log('(no kustomize or kubectl on PATH: the kustomize rows are left out)');
  else {
    const overlays = fs.readdirSync(path.join(kdir, 'overlays')).map((o) => path.join(kdir, 'overlays', o));
    const floorOnce = () => {
      const script = `const { execFile } = require('node:child_process');
const dirs = ${JSON.stringify(overlays)};
const args = (d) => ${JSON.stringify(binary)} === 'kustomize' ? ['build', d] : ['kustomize', d];
let next = 0;
const worker = () => new Promise((done) => { const go = () => { if (next >= dirs.length) return done(); const d = dirs[next++]; execFile(${JSON.stringify(binary)}, args(d), { maxBuffer: 1 << 28 }, (e) => { if (e) { console.error(e.message); process.exit(1); } go(); }); }; go(); });
Promise.all(Array.from({ length: ${os.availableParallelism()} }, worker));`;
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['-e', script], { stdio: 'inherit' });
      if (r.status !== 0) throw new Error('the floor builds failed');
      return (performance.now() - t0) / 1000;
    };
    // Interleaved, so that the load of a shared machine weighs on each the same.
    const built = [];
    const plain = [];
    const floor = [];
    for (let i = 0; i < RUNS; i++) {
      built.push(cliOnce(kdir));
      plain.push(cliOnce(kdir, ['--no-kustomize']));
      floor.push(floorOnce());
    }
    const one = median(Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      spawnSync(binary, binary === 'kustomize' ? ['build', overlays[0]] : ['kustomize', overlays[0]], { stdio: 'ignore' });
      return performance.now() - t0;
    }));
    kustomize = { built, plain, floor: median(floor), one, binary };
    console.table([
      { run: `40 overlays over 5 bases, built (${binary})`, 'wall s': median(built.map((r) => r.wall)).toFixed(3), builds: built[0].builds, 'objects linted': built[0].builtObjects, findings: built[0].findings, 'rules ms': median(built.map((r) => r.rulesMs)), 'peak RSS MB': (Math.max(...built.map((r) => r.rss)) / 1e6).toFixed(0) },
      { run: 'the same, --no-kustomize', 'wall s': median(plain.map((r) => r.wall)).toFixed(3), builds: 0, 'objects linted': plain[0].objects, findings: plain[0].findings, 'rules ms': median(plain.map((r) => r.rulesMs)), 'peak RSS MB': (Math.max(...plain.map((r) => r.rss)) / 1e6).toFixed(0) },
      { run: `floor: the 40 builds alone, ${os.availableParallelism()} at a time`, 'wall s': kustomize.floor.toFixed(3), builds: 40 },
    ]);
  }
}

// One small file as pre-commit runs it: the whole process, Node's start included.
const small = path.join(tmp, 'small.yaml');
fs.writeFileSync(small, 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {type: NodePort, externalTrafficPolicy: Local, selector: {app: web}, ports: [{port: 80}]}\n');
const timeOf = (args) => {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { stdio: 'pipe' });
  return performance.now() - t0;
};
const smallWanted = wanted('one small file');
const smallMs = smallWanted ? median(Array.from({ length: 11 }, () => timeOf([BIN, small, '--no-config']))) : 0;
const nodeMs = smallWanted ? median(Array.from({ length: 11 }, () => timeOf(['-e', '0']))) : 0;

// The budgets of DESIGN.md §9, against this run's figures.
const w = (x) => results[`generated worst case ${x}x`];
const big = results['corpus/big'];
const cross10k = results['10k Services x 10k Deployments'];
const worst = [1, 2, 4].filter((x) => w(x));
const checks = [
  big && [`corpus/big at >= 25 MB/s`, `${(big.mb / big.wall).toFixed(1)} MB/s`, big.mb / big.wall >= 25],
  ...worst.map((x) => [`worst case ${x}x within 1.2x of the yaml parse`, `${(w(x).wall / w(x).yamlWall).toFixed(2)}x`, w(x).wall / w(x).yamlWall <= 1.2]),
  worst.length === 3 && [`worst case linear: 2x input <= 2.1x time`, `2x/1x ${(w(2).wall / w(1).wall).toFixed(2)}, 4x/2x ${(w(4).wall / w(2).wall).toFixed(2)}`, w(2).wall / w(1).wall <= 2.1 && w(4).wall / w(2).wall <= 2.1],
  ...worst.map((x) => [`worst case ${x}x peak RSS < 6x input + 100 MB`, `${(w(x).rss / 1e6).toFixed(0)} MB of ${((6 * w(x).bytes) / 1e6 + 100).toFixed(0)} MB`, w(x).rss < 6 * w(x).bytes + 100e6]),
  resolution !== undefined && [`10k x 10k selector resolution < 1 s (model, both directions)`, `${resolution.toFixed(0)} ms`, resolution < 1000],
  smallWanted && [`one small file < 200 ms wall, Node's start included`, `${smallMs.toFixed(0)} ms (node -e 0: ${nodeMs.toFixed(0)} ms)`, smallMs < 200],
].filter(Boolean);
console.log(`\nbudgets (DESIGN.md §9), ${os.cpus().length} CPUs, Node ${process.version}, median of ${RUNS} runs:`);
for (const [what, got, ok] of checks) console.log(`  ${ok ? 'met ' : 'MISS'}  ${what}: ${got}`);
if (cross10k) console.log(`  (10k x 10k: model, all rules and 10,000 findings with their positions took ${cross10k.rulesMs} ms of the run)`);
if (kustomize) {
  const b = median(kustomize.built.map((r) => r.wall));
  const p = median(kustomize.plain.map((r) => r.wall));
  console.log(
    `  kustomize, 40 overlays: ${b.toFixed(2)} s built vs ${kustomize.floor.toFixed(2)} s for the builds alone (${(b / kustomize.floor).toFixed(2)}x the per-build process floor; ` +
      `one ${kustomize.binary} build ${kustomize.one.toFixed(0)} ms), ${p.toFixed(2)} s with --no-kustomize; linting the ${kustomize.built[0].builtObjects} built objects took ${median(kustomize.built.map((r) => r.rulesMs))} ms`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
