// The baseline, in a fresh process: `node bench/child.js <dir|file>` reads every .yaml/.yml/.json
// file with the yaml package's parseAllDocuments (positions on, as a linter needs them) and toJS,
// and prints JSON: files, bytes, objects (documents with a kind), wall seconds, peak RSS.
import fs from 'node:fs';
import path from 'node:path';

const [target] = process.argv.slice(2);
const files = [];
(function walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
  else if (/\.(ya?ml|json)$/i.test(p)) files.push(p);
})(target);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);

process.emitWarning = () => {}; // yaml warns about odd keys on stderr; the baseline stays quiet
const { parseAllDocuments, LineCounter } = await import('yaml');
const t0 = performance.now();
let objects = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const lineCounter = new LineCounter();
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    try {
      const v = doc.toJS();
      if (v && typeof v === 'object' && v.kind) objects += Array.isArray(v.items) && v.kind.endsWith('List') ? v.items.length : 1;
    } catch {
      // alias bombs
    }
  }
}
const wall = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ files: files.length, bytes, objects, wall, maxRss: process.resourceUsage().maxRSS * 1024 }));
