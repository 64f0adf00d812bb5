// Selector resolution alone (DESIGN.md §9: 10,000 Services x 10,000 Deployments under 1 s), in a
// fresh process over the committed dist/: the objects are loaded first (not timed), then the model
// is built and every Service's selector is resolved to its workloads and every workload to the
// Services that select it, as the cross-object rules ask. Prints {ms, pairs} as JSON.
import fs from 'node:fs';
import { Model } from '../dist/src/model/model.js';
import { loadInputs } from '../dist/src/source/load.js';

const file = process.argv[2];
const { objects } = loadInputs([{ path: file, content: fs.readFileSync(file), context: false }], { defaultNamespace: 'default', fullKinds: 'all', fast: true });
const t0 = performance.now();
const model = new Model(objects);
let pairs = 0;
for (const service of model.ofKind('Service')) pairs += model.selectedWorkloads(service).length;
for (const workload of model.ofKind('Deployment')) pairs += model.servicesSelecting(workload).length;
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, pairs, objects: objects.length }));
