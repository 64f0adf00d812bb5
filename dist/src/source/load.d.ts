/**
 * Text → documents → Kubernetes objects, accounting for every document.
 *
 * Each document of a stream is read by the cheapest means that is exact for it:
 * - documents of kinds no enabled rule reads (CRDs, RBAC, ...) have only `metadata` read;
 * - the rest go through the fast block-YAML parser (`fast-parse.ts`);
 * - anything the fast parser does not take, and every document with an error, goes through
 *   the full parser (`yaml-parse.ts`), which reports syntax errors with positions.
 * Positions are computed only for documents that get a finding.
 */
import type { Directive, K8sObject } from '../engine/types.js';
import { SourceFile } from './document.js';
import type { SkipReason } from './inputs.js';
/**
 * YAML errors listed per document: past the first ones they mostly follow from them (a Go template
 * read as YAML gives hundreds); the rest are counted in one more finding.
 */
export declare const MAX_ERRORS_PER_DOCUMENT = 20;
export interface LoadInput {
    /** Path as shown in reports. */
    readonly path: string;
    readonly content: Uint8Array | string;
    readonly context: boolean;
    /**
     * A file (not standard input): when kubectl cannot read it and its text has no `apiVersion` or
     * no `kind` key, it is not a manifest (JSON with comments, a Hugo template, a licence header
     * above JSON) and is skipped rather than reported (`loadInput` returns why).
     */
    readonly skipIfNotKubernetes?: boolean;
}
export interface LoadOptions {
    /** Namespace of objects that have none (`--namespace`). */
    readonly defaultNamespace: string;
    /** Kinds read in full; other kinds have only `metadata` read. */
    readonly fullKinds: ReadonlySet<string> | 'all';
    /**
     * `false` turns off every fast path: each document goes through the `yaml` package and gets
     * its positions from it (for tests that prove the fast paths change nothing). Default `true`.
     */
    readonly fast?: boolean;
    /**
     * Kinds whose documents are searched for template placeholders: the kinds some enabled rule
     * reads in full, fast paths or not (a placeholder in a kind no rule reads changes no finding).
     * Default: every kind.
     */
    readonly placeholderKinds?: ReadonlySet<string> | 'all';
}
/** A YAML problem: a syntax error, an alias bomb, an unreadable encoding. */
export interface SyntaxProblem {
    readonly file: SourceFile;
    readonly documentIndex: number;
    readonly start: number;
    readonly end: number;
    readonly code: string;
    readonly message: string;
}
export interface LoadedFile {
    readonly file: SourceFile;
    readonly directives: readonly Directive[];
}
/**
 * What was read. Every non-empty document is exactly one of: a Kubernetes document, a skipped
 * (non-Kubernetes) document, or an unreadable one:
 *   documents = kubernetesDocuments + skippedDocuments + unreadableDocuments
 * A file that is not text (NUL bytes, invalid UTF-8) counts as one unreadable document.
 */
export interface SourceStats {
    files: number;
    bytes: number;
    /** Non-empty YAML documents. */
    documents: number;
    /** Documents with nothing in them (`---` alone, comments only); not in `documents`. */
    emptyDocuments: number;
    /** Documents that are a Kubernetes object or a List of them. */
    kubernetesDocuments: number;
    /** Kubernetes objects, List items counted one by one. */
    objects: number;
    /** Objects of kinds no enabled rule reads: only their metadata was read. */
    metadataOnlyObjects: number;
    /**
     * Documents that are not Kubernetes objects (values files, workflows, scalars, sequences,
     * mappings without a string `kind` and `apiVersion`).
     */
    skippedDocuments: number;
    /** Items of a List that are not Kubernetes objects (not read). */
    skippedItems: number;
    /** Documents with YAML errors (reported as `yaml-syntax`), readable or not. */
    yamlErrors: number;
    /** Documents whose YAML errors kept them from being read (a subset of `yamlErrors`). */
    unreadableDocuments: number;
}
export interface LoadResult {
    readonly files: LoadedFile[];
    readonly objects: K8sObject[];
    readonly problems: SyntaxProblem[];
    readonly stats: SourceStats;
}
export declare function emptyStats(): SourceStats;
export declare function loadInputs(inputs: Iterable<LoadInput>, options: LoadOptions): LoadResult;
/** Why an input read by `loadInput` was not taken after all. */
export interface LoadSkip {
    readonly reason: Extract<SkipReason, 'not-kubernetes' | 'template'>;
    readonly message: string;
}
/**
 * Reads one input into `out`. Returns why when the input was not taken after all: a file that is
 * not a manifest (see `skipIfNotKubernetes`), or an unrendered template throughout (a Go template
 * outside a chart, or a Jinja template that is not YAML until rendered). Its documents and errors
 * are then not in `out`, and it is not counted in `files`.
 */
export declare function loadInput(input: LoadInput, options: LoadOptions, out: LoadResult): LoadSkip | undefined;
/** Whether a text shows signs of holding Kubernetes objects: both an apiVersion and a kind key. */
export declare function looksLikeKubernetes(text: string): boolean;
