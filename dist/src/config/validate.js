/** JSON Schema validation with ajv, compiled once per schema. */
import { Ajv } from 'ajv';
let ajv;
const cache = new WeakMap();
/** Returns a validator that gives the first error, or undefined when the value is valid. */
export function compileSchema(schema) {
    let fn = cache.get(schema);
    if (!fn) {
        ajv ??= new Ajv({ allErrors: false, strict: false });
        fn = ajv.compile(schema);
        cache.set(schema, fn);
    }
    const validate = fn;
    return (value) => (validate(value) ? undefined : (validate.errors?.[0] ?? undefined));
}
