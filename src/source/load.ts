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

import { isAscii } from 'node:buffer';
import type { Directive, K8sObject, Path, TemplateInfo } from '../engine/types.js';
import { isClusterScoped } from '../k8s/kinds.js';
import { parseDirectives } from './directives.js';
import { SourceDocument, SourceFile } from './document.js';
import { EMPTY_DOCUMENT, fastParse } from './fast-parse.js';
import { skimValid } from './skim.js';
import { isBlank, type Segment, splitDocuments } from './split.js';
import { findPlaceholders, maskTemplate, mayHoldTemplateTokens, PLACEHOLDER_GATE, scanTemplateTokens, type TemplateToken } from './template.js';
import { parseWithYaml, type YamlDoc } from './yaml-parse.js';
import type { SkipReason } from './inputs.js';

/**
 * YAML errors listed per document: past the first ones they mostly follow from them (a Go template
 * read as YAML gives hundreds); the rest are counted in one more finding.
 */
export const MAX_ERRORS_PER_DOCUMENT = 20;

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

export function emptyStats(): SourceStats {
  return {
    files: 0,
    bytes: 0,
    documents: 0,
    emptyDocuments: 0,
    kubernetesDocuments: 0,
    objects: 0,
    metadataOnlyObjects: 0,
    skippedDocuments: 0,
    skippedItems: 0,
    yamlErrors: 0,
    unreadableDocuments: 0,
  };
}

export function loadInputs(inputs: Iterable<LoadInput>, options: LoadOptions): LoadResult {
  const result: LoadResult = { files: [], objects: [], problems: [], stats: emptyStats() };
  for (const input of inputs) loadInput(input, options, result);
  return result;
}

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
export function loadInput(input: LoadInput, options: LoadOptions, out: LoadResult): LoadSkip | undefined {
  const before = { stats: { ...out.stats }, problems: out.problems.length, objects: out.objects.length, files: out.files.length };
  out.stats.files++;
  const decoded = decode(input.content);
  out.stats.bytes += decoded.bytes;
  const file = new SourceFile(input.path, decoded.text, input.context);
  const mentionsUs = decoded.text.includes('srcip-lint');
  out.files.push({ file, directives: mentionsUs ? parseDirectives(decoded.text) : [] });
  if (decoded.problem) {
    out.stats.documents++;
    out.stats.yamlErrors++;
    out.stats.unreadableDocuments++;
    out.problems.push({ file, documentIndex: 0, ...decoded.problem });
    return undefined;
  }
  const loader = new FileLoader(file, options, out, mentionsUs);
  loader.load();
  let skip: LoadSkip | undefined;
  const failed = out.problems.length > before.problems || loader.template !== undefined;
  if (input.skipIfNotKubernetes && failed && !looksLikeKubernetes(decoded.text)) {
    const first = out.problems[before.problems];
    const why = first ? `${first.code} on line ${file.lines.position(first.start).line}` : loader.template?.what ?? 'a template';
    skip = { reason: 'not-kubernetes', message: `skipped: not a Kubernetes manifest (no apiVersion and kind keys), and not YAML or JSON that kubectl and kustomize read (${why})` };
  } else if (loader.template) {
    skip = { reason: 'template', message: `skipped: an unrendered template (${loader.template.what}): not YAML until it is rendered; lint what it renders` };
  }
  if (!skip) return undefined;
  Object.assign(out.stats, before.stats, { bytes: out.stats.bytes });
  out.problems.length = before.problems;
  out.objects.length = before.objects;
  out.files.length = before.files;
  return skip;
}

