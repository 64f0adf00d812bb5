// The benchmark (DESIGN.md §9): `npm run bench` (after `npm run build`).
// Prints, per corpus: MB, objects, wall seconds, MB/s, objects/s, peak RSS, and the ratio to a plain
// `yaml` parse (with positions) of the same input measured in the same run. Each measurement runs
// in a fresh process; the best of three runs is kept.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 3);

function measure(mode, target) {
  let best;
  for (let i = 0; i < runs; i++) {
    const r = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bench/child.js'), mode, target], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 }));
    if (!best || r.wall < best.wall) best = r;
  }
  return best;
}

/** A worst-case corpus: every document relevant (Services, Deployments, ConfigMaps, HPAs). */
function generate(dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  const per = 200;
  for (let f = 0; f < n / per; f++) {
    let text = '';
    for (let i = f * per; i < (f + 1) * per; i++) {
      text += `---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
  namespace: ns-${i % 7}
  labels: {app: app-${i}, team: "t${i % 13}"}
  annotations:
    service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: "${i % 3 === 0}"
spec:
  type: ${i % 2 ? 'LoadBalancer' : 'NodePort'}
  externalTrafficPolicy: ${i % 4 ? 'Local' : 'Cluster'}
  selector:
    app: app-${i}
  ports:
  - name: http
    port: 80
    targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ns-${i % 7}
spec:
  replicas: ${1 + (i % 4)}
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels:
        app: app-${i}
        team: "t${i % 13}"
    spec:
      containers:
      - name: app
        image: registry.example.com/app:${i}
        args: ["--listen=:8080", "--log-level=info"]
        ports:
        - {name: http, containerPort: 8080}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg-${i}
  namespace: ns-${i % 7}
data:
  use-forwarded-headers: "true"
  note: |
    generated document ${i}
    with a block scalar
`;
    }
    fs.writeFileSync(path.join(dir, `part-${f}.yaml`), text);
  }
}

/** 10,000 Services × 10,000 Deployments in one namespace, in one file. */
function crossObject(file, n) {
  let text = '';
  for (let i = 0; i < n; i++) {
    text += `---\napiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec: {type: LoadBalancer, externalTrafficPolicy: Local, selector: {app: a${i}, tier: web}, ports: [{port: 80}]}\n`;
    text += `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}, tier: web}}\n    spec: {containers: [{name: c, image: x}]}\n`;
  }
  fs.writeFileSync(file, text);
}

const rows = [];
function row(name, target) {
  const lint = measure('lint', target);
  const yaml = measure('yaml', target);
  const mb = lint.bytes / 1e6;
  rows.push({
    corpus: name,
    MB: mb.toFixed(2),
    objects: yaml.objects,
    'wall s': lint.wall.toFixed(3),
    'MB/s': (mb / lint.wall).toFixed(1),
    'objects/s': Math.round(yaml.objects / lint.wall),
    'peak RSS MB': (lint.maxRss / 1e6).toFixed(0),
    'yaml parse s': yaml.wall.toFixed(3),
    'ratio to yaml': (lint.wall / yaml.wall).toFixed(2),
  });
}

if (fs.existsSync(path.join(CORPUS, 'big'))) {
  row('corpus/big', path.join(CORPUS, 'big'));
  row('corpus/realworld', path.join(CORPUS, 'realworld'));
} else {
  console.log('(../shared/corpus not found: real-corpus rows skipped)');
}
generate(path.join(tmp, 'worst-1x'), 4000);
generate(path.join(tmp, 'worst-2x'), 8000);
row('generated worst case 1x', path.join(tmp, 'worst-1x'));
row('generated worst case 2x', path.join(tmp, 'worst-2x'));
crossObject(path.join(tmp, 'cross.yaml'), 10000);
row('10k Services x 10k Deployments', path.join(tmp, 'cross.yaml'));
console.table(rows);

// One small file as pre-commit runs it: wall time of the whole process, Node start included.
const small = path.join(tmp, 'small.yaml');
fs.writeFileSync(small, 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {type: NodePort, externalTrafficPolicy: Local, selector: {app: web}, ports: [{port: 80}]}\n');
const times = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin/srcip-lint.js'), small, '--no-config'], { stdio: 'pipe' });
  } catch {
    // exit code 1 is a finding, not a failure
  }
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const nodeStart = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  nodeStart.push(performance.now() - t0);
}
nodeStart.sort((a, b) => a - b);
console.log(`one small file (pre-commit style): median ${times[5].toFixed(0)} ms wall (node -e 0: ${nodeStart[5].toFixed(0)} ms)`);
const w1 = rows.find((r) => r.corpus === 'generated worst case 1x');
const w2 = rows.find((r) => r.corpus === 'generated worst case 2x');
console.log(`linearity: 2x input took ${(Number(w2['wall s']) / Number(w1['wall s'])).toFixed(2)}x the time`);
fs.rmSync(tmp, { recursive: true, force: true });
