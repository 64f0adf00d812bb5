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
/** Offsets `[start, end)`. */
export type Span = [number, number];
export interface ProbeResult {
    /** The range a finding at `path` gets (locate.ts's contract), as offsets. */
    readonly span: Span;
    /** The value of the node at exactly `path`, when it is a one-line scalar or flow collection. */
    readonly value: Span | undefined;
    /** The whole path exists. */
    readonly exact: boolean;
}
/**
 * Probes a document may take before it is parsed once with the full parser instead: a probe
 * re-reads the whole document, so a document with thousands of findings (a ConfigMap of unknown
 * keys) would otherwise cost findings × size.
 */
export declare const PROBE_LIMIT = 16;
/**
 * Positions without a second parser: re-parses a document the fast parser accepts, noting the
 * nodes along `path`, and applies the same anchoring rules as locate.ts (the pair of the deepest
 * existing key, the first line of a sequence item, the object's `kind:` pair at its root).
 * Undefined when the fast parser does not take the document. test/source/fast-parse.test.ts
 * checks that both agree.
 */
export declare function fastProbe(text: string, start: number, end: number, path: readonly (string | number)[], rootDepth: number): ProbeResult | undefined;
/** Marker for an empty document (only comments and blank lines). */
export declare const EMPTY_DOCUMENT: unique symbol;
/**
 * A mapping key as the JSON conversion of Kubernetes tooling spells it (`on:` is the key
 * "true", `8080:` the key "8080"); undefined for a null key.
 */
export declare function keyString(v: PlainValue): string | undefined;
