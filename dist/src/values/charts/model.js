/** What a chart model is: the objects a chart renders, built from merged values. */
import { resolvePlain } from '../../source/index.js';
import { goText } from '../gotext.js';
import { isMap } from '../../util/paths.js';
/** Thrown by a chart model when a value it needs holds template code it cannot evaluate. */
export class UnknownValue extends Error {
}
/** `{{ … }}` forms `tpl` can evaluate here: `.Release.Name`, `.Release.Namespace`, `include/template "<helper>" .`. */
export function evaluateTpl(text, release, helpers) {
    if (!text.includes('{{'))
        return text;
    let failed = false;
    const out = text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_m, expr) => {
        const e = expr.trim();
        if (e === '.Release.Name')
            return release.name;
        if (e === '.Release.Namespace')
            return release.namespace;
        const inc = /^(?:include|template)\s+"([^"]+)"\s+(?:\.|\$)$/.exec(e);
        if (inc && helpers[inc[1]] !== undefined)
            return helpers[inc[1]];
        failed = true;
        return '';
    });
    return failed || out.includes('{{') ? undefined : out;
}
/** Helm's `trunc 63 | trimSuffix "-"`. */
export function dnsName(s) {
    const t = s.slice(0, 63);
    return t.endsWith('-') ? t.slice(0, -1) : t;
}
/** Helm's usual fullname helper: fullnameOverride, or the release name when it contains the chart name, or `<release>-<name>`. */
export function fullname(values, chartName, release) {
    const override = values.str('fullnameOverride');
    if (override)
        return dnsName(override);
    const name = values.str('nameOverride') || chartName;
    return dnsName(release.includes(name) ? release : `${release}-${name}`);
}
/**
 * A requested version read against the versions a model knows (sorted, newest last): exact
 * versions as they are (the model handles the deltas between versions), newer ones and
 * constraints as the newest known version they admit, with a note.
 */
export function resolveAgainst(requested, known, accepts, label) {
    const newest = known[known.length - 1];
    const fmt = (v) => `${v.major}.${v.minor}.${v.patch}`;
    const newer = (v) => `Chart ${label} ${v} is newer than any version srcip-lint models; it was read as ${fmt(newest)}.`;
    if (requested.kind === 'exact') {
        const v = requested.version;
        if (!accepts(v))
            return undefined;
        return cmp(v, newest) > 0 ? { version: newest, note: newer(fmt(v)) } : { version: v };
    }
    if (requested.kind === 'range') {
        const { min, max } = requested;
        const within = known.filter((k) => (!min || cmp(k, min) >= 0) && (!max || cmp(k, max) < 0));
        const pick = within[within.length - 1];
        const range = `${min ? `>= ${fmt(min)}` : ''}${min && max ? ', ' : ''}${max ? `< ${fmt(max)}` : ''}`;
        if (pick)
            return { version: pick, note: `The chart version is a constraint (${range}) resolved at install time; it was read as ${label} ${fmt(pick)}.` };
        if (min && cmp(min, newest) > 0)
            return accepts(min) ? { version: newest, note: newer(`${fmt(min)} or later`) } : undefined;
        if (min && accepts(min))
            return { version: min, note: `The chart version is a constraint (${range}); it was read as ${label} ${fmt(min)}.` };
        return undefined;
    }
    return { version: newest, note: `The chart version is not pinned to one version; it was read as ${label} ${fmt(newest)}.` };
}
function cmp(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/** A scalar written unquoted into a template: YAML reads its text again (`8080` → 8080, `true` → true). */
export function unquoted(text) {
    if (text === '')
        return undefined;
    return resolvePlain(text);
}
/** Evaluates `tpl` over every string of a `toYaml` subtree (affinity, topology spread, labels). */
export function tplTree(v, tpl) {
    if (typeof v === 'string')
        return tpl(v);
    if (Array.isArray(v))
        return v.map((x) => tplTree(x, tpl));
    if (isMap(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tplTree(x, tpl)]));
    return v;
}
/** Labels as a template writes them from a values map (`toYaml`): non-strings printed with `%v`. */
export function stringMap(m) {
    const out = {};
    for (const [k, val] of Object.entries(m))
        if (val !== null && val !== undefined)
            out[k] = typeof val === 'string' ? val : goText(val, 'file');
    return out;
}
