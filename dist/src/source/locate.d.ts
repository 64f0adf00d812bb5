/**
 * Path → source range over a parsed `yaml` document.
 *
 * Contract (documented once, used by every rule): a path that exists anchors on its pair —
 * the key plus the value when the value ends on the key's line, otherwise the key alone, so a
 * finding never spans a whole block. A sequence item anchors on its first line. A path that does
 * not exist (a *missing* field) anchors on its nearest existing ancestor; when that ancestor is the
 * object itself, on the object's `kind:` pair. Aliases are followed to their anchor.
 */
import type { Document } from 'yaml';
import type { Path } from '../engine/types.js';
/** Offsets `[start, end)` relative to the parsed text. */
export type Span = readonly [number, number];
export declare function locateInDocument(doc: Document, text: string, path: Path, rootDepth: number): Span;
/** The value range of the node at exactly `path` (no ancestor fallback), or undefined. */
export declare function exactSpan(doc: Document, path: Path): Span | undefined;
