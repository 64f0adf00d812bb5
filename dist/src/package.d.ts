/** Files shipped with the package (schema, rule docs), found from wherever the code runs. */
/** The package's root directory (the one with srcip-lint's package.json). */
export declare function packageRoot(): string;
export declare function packageFile(relative: string): string;
export declare function packageVersion(): string;