/** An `apiVersion` key and a `kind` key, in block YAML, flow YAML or JSON. */
const API_VERSION_KEY = /(?:^|[\s{,])["']?apiVersion["']?[ \t]*:/m;
const KIND_KEY = /(?:^|[\s{,])["']?kind["']?[ \t]*:/m;

/** Whether a text shows signs of holding Kubernetes objects: both an apiVersion and a kind key. */
export function looksLikeKubernetes(text: string): boolean {
  return API_VERSION_KEY.test(text) && KIND_KEY.test(text);
}

interface Decoded {
  text: string;
  bytes: number;
  problem?: { start: number; end: number; code: string; message: string };
}

function decode(content: Uint8Array | string): Decoded {
  if (typeof content === 'string') {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    return { text, bytes: Buffer.byteLength(content) };
  }
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (isAscii(buf)) {
    // Most manifests are ASCII: one fast check, and a one-byte string without UTF-8 decoding.
    if (buf.indexOf(0) < 0) return { text: buf.toString('latin1'), bytes: buf.byteLength };
  }
  const nul = buf.indexOf(0);
  let decoded: string | undefined;
  if (nul < 0) {
    try {
      decoded = UTF8.decode(buf);
    } catch {
      decoded = undefined;
    }
  }
  if (decoded === undefined) {
    const text = buf.toString('utf8');
    const at = nul >= 0 ? text.indexOf('\0') : text.indexOf('\uFFFD');
    const where = Math.max(at, 0);
    return {
      text,
      bytes: buf.byteLength,
      problem: {
        start: where,
        end: where + 1,
        code: nul >= 0 ? 'BINARY' : 'INVALID_UTF8',
        message:
          nul >= 0
            ? 'The file holds NUL bytes: it is binary, not YAML; it was not read'
            : 'The file is not valid UTF-8, which YAML requires; it was not read',
      },
    };
  }
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return { text, bytes: buf.byteLength };
}

/** Strict UTF-8 (invalid bytes throw); keeps a BOM so that we can strip it ourselves. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const KIND_LINE = /^kind:[ \t]*(?:"([A-Za-z0-9]+)"|'([A-Za-z0-9]+)'|([A-Za-z0-9]+))[ \t]*(?:#[^\n]*)?\r?$/gm;
const API_VERSION_LINE = /^apiVersion:[ \t]*(?:"([\w./-]+)"|'([\w./-]+)'|([\w./-]+))[ \t]*(?:#[^\n]*)?\r?$/gm;
const METADATA_LINE = /^metadata:[ \t]*(?:#[^\n]*)?\r?$/gm;
const TOP_LEVEL_LINE = /^[^ \t\r\n#-]/gm;

class FileLoader {
  private docIndex = 0;
  /** Set when the file is an unrendered template throughout: what kind (the file is then skipped). */
  template: { what: string } | undefined;

  /** @param mentionsUs the text contains "srcip-lint" (suppressions may be in it) */
  constructor(
    private readonly file: SourceFile,
    private readonly options: LoadOptions,
    private readonly out: LoadResult,
    private readonly mentionsUs: boolean,
  ) {}

  load(): void {
    const text = this.file.text;
    if (isBlank(text, 0, text.length)) return;
    const first = firstContentChar(text);
    if ((first === 123 /* { */ || first === 91) /* [ */ && this.options.fast !== false) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (value !== undefined) {
        this.addDocument(value, 0, text.length, 0, undefined, undefined);
        return;
      }
    }
    const segments = splitDocuments(text);
    if (segments === 'directives') {
      this.addYamlDocs(parseWithYaml(text), 0, text.length, undefined);
      return;
    }
    for (const seg of segments) this.loadSegment(seg);
  }

  private loadSegment(seg: Segment): void {
    if (this.template) return;
    const text = this.file.text;
    const helm = helmSource(text, seg);
    const fast = !seg.markerContent && this.options.fast !== false;
    // Kinds no rule reads are read by their metadata alone, placeholders and all (when the rest is valid YAML).
    if (fast && this.options.fullKinds !== 'all' && this.tryMetadataOnly(seg, helm)) return;
    if (fast) {
      const value = fastParse(text, seg.bodyStart, seg.bodyEnd);
      if (value === EMPTY_DOCUMENT) {
        this.out.stats.emptyDocuments++;
        this.docIndex++;
        return;
      }
      if (value !== undefined) {
        this.addDocument(value, seg.start, seg.end, 0, helm, undefined, { start: seg.bodyStart, end: seg.bodyEnd });
        return;
      }
    }
    // Template tokens that shape the document break the block-YAML subset the fast parser reads (a
    // `{` or `{%` where a node starts), so it declines those documents: they are looked for only
    // here, and a document the fast parser read (with `{{` inside its strings) is not scanned.
    if (mayHoldTemplateTokens(text, seg.bodyStart, seg.bodyEnd)) {
      const tokens = scanTemplateTokens(text, seg.bodyStart, seg.bodyEnd);
      const go = tokens.find((t) => t.go);
      if (go) {
        this.template = { what: `a Go template such as Helm's, ${this.tokenAt(go)}` };
        return;
      }
      if (tokens.some((t) => t.structural)) {
        this.loadMasked(seg, helm, tokens);
        return;
      }
    }
    this.addYamlDocs(parseWithYaml(text, seg.start, seg.end), seg.start, seg.end, helm);
  }

  /** `{{ .Values.x }} on line 12`: a token as written (clipped), and where. */
  private tokenAt(t: TemplateToken): string {
    const written = this.file.text.slice(t.start, t.end);
    return `${written.length > 40 ? `${written.slice(0, 37)}...` : written} on line ${this.file.lines.position(t.start).line}`;
  }

  /**
   * A document with template tokens where YAML nodes start: parsed with them masked. When it still
   * is not YAML, the file is a template throughout. A key repeated in a document with template
   * statements is the two branches of an `{% if %}`, not a duplicate (yaml-parse.ts).
   */
  private loadMasked(seg: Segment, helm: string | undefined, tokens: readonly TemplateToken[]): void {
    const text = this.file.text;
    const branches = tokens.some((t) => t.statement);
    const docs = parseWithYaml(text, seg.start, seg.end, { source: maskTemplate(text, seg.start, seg.end, tokens), branches });
    const broken = docs.find((d) => d.errors.length > 0);
    if (broken) {
      const first = tokens[0] as TemplateToken;
      this.template = { what: `${this.tokenAt(first)}, and YAML errors once its tokens are set aside` };
      return;
    }
    this.addYamlDocs(docs, seg.start, seg.end, helm, tokens);
  }

  private addYamlDocs(docs: YamlDoc[], start: number, end: number, helm: string | undefined, tokens?: readonly TemplateToken[]): void {
    docs.forEach((d, ordinal) => {
      if (d.errors.length > 0) {
        this.out.stats.yamlErrors++;
        for (const { first, ...e } of d.errors.slice(0, MAX_ERRORS_PER_DOCUMENT)) {
          const message = first === undefined ? e.message : `${e.message} (first on line ${this.file.lines.position(first).line})`;
          this.out.problems.push({ file: this.file, documentIndex: this.docIndex, ...e, message });
        }
        const more = d.errors.length - MAX_ERRORS_PER_DOCUMENT;
        const next = d.errors[MAX_ERRORS_PER_DOCUMENT];
        if (more > 0 && next) {
          this.out.problems.push({
            file: this.file,
            documentIndex: this.docIndex,
            code: 'MORE_ERRORS',
            message: `${more} more YAML ${more === 1 ? 'error' : 'errors'} in this document ${more === 1 ? 'is' : 'are'} not listed (a template rather than YAML?)`,
            start: next.start,
            end: next.end,
          });
        }
      }
      if (d.empty) {
        this.out.stats.emptyDocuments++;
        this.docIndex++;
        return;
      }
      if (d.value === undefined) {
        this.out.stats.documents++;
        this.out.stats.unreadableDocuments++;
        this.docIndex++;
        return;
      }
      this.addDocument(d.value, start, end, ordinal, helm, d, undefined, tokens);
    });
  }

  /**
   * Documents of a kind no enabled rule reads: read `metadata` alone, when the document is a
   * plain block mapping whose `kind`, `apiVersion` and `metadata` keys can be found by line.
   */
  private tryMetadataOnly(seg: Segment, helm: string | undefined): boolean {
    const text = this.file.text;
    const body = text.slice(seg.bodyStart, seg.bodyEnd);
    const kind = findLine(KIND_LINE, body);
    if (!kind || (this.options.fullKinds as ReadonlySet<string>).has(kind) || kind.endsWith('List')) return false;
    const apiVersion = findLine(API_VERSION_LINE, body);
    if (!apiVersion || (this.mentionsUs && body.includes('srcip-lint'))) return false;
    // Reading `metadata` alone must not hide a YAML error elsewhere: only skim-valid documents.
    if (!skimValid(text, seg.bodyStart, seg.bodyEnd)) return false;
    METADATA_LINE.lastIndex = 0;
    const meta = METADATA_LINE.exec(body);
    if (!meta) return false;
    TOP_LEVEL_LINE.lastIndex = meta.index + meta[0].length;
    const next = TOP_LEVEL_LINE.exec(body);
    const sectionEnd = next ? next.index : body.length;
    const section = fastParse(text, seg.bodyStart + meta.index, seg.bodyStart + sectionEnd);
    if (section === undefined || section === EMPTY_DOCUMENT) return false;
    const metadata = (section as Record<string, unknown>)['metadata'];
    const raw = { apiVersion, kind, metadata };
    this.out.stats.documents++;
    this.out.stats.kubernetesDocuments++;
    const doc = new SourceDocument(this.file, this.docIndex++, helm, seg.start, seg.end, 0, undefined, { start: seg.bodyStart, end: seg.bodyEnd });
    this.addObject(raw, doc, [], true);
    return true;
  }

  private addDocument(
    value: unknown,
    start: number,
    end: number,
    ordinal: number,
    helm: string | undefined,
    parsed: YamlDoc | undefined,
    body?: { start: number; end: number },
    tokens?: readonly TemplateToken[],
  ): void {
    this.out.stats.documents++;
    const doc = new SourceDocument(this.file, this.docIndex++, helm, start, end, ordinal, parsed, body);
    if (this.searchesPlaceholders(value) && (tokens || PLACEHOLDER_GATE.test(this.file.text.slice(start, end)))) this.markTemplate(doc, value, tokens ?? []);
    if (!isTyped(value)) {
      this.out.stats.skippedDocuments++;
      return;
    }
    this.out.stats.kubernetesDocuments++;
    const items = value['items'];
    if (value['kind'].endsWith('List') && Array.isArray(items)) {
      items.forEach((item, i) => {
        if (isTyped(item)) this.addObject(item, doc, ['items', i], false);
        else this.out.stats.skippedItems++;
      });
      return;
    }
    this.addObject(value, doc, [], false);
  }

  private searchesPlaceholders(value: unknown): boolean {
    const kinds = this.options.placeholderKinds ?? 'all';
    if (kinds === 'all') return true;
    const kind = isTyped(value) ? value.kind : undefined;
    return kind !== undefined && (kinds.has(kind) || kind.endsWith('List'));
  }

  /** Notes the document's placeholders, if it has any (`template.ts`). */
  private markTemplate(doc: SourceDocument, value: unknown, tokens: readonly TemplateToken[]): void {
    const found = findPlaceholders(value, tokens.some((t) => t.structural));
    const statements = tokens.filter((t) => t.statement);
    const count = statements.length + found.length;
    if (count === 0) return;
    // The first placeholder: the first value that holds one, or a statement line before it.
    const firstValue = found[0];
    let first: TemplateInfo['first'] | undefined = firstValue ? { text: firstValue.text, line: doc.locate(firstValue.path).line, path: firstValue.path } : undefined;
    const statement = statements[0];
    if (statement) {
      const line = this.file.lines.position(statement.start).line;
      if (!first || line < first.line) first = { text: this.file.text.slice(statement.start, statement.end), line };
    }
    const syntaxes = new Set<string>(found.map((p) => p.syntax));
    for (const t of statements) syntaxes.add(this.file.text.startsWith('{{', t.start) ? '{{ }}' : '{% %}');
    doc.template = { count, syntaxes: [...syntaxes], paths: found.map((p) => p.path), first: first as TemplateInfo['first'] };
  }

  private addObject(raw: Record<string, unknown> & { kind: string; apiVersion: string }, doc: SourceDocument, path: Path, partial: boolean): void {
    const meta = raw['metadata'];
    const m = meta !== null && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {};
    const name = typeof m['name'] === 'string' ? m['name'] : '';
    const ns = typeof m['namespace'] === 'string' && m['namespace'] !== '' ? m['namespace'] : this.options.defaultNamespace;
    this.out.stats.objects++;
    if (partial) this.out.stats.metadataOnlyObjects++;
    this.out.objects.push({
      apiVersion: raw.apiVersion,
      kind: raw.kind,
      name,
      namespace: isClusterScoped(raw.kind) ? '' : ns,
      raw,
      doc,
      path,
      partial,
    });
  }
}

function isTyped(v: unknown): v is Record<string, unknown> & { kind: string; apiVersion: string } {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o['kind'] === 'string' && o['kind'] !== '' && typeof o['apiVersion'] === 'string' && o['apiVersion'] !== '';
}

/**
 * The value of the first top-level `key: value` line. (A repeated key in a document read this way
 * goes unreported: only documents no rule reads take this path.)
 */
function findLine(re: RegExp, body: string): string | undefined {
  re.lastIndex = 0;
  const m = re.exec(body);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The `# Source:` comment among the comment lines that open a Helm-rendered document. */
function helmSource(text: string, seg: Segment): string | undefined {
  let i = seg.bodyStart;
  while (i < seg.bodyEnd) {
    const nl = text.indexOf('\n', i);
    const eol = nl < 0 || nl > seg.bodyEnd ? seg.bodyEnd : nl;
    if (text.startsWith('# Source: ', i)) return text.slice(i + 10, eol).trim();
    if (!isBlank(text, i, eol)) return undefined;
    i = eol + 1;
  }
  return undefined;
}

function firstContentChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return -1;
}
