import { describe, expect, it } from 'vitest';
import { anchoredPattern, lineRange } from '../../src/util/strings.js';

describe('anchoredPattern (kustomize target names)', () => {
  it('compiles names, alternatives and a few wildcards, anchored', () => {
    expect(anchoredPattern('edge-.*-controller')?.test('edge-ingress-nginx-controller')).toBe(true);
    expect(anchoredPattern('web|api')?.test('api')).toBe(true);
    expect(anchoredPattern('web')?.test('web-2')).toBe(false);
  });

  it('declines what could backtrack for ever, and what is not a valid pattern', () => {
    for (const p of ['(a+)+$', '(x|x)*y', 'a{1,99}', '.*.*.*.*.*x', '**']) expect(anchoredPattern(p), p).toBeUndefined();
  });
});

describe('lineRange', () => {
  it('spans a line from its first to its last non-blank character', () => {
    expect(lineRange('a\n  trusted_ips = 0.0.0.0/0  \r\n', 2)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 26 });
    expect(lineRange('a\n\n', 2)).toBeUndefined();
    expect(lineRange('a', 5)).toBeUndefined();
  });
});
