/**
 * The defaults each chart model carries are the chart's own: every key a model reads from its
 * built-in defaults equals that key in the chart's values.yaml (../shared/charts/<chart>/<version>,
 * byte-identical to the upstream commits listed in charts/FACTS.md).
 */

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../src/values/charts/model.js';
import { cilium } from '../../src/values/charts/cilium.js';
import { ingressNginx } from '../../src/values/charts/ingress-nginx.js';
import { istioGateway } from '../../src/values/charts/istio-gateway.js';
import { traefik } from '../../src/values/charts/traefik.js';
import { parseExact } from '../../src/values/version.js';
import { at, CHARTS, CHARTS_NOTE, HAS_CHARTS, leaves } from '../helpers/charts.js';

const CASES: { model: ChartModel; dir: string; version: string; root?: string }[] = [
  { model: ingressNginx, dir: 'ingress-nginx', version: '4.15.1' },
  { model: traefik, dir: 'traefik', version: '41.3.0' },
  { model: traefik, dir: 'traefik', version: '39.0.9' },
  { model: cilium, dir: 'cilium', version: '1.20.0' },
  { model: cilium, dir: 'cilium', version: '1.19.6' },
  { model: istioGateway, dir: 'istio-gateway', version: '1.30.3', root: '_internal_defaults_do_not_set' },
];

/** Keys whose default the model computes from the chart's templates instead (documented in the model). */
const COMPUTED = new Set(['traefik:image.registry', 'traefik:image.repository', 'traefik:image.tag']);

describe("chart models' defaults are the charts' values.yaml", () => {
  for (const c of CASES) {
    it(`${c.model.name} ${c.version}${CHARTS_NOTE}`, { skip: !HAS_CHARTS }, () => {
      const real = parse(fs.readFileSync(path.join(CHARTS, c.dir, c.version, 'chart/values.yaml'), 'utf8')) as Record<string, unknown>;
      const base = c.root ? (real[c.root] as Record<string, unknown>) : real;
      const defaults = c.model.defaults(parseExact(c.version) as NonNullable<ReturnType<typeof parseExact>>);
      const diffs = leaves(defaults)
        .filter(([p]) => !COMPUTED.has(`${c.model.name}:${p.join('.')}`))
        .filter(([p, v]) => JSON.stringify(at(base, p) ?? null) !== JSON.stringify(v ?? null))
        .map(([p, v]) => `${p.join('.')}: model ${JSON.stringify(v)}, values.yaml ${JSON.stringify(at(base, p))}`);
      expect(diffs).toEqual([]);
      expect(leaves(defaults).length).toBeGreaterThan(10);
    });
  }
});
