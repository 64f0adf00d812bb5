/**
 * JSON Schema validation with ajv, compiled once per schema. ajv is loaded on first use (a run
 * without a configuration file or rule options never needs it).
 */

import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';

export type SchemaError = ErrorObject;

let ajv: AjvClass | undefined;
const cache = new WeakMap<object, ValidateFunction>();

/** Returns a validator that gives the first error, or undefined when the value is valid. */
export function compileSchema(schema: Readonly<Record<string, unknown>>): (value: unknown) => SchemaError | undefined {
  let fn = cache.get(schema);
  if (!fn) {
    if (!ajv) {
      const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
      ajv = new Ajv({ allErrors: false, strict: false });
    }
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  const validate = fn;
  return (value) => (validate(value) ? undefined : (validate.errors?.[0] ?? undefined));
}
