/**
 * A conservative validity check for the documents that are read by their `metadata` alone (kinds
 * no enabled rule reads: CRDs, RBAC, most of a typical bundle). Reading only `metadata` must not
 * hide a YAML error or a duplicate key elsewhere in the document: the full parse would report
 * them (`yaml-syntax`), so the fast path must too.
 *
 * Contract: `skimValid(text, start, end)` returns true only when the document is a block mapping
 * at column 0 that the `yaml` package parses without an error, duplicate keys included. It
 * returns false when the document is invalid or when it cannot tell cheaply (anchors, tags,
 * complex keys, multi-line flow collections, ...); the caller then parses the document in full,
 * which reports what is wrong. It builds no values: one pass over the lines, a few character
 * checks per line, the keys of each mapping.
 *
 * test/source/skim.test.ts holds it to the contract on the whole corpus and on mutated documents.
 */
export declare function skimValid(text: string, start: number, end: number): boolean;
