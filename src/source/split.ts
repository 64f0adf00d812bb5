/**
 * Splits a YAML stream into documents without parsing it.
 *
 * YAML forbids `---` and `...` followed by white space (or the end of the line) at the start of
 * a line anywhere inside a document (`c-forbidden`), even inside block and quoted scalars, so
 * those lines are exact document boundaries. Directives (`%YAML`) make the caller parse the
 * whole stream at once instead.
 */

export interface Segment {
  /** Offset of the segment (its `---` line when it has one). */
  start: number;
  /** Offset after the segment (after its `...` line when it has one). */
  end: number;
  /** The document body: after the `---` line, before the `...` line. */
  bodyStart: number;
  bodyEnd: number;
  /** The `---` line carries content (`--- !tag`, `--- |`), or the `...` line does. */
  markerContent: boolean;
  /** Opened by an explicit `---`. */
  explicit: boolean;
}

/** Document markers, and directive lines (`%YAML`, `%TAG`), in one pass. */
const MARKER = /^(?:(?:---|\.\.\.)(?=[ \t\r\n]|$)|%)/gm;

/**
 * The documents of a stream; `'directives'` when a line starts with `%` (a directive), and the
 * caller should parse the whole stream at once.
 */
export function splitDocuments(text: string): Segment[] | 'directives' {
  const segments: Segment[] = [];
  let cur: Segment = { start: 0, end: 0, bodyStart: 0, bodyEnd: 0, markerContent: false, explicit: false };
  let open = true;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    const at = m.index;
    if (text.charCodeAt(at) === 37 /* % */) return 'directives';
    const eol = lineEndAfter(text, at);
    const rest = restHasContent(text, at + 3, eol);
    if (text.charCodeAt(at) === 45 /* - */) {
      if (open) push(segments, text, { ...cur, end: at, bodyEnd: at });
      cur = { start: at, end: 0, bodyStart: nextLineStart(text, eol), bodyEnd: 0, markerContent: rest, explicit: true };
      open = true;
    } else {
      if (open) {
        push(segments, text, {
          ...cur,
          end: nextLineStart(text, eol),
          bodyEnd: at,
          markerContent: cur.markerContent || rest,
        });
      }
      const next = nextLineStart(text, eol);
      cur = { start: next, end: 0, bodyStart: next, bodyEnd: 0, markerContent: false, explicit: false };
      open = true;
    }
    MARKER.lastIndex = Math.max(eol, at + 3);
  }
  if (open) push(segments, text, { ...cur, end: text.length, bodyEnd: text.length });
  return segments;
}

/** Keeps explicit documents and implicit ones with content; drops blank preludes. */
function push(out: Segment[], text: string, seg: Segment): void {
  if (seg.explicit || seg.markerContent || !isBlank(text, seg.bodyStart, seg.bodyEnd)) out.push(seg);
}

/** True when the range holds only white space and comments. */
export function isBlank(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c !== 35 /* # */) return false;
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= end) return true;
    i = nl + 1;
  }
  return true;
}

function lineEndAfter(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

function nextLineStart(text: string, eol: number): number {
  return eol < text.length ? eol + 1 : text.length;
}

function restHasContent(text: string, from: number, eol: number): boolean {
  for (let i = from; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 35 && i > from) return false;
    return true;
  }
  return false;
}
