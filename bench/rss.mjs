// Preloaded into the measured CLI process (`node --import bench/rss.mjs bin/srcip-lint.js ...`):
// writes the process's peak resident set size, in bytes, to $SRCIP_BENCH_RSS_FILE when it exits.
import fs from 'node:fs';

const file = process.env.SRCIP_BENCH_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
