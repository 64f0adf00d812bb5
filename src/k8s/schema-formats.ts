/**
 * The six string/number formats the compiled kubernetes-models validators use
 * (`_validate.formats.{byte,double,int32,int64,quantity,date-time}`), without the rest of
 * @kubernetes-models/validate, whose index also loads ajv-i18n and draft-2019 formats that no
 * schema of ours calls (~40 ms of a pre-commit run). The schema bundle (scripts/bundle.mjs) resolves
 * `@kubernetes-models/validate` to this module. Shapes match the package's: `quantity.validate` is a
 * RegExp (the compiled code calls `.test`), the others are functions. test/k8s/schema.test.ts checks
 * that the results agree with the package.
 *
 * Sources: @kubernetes-models/validate 4.0.0 `dist/formats.js` (byte, quantity) and the ajv-formats
 * it depends on, 2.1.1, `dist/formats.js` (int32, int64, double, date-time), which that file spreads
 * into its table.
 */

const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;

// From kubernetes/apimachinery pkg/api/resource/quantity.go, as the package spells it.
const SIGNED_NUMBER = String.raw`[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)`;
const QUANTITY = new RegExp(`^${SIGNED_NUMBER}(?:[KMGTPE]i|(?:[YZEPTGMkhdcmunpfazy]|da)|[eE]${SIGNED_NUMBER})?$`);

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function date(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number));
}

/** ajv-formats 2.1.1's `time` with a time zone asked for, which in effect accepts none too. */
function time(text: string): boolean {
  const m = TIME.exec(text);
  if (!m) return false;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3]);
  return (hour <= 23 && minute <= 59 && second <= 59) || (hour === 23 && minute === 59 && second === 60);
}

export const formats = {
  int32: { type: 'number', validate: (v: number): boolean => Number.isInteger(v) && v <= MAX_INT32 && v >= MIN_INT32 },
  int64: { type: 'number', validate: (v: number): boolean => Number.isInteger(v) },
  double: { type: 'number', validate: (): boolean => true },
  'date-time': {
    type: 'string',
    validate: (v: string): boolean => {
      const parts = v.split(DATE_TIME_SEPARATOR);
      return parts.length === 2 && date(parts[0] as string) && time(parts[1] as string);
    },
  },
  byte: { type: 'string', validate: (v: string): boolean => isBase64(v) },
  quantity: { type: 'string', validate: QUANTITY },
};

/**
 * Standard base64 with padding, as the package's `/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/`
 * accepts it, in one pass: that RegExp overflows V8's backtracking stack on a value of some
 * megabytes (a Secret's data), which would make the rule fail.
 */
export function isBase64(v: string): boolean {
  if (v.length % 4 !== 0) return false;
  const pad = v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0;
  for (let i = 0; i < v.length - pad; i++) {
    const c = v.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}
