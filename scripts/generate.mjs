// Regenerates what is derived from rule meta: the config schema, the README's rule table and
// the header of every rules/<id>.md. Run `npm run generate` (it builds first).
// test/meta.test.ts fails when the committed files drift from what this writes.
import fs from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { configSchemaFor, readmeRuleTable, withDocHeader } from '../dist/src/docs/catalog.js';

fs.writeFileSync('schema/srcip-lint.schema.json', JSON.stringify(configSchemaFor(rules), null, 2) + '\n');
const readme = fs.readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < 0) throw new Error('README.md lacks the rules markers');
fs.writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${readmeRuleTable(rules)}\n${readme.slice(b)}`);
for (const rule of rules) {
  const file = `rules/${rule.meta.id}.md`;
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '\n\n## Why it matters\n\nTODO\n';
  fs.writeFileSync(file, withDocHeader(rule, doc));
}
console.log(`generated schema, README table and doc headers for ${rules.length} rules`);
