/**
 * Runs the rules over a run's objects and turns reports into findings: resolves paths to ranges,
 * applies severities, applies suppressions (and reports the unused ones), removes duplicates and
 * sorts. No I/O, no YAML.
 *
 * Objects in context files are checked too: a finding about them is reported when one of its
 * locations lies in a linted file (`reportInView`, partial.ts, after the Helm pass). A finding
 * that can only ever lie in context files is dropped here, before its ranges are computed.
 */
import { embeddedLocation } from './embedded.js';
import { compareFindings, fingerprint, objectRef } from './finding.js';
import { formatMessageParts } from './rule.js';
import { applySuppressions } from './suppress.js';
export const YAML_SYNTAX = 'yaml-syntax';
export const UNUSED_SUPPRESSION = 'unused-suppression';
export function runRules(config, input) {
    const internalErrors = [];
    const active = config.rules.filter((r) => r.check && levelOf(config, r.meta.id) !== 'off');
    const byKind = new Map();
    const forAll = active.filter((r) => r.meta.appliesTo === 'all');
    for (const r of active) {
        if (r.meta.appliesTo === 'all')
            continue;
        for (const kind of r.meta.appliesTo) {
            let list = byKind.get(kind);
            if (!list)
                byKind.set(kind, (list = []));
            list.push(r);
        }
    }
    const entries = [];
    const shortcuts = input.contextShortcuts !== false;
    const onlyContext = (o) => shortcuts && inContextOnly(o, input.helmFilesLinted === true);
    const sets = [{ objects: input.objects, model: input.model }, ...(input.sets ?? [])];
    // A cross-object rule runs on context objects only when some object it may relate can be reported.
    const visible = new Set(sets.flatMap((set) => set.objects.filter((o) => !onlyContext(o)).map((o) => o.kind)));
    const onContext = new Set(active.filter((r) => r.meta.crossObject && (r.meta.relates === undefined || r.meta.relates.some((k) => visible.has(k)))));
    for (const set of sets) {
        const contexts = new Map();
        for (const r of active) {
            contexts.set(r, {
                options: Object.freeze(config.options.get(r.meta.id) ?? r.meta.defaultOptions),
                kubeVersion: config.kubeVersion,
                model: set.model,
            });
        }
        for (const object of set.objects) {
            if (object.doc.rewritten?.())
                continue;
            const hidden = onlyContext(object);
            const rules = byKind.get(object.kind);
            const list = rules ? [...forAll, ...rules] : forAll;
            for (const rule of list) {
                if (object.partial && !rule.meta.metadataOnly)
                    continue;
                if (hidden && !onContext.has(rule))
                    continue;
                const severity = levelOf(config, rule.meta.id);
                try {
                    for (const report of rule.check(object, contexts.get(rule))) {
                        // About context objects only: never reported, and its ranges would need positions.
                        if (hidden && !(report.related ?? []).some((r) => !onlyContext(r.object)))
                            continue;
                        entries.push(toFinding(rule, severity, object, report));
                    }
                }
                catch (e) {
                    internalErrors.push(`rule ${rule.meta.id} failed on ${object.kind}/${object.name} in ${object.doc.file.path}: ${e instanceof Error ? e.message : String(e)}`);
                }
            }
        }
    }
    for (const r of input.reports ?? []) {
        const level = levelOf(config, r.ruleId);
        const rule = config.rules.find((x) => x.meta.id === r.ruleId);
        if (level === 'off' || !rule)
            continue;
        const finding = {
            ruleId: r.ruleId,
            messageId: r.messageId,
            ...format(rule.meta.messages, r.messageId, r.data),
            severity: level,
            file: r.file.path,
            documentIndex: 0,
            object: undefined,
            path: [],
            related: r.related,
            fingerprint: fingerprint([r.ruleId, r.file.path, r.messageId, ...r.identity]),
            helmSource: undefined,
            suppressed: undefined,
            view: { context: r.file.context },
            ...r.range,
        };
        entries.push({ finding, targets: [{ file: r.file.path, line: r.range.line, object: undefined }] });
    }
    const syntaxLevel = levelOf(config, YAML_SYNTAX);
    if (syntaxLevel !== 'off') {
        const rule = config.rules.find((r) => r.meta.id === YAML_SYNTAX);
        for (const s of input.syntax) {
            // A syntax error is about its own file only: in a context file it is never reported.
            if (s.file.context)
                continue;
            const messageId = s.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'syntax';
            const text = trimEndDots(s.message);
            const finding = {
                ruleId: YAML_SYNTAX,
                messageId,
                ...formatMessageParts(rule?.meta.messages[messageId] ?? '{{message}}', { message: text, code: s.code }),
                severity: syntaxLevel,
                file: s.file.path,
                documentIndex: s.documentIndex,
                object: undefined,
                path: [],
                related: [],
                fingerprint: fingerprint([YAML_SYNTAX, s.file.path, String(s.documentIndex), s.code, s.message]),
                helmSource: undefined,
                suppressed: undefined,
                line: s.range.line,
                column: s.range.column,
                endLine: s.range.endLine,
                endColumn: s.range.endColumn,
            };
            entries.push({ finding, targets: [{ file: s.file.path, line: s.range.line, object: undefined }] });
        }
    }
    const unusedLevel = levelOf(config, UNUSED_SUPPRESSION);
    const unusedRule = config.rules.find((r) => r.meta.id === UNUSED_SUPPRESSION);
    const suppressed = applySuppressions(entries, sets.length > 1 ? sets.flatMap((set) => set.objects) : input.objects, input.directives, {
        knownRules: new Set(config.rules.map((r) => r.meta.id)),
        isEnabled: (id) => levelOf(config, id) !== 'off',
        unused: unusedLevel === 'off' || !unusedRule ? undefined : { severity: unusedLevel, rule: unusedRule },
    });
    return { findings: sortAndDedupe(suppressed), internalErrors };
}
/** The text without trailing dots and white space (a loop: `/[.\s]+$/` is quadratic on long runs). */
function trimEndDots(text) {
    let end = text.length;
    while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1])))
        end--;
    return text.slice(0, end);
}
function levelOf(config, id) {
    return config.levels.get(id) ?? 'off';
}
/**
 * Loaded only as context, and its paths lie in context files: no finding about it alone can be
 * reported. Objects built from other sources (`origins`) may have paths written in linted files;
 * Helm output is reported at chart templates and values files, which may be linted.
 */
