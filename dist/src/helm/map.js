/**
 * Rendered path → template line. The rendered document is the truth about what the template
 * wrote; the template's structure (`template.ts`) says which lines could have written it. At each
 * segment of the path the candidates are the container's literal keys of that name and its
 * outputs (toYaml, include, …) that could write any key; sequence items are aligned with the
 * template's items, in order, each item always written, optional (under `if`/`with`) or
 * repeated (under `range`). A segment is decided only when exactly one candidate can have
 * written it; otherwise the result says why, and the caller keeps the rendered location.
 */
import { resolvePlain } from '../source/index.js';
import { describePath, isMap } from '../util/paths.js';
export function mapPath(req) {
    const { template, root } = req;
    if (template.error)
        return fail(`the template cannot be read: ${template.error}`);
    const section = pickSection(template.sections, root);
    if (!section.ok)
        return section;
    // The part of the path that exists in the rendered document.
    let existing = 0;
    let cur = root;
    for (const seg of req.path) {
        const next = child(cur, seg);
        if (next === MISSING)
            break;
        cur = next;
        existing++;
    }
    const target = existing === 0 ? ['kind'] : req.path.slice(0, existing);
    const missing = existing < req.path.length;
    let container = { children: section.section.nodes, frames: section.section.frames };
    let value = root;
    // The keys of range elements the path went through (`name: {{ $name }}` in a range over
    // `.Values.ports` rendered `https`: the element is ports.https), by collection path.
    const keys = new Map();
    const hit = (node, via, values, block) => makeHit(node, target, via, values.map((r) => resolveKey(r, keys)), block);
    for (let i = 0; i < target.length; i++) {
        const seg = target[i];
        const next = child(value, seg);
        const picked = typeof seg === 'number' ? pickItem(container, value, seg, req.valuesAt) : pickKey(container, seg, next, req.valuesAt);
        if (!picked.ok)
            return fail(`${describePath(target.slice(0, i + 1))}: ${picked.reason}`);
        const node = picked.node;
        const rest = target.slice(i + 1);
        if (node.kind === 'output') {
            const out = node.output;
            const source = out?.source;
            // The output writes this segment and everything below it.
            const values = source ? [below(source, target.slice(i))] : [];
            return hit(node, 'block', values, out?.text);
        }
        if (node.kind === 'text')
            return fail(`line ${node.line} of the template could not be read as YAML`);
        learnKeys(node, seg, next, keys);
        if (rest.length === 0) {
            return hit(node, missing ? 'ancestor' : 'key', refsOf(node, seg, [], missing));
        }
        if (node.children.length === 0) {
            // The line writes the whole subtree from values (`key: {{ .Values.x | toJson }}`, a flow
            // collection) or a literal the rendered document does not have.
            if (node.value && node.value.kind !== 'literal' && node.value.kind !== 'block') {
                return hit(node, missing ? 'ancestor' : 'key', refsOf(node, seg, rest, missing));
            }
            return fail(`line ${node.line} of the template writes no ${describePath(target.slice(0, i + 2))}`);
        }
        container = { children: node.children, frames: node.frames };
        value = next;
    }
    return fail('empty path');
}
const MISSING = Symbol('missing');
function child(value, seg) {
    if (Array.isArray(value))
        return typeof seg === 'number' && seg >= 0 && seg < value.length ? value[seg] : MISSING;
    if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, String(seg))) {
        return value[String(seg)];
    }
    return MISSING;
}
function fail(reason) {
    return { ok: false, reason };
}
function makeHit(node, target, via, values, block) {
    const named = node.kind === 'item' || (node.kind === 'key' && node.key !== undefined);
    return { ok: true, hit: { line: node.line, col: node.col, endCol: node.endCol, via, values, named, target, ...(block !== undefined ? { block } : {}) } };
}
/** The values keys a key line reads; `rest` is the part of the path below the line. */
function refsOf(node, seg, rest, missing) {
    if (node.keyRange)
        return [{ path: [...node.keyRange, String(seg), ...(missing ? [] : rest)], ranged: false }];
    const refs = node.value && 'refs' in node.value ? node.value.refs : [];
    const output = node.children.find((c) => c.kind === 'output' && c.output?.source);
    if (refs.length === 0 && output?.output?.source)
        return [below(output.output.source, rest)];
    if (refs.length === 1)
        return [below(refs[0], rest)];
    return [...refs];
}
function below(ref, rest) {
    if (!ref.ranged)
        return { path: [...ref.path, ...rest], ranged: false };
    return { ...ref, tail: ref.tail ? [...ref.tail, ...rest] : null };
}
/** Which element of a ranged collection a node wrote: from `{{ $k }}:` keys and `name: {{ $k }}` fields. */
function learnKeys(node, seg, rendered, keys) {
    if (node.keyRange)
        keys.set(JSON.stringify(node.keyRange), String(seg));
    if (node.kind !== 'item' || !isMap(rendered))
        return;
    for (const c of node.children) {
        const over = c.kind === 'key' && c.key !== undefined && c.value?.kind === 'templated' ? c.value.rangeKeyOf : undefined;
        const v = over && c.key !== undefined ? rendered[c.key] : undefined;
        if (over && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
            keys.set(JSON.stringify(over), String(v));
    }
}
/** A ref into a range element whose key is now known: the exact values key. */
function resolveKey(ref, keys) {
    if (!ref.ranged || !ref.tail)
        return ref;
    const key = keys.get(JSON.stringify(ref.path));
    return key === undefined ? ref : { path: [...ref.path, key, ...ref.tail], ranged: false };
}
/** How often a node is written in its container: always, maybe, or once per range iteration. */
function multiplicity(node, container) {
    const outer = new Set(container.frames.map((f) => f.id));
    let m = 'one';
    for (const f of node.frames) {
        if (outer.has(f.id))
            continue;
        if (f.kind === 'range')
            return 'many';
        m = 'optional';
    }
    return m;
}
/** Nodes that can write any key or item: outputs, unreadable lines and keys made of actions. */
function isOpen(node) {
    return node.kind === 'output' || node.kind === 'text';
}
function pickKey(container, seg, rendered, valuesAt) {
    const literal = container.children.filter((n) => n.kind === 'key' && n.key === seg);
    const only = literal[0];
    if (literal.length === 1 && only && multiplicity(only, container) === 'one' && valueFits(only, rendered))
        return { ok: true, node: only };
    const fitting = literal.filter((n) => valueFits(n, rendered));
    const open = container.children.filter((n) => isOpen(n) || (n.kind === 'key' && n.keyPattern !== undefined && n.keyPattern.test(seg) && valueFits(n, rendered)));
    const candidates = [...fitting, ...open];
    if (candidates.length === 1)
        return { ok: true, node: candidates[0] };
    if (candidates.length === 0) {
        return fail(literal.length > 0
            ? `the template writes it only with other values (line ${literal.map((n) => n.line).join(', ')})`
            : 'no line of the template writes it (the chart on disk may differ from the one that rendered this)');
    }
    // The known values may say that all candidates but one write nothing here.
    if (valuesAt) {
        const possible = candidates.filter((n) => !writesNothing(n, container, valuesAt) && !lacksKey(n, seg, valuesAt));
        if (possible.length === 1)
            return { ok: true, node: possible[0] };
    }
    return fail(`it may be written by lines ${candidates.map((n) => n.line).join(' and ')} of the template; which one did cannot be told without running it`);
}
/** The known values say the node writes nothing: it sits in a `with`/`range` of empty values, or dumps empty values. */
function writesNothing(node, container, valuesAt) {
    const outer = new Set(container.frames.map((f) => f.id));
    for (const f of node.frames) {
        if (outer.has(f.id) || !f.over)
            continue;
        const a = valuesAt(f.over);
        if (a && (!a.set || !truthy(a.value)))
            return true;
    }
    const src = node.output?.source;
    if (node.kind === 'output' && src && !src.ranged) {
        const a = valuesAt(src.path);
        if (a && (!a.set || isEmpty(a.value)))
            return true;
    }
    return false;
}
/** The known values say the node cannot write key `seg`: it dumps or ranges over a map without it. */
function lacksKey(node, seg, valuesAt) {
    const src = node.kind === 'output' && node.output?.source && !node.output.source.ranged ? node.output.source.path : node.keyRange;
    if (!src)
        return false;
    const a = valuesAt(src);
    return a !== undefined && a.set && isMap(a.value) && !Object.prototype.hasOwnProperty.call(a.value, seg);
}
/** Go template truth: false, 0, nil and empty strings and collections are false. */
function truthy(v) {
    return !(v === false || v === 0 || isEmpty(v));
}
function isEmpty(v) {
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
}
/** Whether a literal value on a node's line agrees with the rendered value. */
function valueFits(node, rendered) {
    const v = node.value;
    if (!v)
        return true;
    const scalar = rendered === null || ['string', 'number', 'boolean'].includes(typeof rendered);
    if (v.kind === 'literal') {
        if (!scalar)
            return false;
        const lit = v.quoted ? v.text : resolvePlain(v.text);
        return lit === rendered || (typeof lit === 'number' && typeof rendered === 'number' && Number.isNaN(lit) && Number.isNaN(rendered));
    }
    if (v.kind === 'templated' && v.pattern && typeof rendered === 'string')
        return v.pattern.test(rendered);
    return true;
}
/**
 * The template element that wrote item `index` of a rendered sequence: every alignment of the
 * template's items (each written once, maybe, or repeatedly) with the rendered items must give
 * it the same element. When the template alone allows several, the known values may rule some out.
 */
function pickItem(container, sequence, index, valuesAt) {
    if (!Array.isArray(sequence))
        return fail('the rendered value is not a list');
    const elements = container.children.filter((n) => n.kind === 'item' || isOpen(n));
    if (elements.length === 0)
        return fail('the template writes no items here');
    const mult = elements.map((e) => (isOpen(e) ? 'many' : multiplicity(e, container)));
    const fits = elements.map((e) => sequence.map((item) => isOpen(e) || itemFits(e, item, undefined)));
    const plain = align(mult, fits, sequence.length, index);
    if (!plain)
        return fail("the rendered list does not match the template's items (the chart on disk may differ from the one that rendered this)");
    if (plain.size === 1)
        return { ok: true, node: elements[[...plain][0]] };
    if (valuesAt) {
        const known = elements.map((e, t) => {
            if (mult[t] !== 'one' && writesNothing(e, container, valuesAt))
                return sequence.map(() => false);
            return sequence.map((item) => isOpen(e) || itemFits(e, item, valuesAt));
        });
        const informed = align(mult, known, sequence.length, index);
        if (informed?.size === 1)
            return { ok: true, node: elements[[...informed][0]] };
    }
    const lines = [...plain].map((t) => elements[t].line);
    return fail(`it may be written by lines ${lines.join(' and ')} of the template; which one did cannot be told without running it`);
}
/**
 * The elements that can write rendered item `index` in some alignment of all `n` items, or
 * undefined when no alignment exists. `mult[t]` says how often element t writes an item;
 * `fits[t][r]` whether it can have written item r.
 */
function align(mult, fits, n, index) {
    const m = mult.length;
    const fw = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
    const bw = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
    fw[0][0] = true;
    for (let t = 0; t < m; t++) {
        for (let r = 0; r <= n; r++) {
            if (!fw[t]?.[r])
                continue;
            for (const r2 of spans(mult[t], fits[t], r, n))
                fw[t + 1][r2] = true;
        }
    }
    bw[m][n] = true;
    for (let t = m - 1; t >= 0; t--) {
        for (let r = 0; r <= n; r++) {
            if (spans(mult[t], fits[t], r, n).some((r2) => bw[t + 1]?.[r2]))
                bw[t][r] = true;
        }
    }
    if (!fw[m]?.[n])
        return undefined;
    const producers = new Set();
    for (let t = 0; t < m; t++) {
        for (let r = 0; r <= index; r++) {
            if (!fw[t]?.[r])
                continue;
            for (const r2 of spans(mult[t], fits[t], r, n)) {
                if (r2 > index && bw[t + 1]?.[r2])
                    producers.add(t);
            }
        }
    }
    return producers;
}
/** Ends `r2` of the rendered items an element with multiplicity `mult` can write from `r`. */
function spans(mult, fits, r, n) {
    const out = [];
    if (mult !== 'one')
        out.push(r);
    if (mult === 'many') {
        for (let k = r; k < n && fits[k]; k++)
            out.push(k + 1);
    }
    else if (r < n && fits[r]) {
        out.push(r + 1);
    }
    return out;
}
/**
 * Whether a template item can have written a rendered item. With known values, an item of a
 * range whose `name: {{ $key }}` names no key of the ranged values cannot have.
 */
function itemFits(item, rendered, valuesAt) {
    const keys = item.children.filter((c) => c.kind === 'key');
    const open = item.children.some((c) => isOpen(c) || (c.kind === 'key' && c.key === undefined));
    if (keys.length === 0 && !open && item.children.length === 0) {
        if (item.value?.kind === 'templated' && !item.value.pattern)
            return true;
        return valueFits(item, rendered);
    }
    if (item.value !== undefined)
        return valueFits(item, rendered);
    if (open && keys.length === 0)
        return true;
    if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered))
        return false;
    const obj = rendered;
    const container = { children: item.children, frames: item.frames };
    for (const k of keys) {
        if (k.key === undefined)
            continue;
        const has = Object.prototype.hasOwnProperty.call(obj, k.key);
        if (!has) {
            if (multiplicity(k, container) === 'one')
                return false;
            continue;
        }
        if (!valueFits(k, obj[k.key]))
            return false;
        const over = k.value?.kind === 'templated' ? k.value.rangeKeyOf : undefined;
        if (valuesAt && over && typeof obj[k.key] === 'string') {
            const a = valuesAt(over);
            if (a?.set && isMap(a.value) && !Object.prototype.hasOwnProperty.call(a.value, obj[k.key]))
                return false;
        }
    }
    if (!open) {
        const known = new Set(keys.map((k) => k.key));
        if (Object.keys(obj).some((k) => !known.has(k)))
            return false;
    }
    return true;
}
/** The template document that wrote an object: by its literal kind, apiVersion and name. */
function pickSection(sections, root) {
    const fitting = sections.filter((s) => sectionFits(s, root));
    if (fitting.length === 1)
        return { ok: true, section: fitting[0] };
    const kind = root?.kind;
    if (fitting.length === 0)
        return fail(`the template writes no ${String(kind)} (the chart on disk may differ from the one that rendered this)`);
    return fail(`the template writes ${fitting.length} documents that could be this ${String(kind)}`);
}
function sectionFits(section, root) {
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return false;
    const obj = root;
    const container = { children: section.nodes, frames: section.frames };
    for (const key of ['kind', 'apiVersion']) {
        const nodes = section.nodes.filter((n) => n.kind === 'key' && n.key === key);
        if (nodes.length > 0 && !nodes.some((n) => valueFits(n, obj[key])))
            return false;
    }
    const meta = section.nodes.find((n) => n.kind === 'key' && n.key === 'metadata' && multiplicity(n, container) === 'one');
    const name = meta?.children.filter((n) => n.kind === 'key' && n.key === 'name');
    const renderedName = obj['metadata']?.['name'];
    if (name && name.length > 0 && !name.some((n) => valueFits(n, renderedName)))
        return false;
    return true;
}
