/**
 * Path → source range over a parsed `yaml` document.
 *
 * Contract (documented once, used by every rule): a path that exists anchors on its pair —
 * the key plus the value when the value ends on the key's line, otherwise the key alone, so a
 * finding never spans a whole block. A sequence item anchors on its first line. A path that does
 * not exist (a *missing* field) anchors on its nearest existing ancestor; when that ancestor is the
 * object itself, on the object's `kind:` pair. Aliases are followed to their anchor.
 */
import { keyString } from './fast-parse.js';
import { isAlias, isMap, isPair, isScalar, isSeq, resolveAlias } from './yaml-lib.js';
import { scalarValue } from './yaml-parse.js';
export function locateInDocument(doc, text, path, rootDepth) {
    let node = doc.contents;
    let lastPair;
    let root = rootDepth === 0 ? node : undefined;
    let depth = 0;
    for (const seg of path) {
        const n = deref(doc, node);
        let next;
        let pair;
        if (isMap(n)) {
            pair = pairOf(doc, n, String(seg));
            if (!pair)
                break;
            next = pair.value;
        }
        else if (isSeq(n) && typeof seg === 'number') {
            next = n.items[seg];
            if (next === undefined)
                break;
        }
        else {
            break;
        }
        lastPair = pair;
        node = next;
        depth++;
        if (depth === rootDepth)
            root = node;
    }
    if (depth <= rootDepth) {
        const r = deref(doc, root);
        if (isMap(r)) {
            const kind = pairOf(doc, r, 'kind');
            if (kind)
                return pairSpan(kind, text);
        }
        return nodeSpan(r, text) ?? [0, 0];
    }
    if (lastPair)
        return pairSpan(lastPair, text);
    return nodeSpan(node, text) ?? [0, 0];
}
/** The value range of the node at exactly `path` (no ancestor fallback), or undefined. */
export function exactSpan(doc, path) {
    let node = doc.contents;
    for (const seg of path) {
        const n = deref(doc, node);
        if (isMap(n)) {
            const pair = pairOf(doc, n, String(seg));
            if (!pair)
                return undefined;
            node = pair.value;
        }
        else if (isSeq(n) && typeof seg === 'number') {
            node = n.items[seg];
            if (node === undefined)
                return undefined;
        }
        else {
            return undefined;
        }
    }
    return rangeOf(deref(doc, node));
}
const keyIndexes = new WeakMap();
/**
 * The first pair of a mapping with this key (as Kubernetes tooling reads keys). The keys of a
 * mapping are indexed on first use: findings in a mapping of thousands of keys would otherwise
 * scan it once each.
 */
function pairOf(doc, map, key) {
    let index = keyIndexes.get(map);
    if (!index) {
        index = new Map();
        for (const p of map.items) {
            if (!isPair(p))
                continue;
            const k = keyOf(doc, p.key);
            if (!index.has(k))
                index.set(k, p);
        }
        keyIndexes.set(map, index);
    }
    return index.get(key);
}
function deref(doc, node) {
    let n = node;
    for (let i = 0; i < 20 && isAlias(n); i++)
        n = resolveAlias(doc, n);
    return n;
}
function keyOf(doc, key) {
    const k = deref(doc, key);
    if (isScalar(k)) {
        const v = scalarValue(k);
        if (v === null)
            return 'null';
        return keyString(v) ?? 'null';
    }
    return '\0complex';
}
function rangeOf(node) {
    const r = node?.range;
    return r ? [r[0], r[1]] : undefined;
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    let e = nl < 0 ? text.length : nl;
    if (e > offset && text.charCodeAt(e - 1) === 13)
        e--;
    return e;
}
function pairSpan(pair, text) {
    const key = rangeOf(pair.key);
    if (!key)
        return nodeSpan(pair.value, text) ?? [0, 0];
    const value = rangeOf(pair.value);
    const eol = lineEnd(text, key[0]);
    if (value && value[1] <= eol && value[1] > key[1] && !isCollectionSpanningLines(pair.value, text))
        return [key[0], value[1]];
    return [key[0], key[1]];
}
function isCollectionSpanningLines(node, text) {
    const r = rangeOf(node);
    if (!r)
        return false;
    return text.slice(r[0], r[1]).includes('\n');
}
/** The first line of a node: a scalar or one-line collection whole, a block map its first pair. */
function nodeSpan(node, text) {
    if (isMap(node) && node.items.length > 0 && !node.flow) {
        const first = node.items[0];
        if (isPair(first))
            return pairSpan(first, text);
    }
    const r = rangeOf(node);
    if (!r)
        return undefined;
    const eol = lineEnd(text, r[0]);
    if (r[1] <= eol)
        return [r[0], Math.max(r[1], r[0])];
    let e = eol;
    while (e > r[0] && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9))
        e--;
    return [r[0], e];
}
