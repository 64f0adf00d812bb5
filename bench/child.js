// One measurement in a fresh process: `node bench/child.js <mode> <path>`; prints JSON.
//   lint  <dir|file>  the whole linter as the CLI runs it (recommended rules, SARIF output)
//   yaml  <dir|file>  baseline: the yaml package's parseAllDocuments with positions, plus toJS
import fs from 'node:fs';
import path from 'node:path';

const [mode, target] = process.argv.slice(2);
const files = [];
(function walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
  else if (/\.(ya?ml|json)$/i.test(p)) files.push(p);
})(target);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);

const t0 = performance.now();
let objects = 0;
if (mode === 'yaml') {
  process.emitWarning = () => {}; // yaml warns about odd keys on stderr; the baseline stays quiet
  const { parseAllDocuments, LineCounter } = await import('yaml');
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const lineCounter = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter })) {
      try {
        const v = doc.toJS();
        if (v && typeof v === 'object' && v.kind) objects++;
      } catch {
        // alias bombs
      }
    }
  }
} else {
  const { main } = await import('../dist/srcip-lint.mjs');
  let out = '';
  await main([target, '-f', 'sarif', '--no-config'], {
    stdout: { write: (s) => (out += s) },
    stderr: { write: () => {} },
    readStdin: async () => '',
    cwd: process.cwd(),
    env: {},
  });
  objects = -1;
}
const wall = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ files: files.length, bytes, objects, wall, maxRss: process.resourceUsage().maxRSS * 1024 }));
