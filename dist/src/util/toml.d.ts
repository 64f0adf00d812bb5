/**
 * A small TOML reader for the static configuration files of proxies (traefik.toml): tables,
 * dotted keys, strings, numbers, booleans, arrays and inline tables. Returns undefined for
 * anything it does not understand, so callers treat the file as unknown rather than guess.
 */
export declare function parseToml(text: string): Record<string, unknown> | undefined;
