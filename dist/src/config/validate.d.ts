/**
 * JSON Schema validation with ajv, compiled once per schema. ajv is loaded on first use (a run
 * without a configuration file or rule options never needs it).
 */
import type { ErrorObject } from 'ajv';
export type SchemaError = ErrorObject;
/** Returns a validator that gives the first error, or undefined when the value is valid. */
export declare function compileSchema(schema: Readonly<Record<string, unknown>>): (value: unknown) => SchemaError | undefined;
