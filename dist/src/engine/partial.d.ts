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
import type { Finding } from './types.js';
/**
 * The findings a run reports: those with a location in a linted file, promoted to it when their
 * primary lies in context; without the engine's `view` fields.
 *
 * `isLinted(file)` says whether a file (as findings name it) was given to lint: its files, stdin,
 * and the inputs it skipped (a staged chart template is where a traced finding points). A location
 * is in view when its file is, when its rendered file is (Helm output traced to a template), or
 * when the engine marked it as outside context (objects built from other sources).
 */
export declare function reportInView(findings: readonly Finding[], isLinted: (file: string) => boolean): Finding[];
