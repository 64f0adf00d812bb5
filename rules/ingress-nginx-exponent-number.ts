import { defineRule } from '../src/engine/rule.js';
import { asControllerConfigMap, configData } from '../src/model/ingress-nginx.js';

/** Go's `%v` of a float64 of 1,000,000 or more (or below 0.0001): `1e+06`, `3.1536e+07`, `1.234567e+06`. */
const EXPONENT_FORM = /^-?[0-9](\.[0-9]+)?e[+-][0-9]{2,3}$/;

export default defineRule({
  meta: {
    id: 'ingress-nginx-exponent-number',
    description: 'Report ingress-nginx ConfigMap values in exponent form ("1e+06"), which Helm writes for numbers of 1,000,000 or more from chart values.',
    rationale:
      'Helm reads values files as JSON numbers (float64) and prints them with Go\'s %v, which switches to exponent form at 1,000,000: controller.config.hsts-max-age: 31536000 renders as "3.1536e+07". ingress-nginx cannot use that text as the number it stands for: an integer setting fails to decode and keeps its default, and a text setting is copied as is into nginx\'s configuration (an HSTS max-age browsers ignore). Nothing fails loudly.',
    remediation: 'Quote the number in the chart values ("31536000"), or write the ConfigMap value as plain digits.',
    category: 'validity',
    defaultSeverity: 'warning',
    recommended: true,
    precision: 'very-high',
    appliesTo: ['ConfigMap'],
    messages: {
      exponent:
        'ConfigMap "{{name}}" sets {{key}} to "{{value}}", a number in exponent form the controller cannot use. Helm prints numbers of 1,000,000 or more from values files this way ({{written}}); ingress-nginx keeps its default for an integer setting and copies the text as is for a text setting. Quote the number in the values ({{key}}: "{{digits}}") or write it as plain digits.',
    },
    defaultOptions: {},
  },

  *check(object, { model }) {
    if (!asControllerConfigMap(model, object)) return;
    for (const [key, raw] of Object.entries(configData(object))) {
      if (typeof raw !== 'string' || !EXPONENT_FORM.test(raw)) continue;
      const n = Number(raw);
      const digits = Number.isSafeInteger(n) ? String(n) : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
      const source = object.doc.sourceText([...object.path, 'data', key])?.trim();
      const written = source && !source.includes('e') ? `the values say ${source}` : `${digits} becomes "${raw}"`;
      yield { messageId: 'exponent', path: ['data', key], data: { name: object.name, key, value: raw, digits, written } };
    }
  },
});
