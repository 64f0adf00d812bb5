/** JSON Schema validation with ajv, compiled once per schema. */
import { type ErrorObject } from 'ajv';
export type SchemaError = ErrorObject;
/** Returns a validator that gives the first error, or undefined when the value is valid. */
export declare function compileSchema(schema: Readonly<Record<string, unknown>>): (value: unknown) => SchemaError | undefined;
