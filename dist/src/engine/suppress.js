/**
 * Suppressions (DESIGN.md §5):
 * - on an object: annotation `srcip-lint.io/ignore: "rule-a, rule-b -- reason"` (`*` for all);
 * - in a file: `# srcip-lint-disable-next-line rule-a -- reason`, and regions between
 *   `# srcip-lint-disable [rules]` and `# srcip-lint-enable [rules]`.
 * Suppressed findings are kept, marked, for SARIF. Suppressions that suppress nothing are
 * reported by `unused-suppression`, and so are unknown rule ids in them.
 *
 * A finding is suppressed by a suppression at any place where it can be reported (its targets):
 * its own location and object, and its related locations in other files with their objects,
 * which become its primary when only they are linted (partial views). So a finding has the same
 * suppression whichever side a run sees, and a suppression is used when it matches any finding
 * (context files included). Unused suppressions are reported in linted files only.
 */
import { formatMessageParts } from './rule.js';
import { fingerprint, objectRef } from './finding.js';
export const IGNORE_ANNOTATION = 'srcip-lint.io/ignore';
export function parseSuppressionList(value) {
    const sep = value.search(/(^|\s)--(\s|$)/);
    const list = sep >= 0 ? value.slice(0, sep) : value;
    const justification = sep >= 0 ? value.slice(sep).replace(/^\s*--\s*/, '').trim() || undefined : undefined;
    const ids = list.split(/[\s,]+/).filter((s) => s !== '');
    const all = ids.includes('*');
    return { rules: ids.filter((s) => s !== '*'), all, justification };
}
export function applySuppressions(entries, objects, files, options) {
    const annotations = new Map();
    for (const o of objects) {
        const value = o.raw['metadata']?.annotations?.[IGNORE_ANNOTATION];
        if (typeof value !== 'string')
            continue;
        annotations.set(o, { object: o, ...parseSuppressionList(value), used: new Set() });
    }
    const byFile = new Map();
    for (const f of files)
        if (f.directives.length > 0)
            byFile.set(f.file.path, f);
    const indexes = new Map();
    const usedRule = new Set();
    const used = new Set();
    /** The suppression at one target, if any; every match is marked used. */
    const at = (ruleId, t) => {
        let suppression;
        const a = t.object ? annotations.get(t.object) : undefined;
        if (a && (a.all || a.rules.includes(ruleId))) {
            a.used.add(a.rules.includes(ruleId) ? ruleId : '*');
            suppression = { kind: 'annotation', justification: a.justification };
        }
        const fd = byFile.get(t.file);
        if (!fd)
            return suppression;
        let index = indexes.get(t.file);
        if (!index)
            indexes.set(t.file, (index = new DirectiveIndex(fd.directives)));
        const d = index.directiveFor(ruleId, t.line);
        if (!d)
            return suppression;
        used.add(d);
        usedRule.add(`${index.position(d)}\u0000${d.rules.includes(ruleId) ? ruleId : '*'}\u0000${t.file}`);
        return suppression ?? { kind: 'comment', justification: d.justification };
    };
    const out = entries.map(({ finding: f, targets }) => {
        let suppression;
        for (const t of targets) {
            const s = at(f.ruleId, t);
            suppression ??= s;
        }
        return suppression ? { ...f, suppressed: suppression } : f;
    });
    const unused = options.unused;
    if (!unused)
        return out;
    const report = (messageId, data, file, range, object, key) => {
        const template = unused.rule.meta.messages[messageId] ?? messageId;
        out.push({
            ruleId: unused.rule.meta.id,
            messageId,
            ...formatMessageParts(template, data),
            severity: unused.severity,
            file,
            documentIndex: object?.doc.index ?? 0,
            object: object ? objectRef(object) : undefined,
            path: object ? ['metadata', 'annotations', IGNORE_ANNOTATION] : [],
            related: [],
            fingerprint: fingerprint([unused.rule.meta.id, file, key, messageId, data['rule'] ?? '*']),
            helmSource: object?.doc.helmSource,
            suppressed: undefined,
            ...range,
        });
    };
    for (const fd of byFile.values()) {
        if (fd.file.context)
            continue;
        fd.directives.forEach((d, i) => {
            if (d.kind === 'enable')
                return;
            const range = fd.range(d.start, d.end);
            const key = `${d.line}`;
            if (d.rules.length === 0) {
                if (!used.has(d))
                    report('unusedAll', { directive: `srcip-lint-${d.kind}` }, fd.file.path, range, undefined, key);
                return;
            }
            d.rules.forEach((rule, j) => {
                const start = d.ruleOffsets[j] ?? d.start;
                const ruleRange = fd.range(start, start + rule.length);
                if (!options.knownRules.has(rule)) {
                    report('unknownRule', { rule }, fd.file.path, ruleRange, undefined, key);
                }
                else if (options.isEnabled(rule) && !usedRule.has(`${i}\u0000${rule}\u0000${fd.file.path}`)) {
                    report('unused', { rule }, fd.file.path, ruleRange, undefined, key);
                }
            });
        });
    }
    // One annotation line may be on several objects (a base that several kustomize overlays build):
    // it is unused when none of them used it, and reported once, where it is written.
    const byPlace = new Map();
    for (const a of annotations.values()) {
        if (a.object.doc.file.context)
            continue;
        const path = [...a.object.path, 'metadata', 'annotations', IGNORE_ANNOTATION];
        const origin = a.object.doc.origins?.(path, a.object.path.length)?.[0];
        if (origin?.file.context)
            continue;
        const file = origin ? origin.file.path : a.object.doc.file.path;
        const range = origin ? origin.range : a.object.doc.locate(path, a.object.path.length);
        const key = `${file}\u0000${range.line}\u0000${range.column}\u0000${a.rules.join(',')}\u0000${a.all}`;
        const entry = byPlace.get(key);
        if (entry)
            for (const u of a.used)
                entry.used.add(u);
        else
            byPlace.set(key, { a, file, range, used: new Set(a.used) });
    }
    for (const { a, file, range, used: usedRules } of byPlace.values()) {
        const o = a.object;
        const key = `${o.kind}/${o.original?.namespace ?? o.namespace}/${o.original?.name ?? o.name}`;
        if (a.all && !usedRules.has('*'))
            report('unusedAll', { directive: IGNORE_ANNOTATION }, file, range, o, key);
        for (const rule of a.rules) {
            if (!options.knownRules.has(rule))
                report('unknownRule', { rule }, file, range, o, key);
            else if (options.isEnabled(rule) && !usedRules.has(rule))
                report('unused', { rule }, file, range, o, key);
        }
    }
    return out;
}
/**
 * A file's directives, indexed so that finding the one that suppresses a finding costs a lookup
 * and a binary search, not a pass over every directive (a file may hold thousands of both).
 */