function inContextOnly(object, helmFilesLinted) {
    return object.doc.file.context && object.doc.origins === undefined && (object.doc.helmSource === undefined || !helmFilesLinted);
}
function toFinding(rule, severity, object, report) {
    const messages = rule.meta.messages;
    const fullPath = [...object.path, ...report.path];
    const origins = object.doc.origins?.(fullPath, object.path.length);
    const primary = origins?.[0];
    const inside = report.within ? embeddedLocation(object, report.path, report.within, primary) : undefined;
    const file = inside?.file ?? (primary ? primary.file : object.doc.file);
    const range = inside?.range ?? (primary ? primary.range : object.doc.locate(fullPath, object.path.length));
    const text = format(messages, report.messageId, report.data);
    // Another contributor to the same path reads the same: only the old primary's note changes.
    const sameProblem = { messageId: report.messageId, text: () => text, demoted: primary?.message ?? '' };
    const contributors = (origins ?? []).slice(1).map((o) => ({
        file: o.file.path,
        range: o.range,
        message: o.message,
        view: { context: o.file.context, promote: sameProblem },
    }));
    const others = (report.related ?? []).map((r) => relatedLocation(messages, r));
    const related = [...contributors, ...others];
    // An object built from other sources is identified where it is written (one finding for a base
    // line that several overlays build, stable when an overlay renames it).
    const identity = object.original ? `${object.original.namespace}/${object.original.name}` : object.name === '' ? `#${object.doc.index}/${object.path.join('.')}` : `${object.namespace}/${object.name}`;
    const finding = {
        ruleId: rule.meta.id,
        messageId: report.messageId,
        ...text,
        severity,
        file: file.path,
        documentIndex: object.doc.index,
        object: objectRef(object),
        path: report.path,
        related,
        fingerprint: fingerprint([rule.meta.id, file.path, object.apiVersion, object.kind, identity, report.path.join('/'), report.messageId]),
        helmSource: object.doc.helmSource,
        suppressed: undefined,
        view: { context: file.context },
        ...range,
    };
    // Suppressions apply where the finding can be reported: its own place, and the related
    // locations in other files (the same in every view of the repository).
    const targets = [{ file: file.path, line: range.line, object }];
    for (const r of contributors)
        if (r.file !== file.path)
            targets.push({ file: r.file, line: r.range.line, object });
    others.forEach((r, i) => {
        if (r.file !== file.path)
            targets.push({ file: r.file, line: r.range.line, object: report.related[i]?.object });
    });
    return { finding, targets };
}
function format(messages, messageId, data) {
    const template = messages[messageId];
    if (template === undefined)
        throw new Error(`unknown messageId "${messageId}"`);
    return formatMessageParts(template, data);
}
/**
 * A related location in another object: where the path lies in its document, or, for an object
 * built from other sources, where the path was written (the first origin).
 */
function relatedLocation(messages, r) {
    const { object } = r;
    const fullPath = [...object.path, ...r.path];
    const origin = object.doc.origins?.(fullPath, object.path.length)?.[0];
    const inside = r.within ? embeddedLocation(object, r.path, r.within, origin) : undefined;
    const side = r.asPrimary;
    const file = inside?.file ?? (origin ? origin.file : object.doc.file);
    return {
        file: file.path,
        range: inside?.range ?? (origin ? origin.range : object.doc.locate(fullPath, object.path.length)),
        message: r.message,
        object: objectRef(object),
        documentIndex: object.doc.index,
        path: r.path,
        view: {
            context: file.context,
            ...(side ? { promote: { messageId: side.messageId, demoted: side.demoted, text: () => format(messages, side.messageId, side.data) } } : {}),
            ...(object.doc.helmSource !== undefined ? { helmSource: object.doc.helmSource } : {}),
        },
    };
}
/**
 * One finding per rule, identity and place. Copies (one source object that several kustomize
 * overlays build) merge: the first keeps its message, and gains the related locations of the
 * others at places it does not point to yet (the overlays that build it); it is suppressed only
 * when every copy is.
 */
function sortAndDedupe(findings) {
    const seen = new Map();
    const out = [];
    for (const f of findings) {
        const key = `${f.fingerprint}:${f.line}:${f.column}`;
        const at = seen.get(key);
        if (at === undefined) {
            seen.set(key, out.length);
            out.push(f);
            continue;
        }
        const kept = out[at];
        const places = new Set(kept.related.map(place));
        const more = f.related.filter((r) => !places.has(place(r)));
        const suppressed = kept.suppressed && f.suppressed ? kept.suppressed : undefined;
        if (more.length > 0 || suppressed !== kept.suppressed)
            out[at] = { ...kept, related: [...kept.related, ...more], suppressed };
    }
    return out.sort(compareFindings);
}
function place(r) {
    return `${r.file}:${r.range.line}:${r.range.column}`;
}
