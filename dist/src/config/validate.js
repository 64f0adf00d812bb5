/**
 * JSON Schema validation with ajv, compiled once per schema. ajv is loaded on first use (a run
 * without a configuration file or rule options never needs it).
 */
import { createRequire } from 'node:module';
let ajv;
const cache = new WeakMap();
/** Returns a validator that gives the first error, or undefined when the value is valid. */
export function compileSchema(schema) {
    let fn = cache.get(schema);
    if (!fn) {
        if (!ajv) {
            const { Ajv } = createRequire(import.meta.url)('ajv');
            ajv = new Ajv({ allErrors: false, strict: false });
        }
        fn = ajv.compile(schema);
        cache.set(schema, fn);
    }
    const validate = fn;
    return (value) => (validate(value) ? undefined : (validate.errors?.[0] ?? undefined));
}
