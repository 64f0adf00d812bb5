/**
 * The data model shared by every layer: documents, objects, rules, reports and findings.
 * Nothing here does I/O or knows about YAML.
 */
export type PathSegment = string | number;
/** A path into a plain object, e.g. `['spec', 'ports', 0, 'port']`. */
export type Path = readonly PathSegment[];
export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';
export declare const SEVERITIES: readonly Severity[];
/** 1-based lines and columns; the end column is exclusive (SARIF's convention). */
export interface Range {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** A file of the run, as findings name it. */
export interface SourceFileRef {
    /** Path as shown to users: relative to the working directory, `/` separators. */
    readonly path: string;
    /** Loaded only so cross-object rules can see it (`--context`): its findings are dropped. */
    readonly context: boolean;
}
/** One YAML document. Implemented by `src/source`; the engine only asks it for positions. */
export interface ManifestDocument {
    readonly file: SourceFileRef;
    /** 0-based position of the document in its file. */
    readonly index: number;
    /** The `# Source: chart/templates/x.yaml` comment that Helm writes above a document. */
    readonly helmSource: string | undefined;
    /** Range of a path in this document; missing paths anchor on their nearest existing ancestor. */
    locate(path: Path, rootDepth?: number): Range;
    /** The source text of the node at exactly this path (`yes`, `"80"`, `8080`), or undefined. */
    sourceText(path: Path): string | undefined;
    /**
     * Where a path was written, for objects built from other sources (a kustomize build, chart
     * values): the place a person edits first (the last writer: a patch, a values line), then the
     * other contributors (the base line, the chart default). The engine reports a finding at the
     * first span and adds the others as related locations. Undefined or empty: the path lies in this
     * document (`file` and `locate`). Plain documents do not implement it.
     */
    origins?(path: Path, rootDepth?: number): readonly SourceSpan[] | undefined;
    /**
     * Whether a later step the producer cannot apply (a Flux post-renderer patch it does not
     * understand) may have changed the object: the engine then reports nothing on it, since the
     * object as built may not be the object applied.
     */
    rewritten?(): boolean;
    /**
     * Where a range inside `text`, the string value at `path`, was written, when the text's lines are
     * there (a literal block scalar of this document, or of the source document of a built object).
     */
    embeddedRange?(path: Path, text: string, within: Range): {
        readonly file: SourceFileRef;
        readonly range: Range;
    } | undefined;
    /**
     * Set when the document is an unrendered template (envsubst `${VAR}`, Jinja `{{ }}`/`{% %}`,
     * `<PLACEHOLDER>` values): its placeholders. Findings on a placeholder are dropped (they are
     * about the template's syntax, not the manifest); the `unrendered-template` rule reports it once.
     */
    readonly template?: TemplateInfo | undefined;
}
/** The placeholders of an unrendered template document. */
export interface TemplateInfo {
    /** Placeholders, counting template statements (`{% if %}`, `{{- include }}` lines) too. */
    readonly count: number;
    /** The syntaxes seen, such as `${VAR}` and `{% %}`. */
    readonly syntaxes: readonly string[];
    /** Document paths of the values that hold placeholders, in document order. */
    readonly paths: readonly Path[];
    /**
     * The first placeholder as written, its 1-based line, and the path of its value (none for a
     * template statement: a line of its own).
     */
    readonly first: {
        readonly text: string;
        readonly line: number;
        readonly path?: Path;
    };
}
/** A place in a file of the run that wrote (part of) an object built from other sources. */
export interface SourceSpan {
    readonly file: SourceFileRef;
    readonly range: Range;
    /** What this place contributed, shown when it is a related location ("replicas: 3 is set here by overlay prod."). */
    readonly message: string;
    /**
     * The value at this path is the whole text of a file (a kustomize generator's `files:` entry): a
     * line and column inside the value are the same line and column of that file.
     */
    readonly content?: {
        readonly file: SourceFileRef;
        readonly text: string;
    };
}
/** A Kubernetes object of the run. */
export interface K8sObject {
    readonly apiVersion: string;
    readonly kind: string;
    /** `metadata.name`, or '' when missing. */
    readonly name: string;
    /** The effective namespace: `metadata.namespace` or the run's default; '' for cluster-scoped kinds. */
    readonly namespace: string;
    /** The object as Kubernetes tooling reads it (YAML 1.1 scalars). Never mutated. */
    readonly raw: Readonly<Record<string, unknown>>;
    readonly doc: ManifestDocument;
    /** Where the object sits in its document: `[]`, or `['items', i]` inside a List. */
    readonly path: Path;
    /** Only `apiVersion`, `kind` and `metadata` were read (no enabled rule reads the rest of this kind). */
    readonly partial: boolean;
    /**
     * For objects built from other sources (a kustomize build): the name and namespace the object
     * has where it is written, before the build renamed or moved it (`namePrefix`, `namespace:`, a
     * generator's hash suffix). Findings take their identity from it, so that one source object built
     * by several overlays gives one finding; rules use it to see what a build renamed.
     */
    readonly original?: {
        readonly name: string;
        readonly namespace: string;
    };
}
export interface KubeVersion {
    readonly major: number;
    readonly minor: number;
}
/**
 * Where a related location points and what it says. `M` is the rule's message ids: a related
 * location built without them (in src/model) cannot say how the finding reads from its side.
 */
export interface RelatedReport<M extends string = never> {
    readonly object: K8sObject;
    readonly path: Path;
    /** A range inside the string value at `path`, as `Report.within`. */
    readonly within?: Range;
    readonly message: string;
    /**
     * The finding told from this location (partial views, DESIGN.md §3). When the finding's own
     * location lies in a context file and this one in a linted file, the finding is reported here
     * with this message, and its own location becomes a related location that says `demoted`.
     * Cross-object rules set it on every related location in another object.
     */
    readonly asPrimary?: OtherSide<M>;
}
/** How a finding reads when it is reported at one of its related locations. */
export interface OtherSide<M extends string = string> {
    /** A message of the rule, written from this side (the first sentence names this object). */
    readonly messageId: M;
    readonly data?: Readonly<Record<string, string | number>>;
    /** What the finding's own location says once it is a related location. */
    readonly demoted: string;
}
/** What a rule yields: a path in the object it checks, a message id and its data. */
export interface Report<M extends string = string> {
    readonly messageId: M;
    readonly path: Path;
    /**
     * A range inside the string value at `path` (lines and columns of that text, from 1), such as a
     * setting in a configuration file held in a ConfigMap: the finding is reported there when the
     * text's lines can be found in a file (a literal block scalar, or the file a kustomize generator
     * made the value from), else at `path`.
     */
    readonly within?: Range;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly related?: readonly RelatedReport<M>[];
}
export interface RelatedLocation {
    readonly file: string;
    readonly range: Range;
    readonly message: string;
    readonly object?: ObjectRef;
    /** The document of `object` in its file, and the path there (for locations in objects). */
    readonly documentIndex?: number;
    readonly path?: Path;
    /** Where the location was in the rendered input, when it was traced to a Helm chart template. */
    readonly rendered?: RenderedPosition;
    /** @internal For the partial-view pass; never in `lint()` results. */
    readonly view?: LocationView;
}
/**
 * How a location takes part in partial views: set by the engine, carried by the Helm pass, read
 * and removed by `reportInView` (src/engine/partial.ts). Never in `lint()` results.
 */
export interface LocationView {
    /** The location lies in a file loaded only as context (its `SourceFileRef`). */
    readonly context: boolean;
    /**
     * For a related location that may become the primary: the finding's message from this side, and
     * what the old primary says then as a related location.
     */
    readonly promote?: {
        readonly messageId: string;
        readonly demoted: string;
        /** The message and its first sentence, made only when the location is promoted (most never are). */
        readonly text: () => {
            readonly message: string;
            readonly summary: string;
        };
    };
    /** For a related location in another object: that object's document's `# Source:` comment. */
    readonly helmSource?: string;
    /** For a related location in Helm output: how the Helm pass traced it. */
    readonly helm?: HelmTrace;
}
/** A position in Helm-rendered input (a finding's own, once it is reported at the chart template). */
export interface RenderedPosition {
    readonly file: string;
    readonly range: Range;
    /** The rendered file is on disk under the working directory (not stdin): reports may point at it. */
    readonly inRepository: boolean;
}
/** How a finding in a document rendered by Helm (`# Source:`) was traced to its chart. */
export interface HelmTrace {
    /** The document's `# Source:` path, e.g. `ingress-nginx/templates/controller-service.yaml`. */
    readonly source: string;
    /** The finding's file and range are the chart template's (its rendered position is in `rendered`). */
    readonly mapped: boolean;
    /** Why the finding stays at its rendered position (when not mapped). */
    readonly reason?: string;
    /** The chart directory, relative to the working directory, when it was found on disk. */
    readonly chart?: string;
    /**
     * `key`: the template line writes the finding's key; `ancestor`: the key is missing and the
     * line writes its nearest existing ancestor; `block`: the line is an output that writes the key
     * among others (`toYaml`, `include`, …), quoted in `block`.
     */
    readonly via?: 'key' | 'ancestor' | 'block';
    readonly block?: string;
    /** The `.Values` keys the template line reads for this finding (`controller.service.type`). */
    readonly values?: readonly string[];
}
export interface ObjectRef {
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
}
export interface Suppression {
    readonly kind: 'annotation' | 'comment';
    readonly justification: string | undefined;
}
/** The engine's output: the stable, public data model every formatter reads. */
export interface Finding extends Range {
    readonly ruleId: string;
    readonly messageId: string;
    readonly message: string;
    /**
     * The message's first sentence, which stands alone (what is wrong, on which object): what
     * one-line formats show. The whole message when it is one sentence; absent in findings made
     * before it existed (formatters then use `message`).
     */
    readonly summary?: string;
    readonly severity: Severity;
    readonly file: string;
    readonly documentIndex: number;
    readonly object: ObjectRef | undefined;
    readonly path: Path;
    readonly related: readonly RelatedLocation[];
    /** Identity-based (rule, file, object, path), stable when lines move. */
    readonly fingerprint: string;
    readonly helmSource: string | undefined;
    readonly suppressed: Suppression | undefined;
    /** Set for findings in Helm-rendered documents once the run looked for their chart. */
    readonly helm?: HelmTrace;
    /** The rendered position of a finding reported at its chart template. */
    readonly rendered?: RenderedPosition;
    /** @internal For the partial-view pass; never in `lint()` results. */
    readonly view?: LocationView;
}
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';
/** A suppression comment in a file (parsed by `src/source`). */
export interface Directive {
    readonly kind: DirectiveKind;
    /** Rule ids; empty means every rule. */
    readonly rules: readonly string[];
    readonly justification: string | undefined;
    /** 1-based line of the comment. */
    readonly line: number;
    /** For `disable-next-line`: the line it applies to (the next line that is not a comment). */
    readonly targetLine: number;
    /** Offsets of the comment text (from `#`), for reports about the directive itself. */
    readonly start: number;
    readonly end: number;
    /** Offset of each rule id in the text, parallel to `rules`. */
    readonly ruleOffsets: readonly number[];
}
/** A file's suppression comments and a way to turn their offsets into ranges. */
export interface FileDirectives {
    readonly file: SourceFileRef;
    readonly directives: readonly Directive[];
    range(start: number, end: number): Range;
}
/** A YAML problem found while reading (reported by the `yaml-syntax` rule). */
export interface SyntaxReport {
    readonly file: SourceFileRef;
    readonly documentIndex: number;
    readonly range: Range;
    readonly code: string;
    readonly message: string;
}
