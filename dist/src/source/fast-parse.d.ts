/**
 * A fast parser for the block-style subset of YAML that Kubernetes manifests are written in.
 *
 * Contract: `fastParse(text, start, end)` returns the document's value exactly as the full
 * parser (`yaml-parse.ts`, which uses the `yaml` package) would, or `undefined` when the
 * input leaves the subset or might be invalid. The caller then parses the document with the
 * full parser, which also reports syntax errors. The subset: block mappings and sequences,
 * compact mappings in sequences, single-line plain / single- and double-quoted scalars,
 * literal and folded block scalars without indentation indicators, single-line flow
 * collections, comments. Anchors, aliases, tags, multi-line flow scalars, complex keys,
 * tabs in indentation and duplicate keys all bail out. It builds no positions: those come
 * lazily from the full parser when a finding needs them.
 *
 * The differential test (test/source/fast-parse.test.ts) holds it to that contract on the
 * whole corpus and on generated inputs.
 */
import { type PlainValue } from './scalar.js';
export declare function fastParse(text: string, start?: number, end?: number): unknown;
/** Marker for an empty document (only comments and blank lines). */
export declare const EMPTY_DOCUMENT: unique symbol;
/**
 * A mapping key as the JSON conversion of Kubernetes tooling spells it (`on:` is the key
 * "true", `8080:` the key "8080"); undefined for a null key.
 */
export declare function keyString(v: PlainValue): string | undefined;