class DirectiveIndex {
    nextLine = new Map();
    positions = new Map();
    regions;
    /** Per rule id: the region directives that concern it, and the state after each. */
    states = new Map();
    constructor(directives) {
        directives.forEach((d, i) => {
            this.positions.set(d, i);
            if (d.kind !== 'disable-next-line')
                return;
            let list = this.nextLine.get(d.targetLine);
            if (!list)
                this.nextLine.set(d.targetLine, (list = []));
            list.push(d);
        });
        // Directives come in file order; a stable sort keeps that order within a line.
        this.regions = directives.filter((d) => d.kind !== 'disable-next-line').sort((a, b) => a.line - b.line);
    }
    position(d) {
        return this.positions.get(d) ?? -1;
    }
    /**
     * The directive that suppresses a finding of `ruleId` on `line`, if any: a
     * `disable-next-line` aimed at the line, else the region directives above it, applied in order
     * (`disable` of the rule or of all; `enable` of the rule, or of all, which ends both).
     */
    directiveFor(ruleId, line) {
        for (const d of this.nextLine.get(line) ?? [])
            if (d.rules.length === 0 || d.rules.includes(ruleId))
                return d;
        const state = this.stateFor(ruleId);
        let lo = 0;
        let hi = state.lines.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (state.lines[mid] < line)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo === 0 ? undefined : state.after[lo - 1];
    }
    stateFor(ruleId) {
        const cached = this.states.get(ruleId);
        if (cached)
            return cached;
        const lines = [];
        const after = [];
        let all;
        let excepted = false;
        let byRule;
        for (const d of this.regions) {
            const named = d.rules.includes(ruleId);
            if (d.rules.length > 0 && !named)
                continue;
            if (d.kind === 'disable') {
                if (d.rules.length === 0) {
                    all = d;
                    excepted = false;
                }
                else
                    byRule = d;
            }
            else if (d.rules.length === 0) {
                all = undefined;
                excepted = false;
                byRule = undefined;
            }
            else {
                byRule = undefined;
                if (all)
                    excepted = true;
            }
            lines.push(d.line);
            after.push(byRule ?? (all && !excepted ? all : undefined));
        }
        const state = { lines, after };
        this.states.set(ruleId, state);
        return state;
    }
}
