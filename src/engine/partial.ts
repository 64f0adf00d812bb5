/**
 * Partial views (DESIGN.md §3): a run lints some files and loads others only as context
 * (`--context`, the config's `context:`, pre-commit passing the staged files). A finding is
 * reported when any of its locations, primary or related, lies in a linted file. When its primary
 * lies in context, the first related location in a linted file becomes the primary, with the
 * rule's message for that side, and the old primary becomes its first related location. The
 * fingerprint stays: the same problem keeps its identity whichever side a run reports.
 *
 * Runs last (after the Helm pass, which moves locations to chart templates and values files), so
 * it judges the places the user will see. Pure.
 */

import { compareFindings } from './finding.js';
import type { Finding, LocationView, Range, RelatedLocation, RenderedPosition } from './types.js';

interface Place {
  readonly file: string;
  readonly view?: LocationView | undefined;
  readonly rendered?: RenderedPosition | undefined;
}

/**
 * The findings a run reports: those with a location in a linted file, promoted to it when their
 * primary lies in context; without the engine's `view` fields.
 *
 * `isLinted(file)` says whether a file (as findings name it) was given to lint: its files, stdin,
 * and the inputs it skipped (a staged chart template is where a traced finding points). A location
 * is in view when its file is, when its rendered file is (Helm output traced to a template), or
 * when the engine marked it as outside context (objects built from other sources).
 */
export function reportInView(findings: readonly Finding[], isLinted: (file: string) => boolean): Finding[] {
  const inView = (p: Place): boolean =>
    (p.view !== undefined && !p.view.context) || isLinted(p.file) || (p.rendered !== undefined && isLinted(p.rendered.file));
  const out: Finding[] = [];
  const seen = new Set<string>();
  let moved = false;
  for (const f of findings) {
    let kept: Finding | undefined;
    if (inView(f)) kept = f;
    else {
      const i = f.related.findIndex(inView);
      if (i >= 0) {
        kept = promote(f, i);
        moved = true;
      }
    }
    if (!kept) continue;
    // One problem, one report: the same finding reached from two sides lands in one place.
    const key = `${kept.fingerprint}\u0000${kept.file}\u0000${kept.line}\u0000${kept.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(withoutViews(kept));
  }
  return moved ? out.sort(compareFindings) : out;
}

/** The finding reported at its related location `i`; its own location becomes the first related one. */
function promote(f: Finding, i: number): Finding {
  const r = f.related[i] as RelatedLocation;
  const side = r.view?.promote;
  const text = side?.text();
  const demoted: RelatedLocation = {
    file: f.file,
    range: rangeOf(f),
    message: side?.demoted || fallbackNote(f),
    ...(f.object ? { object: f.object, documentIndex: f.documentIndex, path: f.path } : {}),
    ...(f.rendered ? { rendered: f.rendered } : {}),
  };
  // A related location in the same object (another contributor to the path) keeps the object,
  // its Helm source and trace; one in another object brings its own.
  const other = r.object !== undefined;
  const helmSource = other ? r.view?.helmSource : f.helmSource;
  const helm = other ? r.view?.helm : f.helm;
  const rest: { -readonly [K in keyof Finding]: Finding[K] } = { ...f };
  delete rest.helm;
  delete rest.rendered;
  return {
    ...rest,
    messageId: side?.messageId ?? f.messageId,
    message: text?.message ?? f.message,
    ...(text ? { summary: text.summary } : {}),
    file: r.file,
    ...r.range,
    object: r.object ?? f.object,
    documentIndex: r.documentIndex ?? f.documentIndex,
    path: r.path ?? f.path,
    helmSource,
    ...(helm ? { helm } : {}),
    ...(r.rendered ? { rendered: r.rendered } : {}),
    related: [demoted, ...f.related.filter((_, j) => j !== i)],
  };
}

/** What the old primary says when its rule gave no other-side message (a same-object contributor). */
function fallbackNote(f: Finding): string {
  return f.object ? `The finding's own location, in ${f.object.kind} "${f.object.name}".` : "The finding's own location.";
}

function rangeOf(f: Range): Range {
  return { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

function withoutViews(f: Finding): Finding {
  if (f.view === undefined && !f.related.some((r) => r.view !== undefined)) return f;
  const copy: { -readonly [K in keyof Finding]: Finding[K] } = { ...f, related: f.related.map(relatedWithoutView) };
  delete copy.view;
  return copy;
}

function relatedWithoutView(r: RelatedLocation): RelatedLocation {
  if (r.view === undefined) return r;
  const copy: { -readonly [K in keyof RelatedLocation]: RelatedLocation[K] } = { ...r };
  delete copy.view;
  return copy;
}
