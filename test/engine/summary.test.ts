/** A message's first sentence, found on its template: what one-line formats show. */

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { formatMessageParts, summaryTemplate } from '../../src/engine/rule.js';

describe('summaryTemplate', () => {
  it.each([
    ['Service "{{name}}" is wrong. Fix it.', 'Service "{{name}}" is wrong.'],
    ['One sentence only.', undefined],
    ['It ends here (e.g. `x`). Then more.', 'It ends here (e.g. `x`).'],
    ['Since v1.10. The key is gone.', 'Since v1.10.'],
    ['Bad value. {{detail}}', 'Bad value.'],
    ['Is it? "Yes" it is.', 'Is it?'],
    ['a.b.c and 1.30 stay whole. Next.', 'a.b.c and 1.30 stay whole.'],
  ])('%s', (template, expected) => {
    expect(summaryTemplate(template)).toBe(expected);
  });

  it('is cut on the template, so a value holding ". A" does not shorten it', () => {
    const parts = formatMessageParts('Key "{{key}}" is wrong. Fix it.', { key: 'a. B' });
    expect(parts).toEqual({ message: 'Key "a. B" is wrong. Fix it.', summary: 'Key "a. B" is wrong.' });
  });

  it('is the whole message when the template is one sentence', () => {
    expect(formatMessageParts('Only {{x}}.', { x: 'this' })).toEqual({ message: 'Only this.', summary: 'Only this.' });
  });

  it('every rule message has a first sentence that ends with a period', () => {
    for (const r of rules) {
      for (const [id, template] of Object.entries(r.meta.messages as Record<string, string>)) {
        const head = summaryTemplate(template) ?? template;
        expect(head.trimEnd(), `${r.meta.id}/${id}`).toMatch(/[.?!]$|\}\}$/);
      }
    }
  });
});
