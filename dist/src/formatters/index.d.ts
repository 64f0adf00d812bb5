import type { Formatter } from './types.js';
export type { FormatContext, Formatter, Notice } from './types.js';
export declare const formatters: Readonly<Record<string, Formatter>>;
export declare const FORMAT_NAMES: string[];
