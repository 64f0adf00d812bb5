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
export declare const formats: {
    int32: {
        type: string;
        validate: (v: number) => boolean;
    };
    int64: {
        type: string;
        validate: (v: number) => boolean;
    };
    double: {
        type: string;
        validate: () => boolean;
    };
    'date-time': {
        type: string;
        validate: (v: string) => boolean;
    };
    byte: {
        type: string;
        validate: (v: string) => boolean;
    };
    quantity: {
        type: string;
        validate: RegExp;
    };
};
/**
 * Standard base64 with padding, as the package's `/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/`
 * accepts it, in one pass: that RegExp overflows V8's backtracking stack on a value of some
 * megabytes (a Secret's data), which would make the rule fail.
 */
export declare function isBase64(v: string): boolean;
