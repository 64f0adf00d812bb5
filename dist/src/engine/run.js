/**
 * Runs the rules over a run's objects and turns reports into findings: resolves paths to ranges,
 * applies severities, drops findings in context-only files, applies suppressions (and reports
 * the unused ones), removes duplicates and sorts. No I/O, no YAML.
 */
import { compareFindings, fingerprint, objectRef } from './finding.js';
import { formatMessageParts } from './rule.js';
import { applySuppressions } from './suppress.js';
export const YAML_SYNTAX = 'yaml-syntax';
export const UNUSED_SUPPRESSION = 'unused-suppression';
export function runRules(config, input) {
    const findings = [];
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
    const contexts = new Map();
    for (const r of active) {
        contexts.set(r, {
            options: Object.freeze(config.options.get(r.meta.id) ?? r.meta.defaultOptions),
            kubeVersion: config.kubeVersion,
            model: input.model,
        });
    }
    for (const object of input.objects) {
        if (object.doc.file.context)
            continue;
        const rules = byKind.get(object.kind);
        const list = rules ? [...forAll, ...rules] : forAll;
        for (const rule of list) {
            if (object.partial && !rule.meta.metadataOnly)
                continue;
            const severity = levelOf(config, rule.meta.id);
            try {
                for (const report of rule.check(object, contexts.get(rule))) {
                    findings.push(toFinding(rule, severity, object, report));
                }
            }
            catch (e) {
                internalErrors.push(`rule ${rule.meta.id} failed on ${object.kind}/${object.name} in ${object.doc.file.path}: ${e instanceof Error ? e.message : String(e)}`);
            }
        }
    }
    const syntaxLevel = levelOf(config, YAML_SYNTAX);
    if (syntaxLevel !== 'off') {
        const rule = config.rules.find((r) => r.meta.id === YAML_SYNTAX);
        for (const s of input.syntax) {
            if (s.file.context)
                continue;
            const messageId = s.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'syntax';
            const text = trimEndDots(s.message);
            findings.push({
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
            });
        }
    }
    const unusedLevel = levelOf(config, UNUSED_SUPPRESSION);
    const unusedRule = config.rules.find((r) => r.meta.id === UNUSED_SUPPRESSION);
    const suppressed = applySuppressions(findings, input.objects, input.directives, {
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
function toFinding(rule, severity, object, report) {
    const fullPath = [...object.path, ...report.path];
    const origins = object.doc.origins?.(fullPath, object.path.length);
    const primary = origins?.[0];
    const file = primary ? primary.file.path : object.doc.file.path;
    const range = primary ? primary.range : object.doc.locate(fullPath, object.path.length);
    const template = rule.meta.messages[report.messageId];
    if (template === undefined)
        throw new Error(`unknown messageId "${report.messageId}"`);
    const related = [
        ...(origins ?? []).slice(1).map((o) => ({ file: o.file.path, range: o.range, message: o.message })),
        ...(report.related ?? []).map((r) => relatedLocation(r.object, r.path, r.message)),
    ];
    const identity = object.name === '' ? `#${object.doc.index}/${object.path.join('.')}` : `${object.namespace}/${object.name}`;
    return {
        ruleId: rule.meta.id,
        messageId: report.messageId,
        ...formatMessageParts(template, report.data),
        severity,
        file,
        documentIndex: object.doc.index,
        object: objectRef(object),
        path: report.path,
        related,
        fingerprint: fingerprint([rule.meta.id, file, object.apiVersion, object.kind, identity, report.path.join('/'), report.messageId]),
        helmSource: object.doc.helmSource,
        suppressed: undefined,
        ...range,
    };
}
/**
 * A related location in another object: where the path lies in its document, or, for an object
 * built from other sources, where the path was written (the first origin).
 */
function relatedLocation(object, path, message) {
    const fullPath = [...object.path, ...path];
    const origin = object.doc.origins?.(fullPath, object.path.length)?.[0];
    return {
        file: origin ? origin.file.path : object.doc.file.path,
        range: origin ? origin.range : object.doc.locate(fullPath, object.path.length),
        message,
        object: objectRef(object),
        documentIndex: object.doc.index,
        path,
    };
}
function sortAndDedupe(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const key = `${f.fingerprint}:${f.line}:${f.column}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    return out.sort(compareFindings);
}
