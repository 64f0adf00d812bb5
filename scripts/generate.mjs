// Regenerates what is derived from rule meta: the config schema and the README's rule table.
// Run after `npm run build`: node scripts/generate.mjs. test/meta.test.ts fails when they drift.
import fs from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { configSchemaFor, readmeRuleTable } from '../dist/src/docs/catalog.js';

fs.writeFileSync('schema/srcip-lint.schema.json', JSON.stringify(configSchemaFor(rules), null, 2) + '\n');
const readme = fs.readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < 0) throw new Error('README.md lacks the rules markers');
fs.writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${readmeRuleTable(rules)}\n${readme.slice(b)}`);
console.log(`generated schema and README table for ${rules.length} rules`);
