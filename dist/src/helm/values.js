/**
 * Where a `.Values` key is set, as Helm merges values: the `--values` files in the order given
 * (the last one that sets a key wins), then the chart's values.yaml. A subchart's template reads
 * `.Values.x` from `<sub>.x` in the parent's files and from its own values.yaml last; `global.*`
 * is shared by all. Files are parsed through the source layer, once per run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readYamlFile } from '../source/index.js';
import { describePath } from '../util/paths.js';
export class ValuesFiles {
    user;
    display;
    files = new Map();
    chains = new Map();
    /**
     * @param user the `--values` files, absolute, in the order given
     * @param display how a file is named in reports; undefined for a file outside the working
     *   directory (it is read, but no location points into it)
     */
    constructor(user, display) {
        this.user = user;
        this.display = display;
    }
    /** The values a template of the last chart of `chain` reads. */
    chain(chain) {
        const key = chain.map((c) => c.dir).join('\u0000');
        let cached = this.chains.get(key);
        if (cached)
            return cached;
        // Strongest first: the --values files, last given first; then the charts' values.yaml from
        // the root down (a parent's values override its subchart's).
        const names = chain.slice(1).map((c) => c.name);
        const layers = [...this.user].reverse().map((f) => ({ file: this.file(f), prefix: names }));
        chain.forEach((c, i) => {
            const own = path.join(c.dir, 'values.yaml');
            if (fs.existsSync(own))
                layers.push({ file: this.file(own), prefix: names.slice(i) });
        });
        cached = new ValuesChain(layers);
        this.chains.set(key, cached);
        return cached;
    }
    file(abs) {
        let f = this.files.get(abs);
        if (!f) {
            let view;
            try {
                view = readYamlFile(fs.readFileSync(abs, 'utf8'));
            }
            catch {
                view = undefined;
            }
            const shown = this.display(abs);
            f = { display: shown ?? '', view: view && shown === undefined ? hiddenView(view) : view };
            this.files.set(abs, f);
        }
        return f;
    }
}
/** A file outside the working directory: it counts for what is set, never as a location. */
function hiddenView(view) {
    return { value: view.value, error: view.error, has: (p) => view.has(p), locate: () => undefined, sourceText: () => undefined };
}
export class ValuesChain {
    layers;
    /** @param layers strongest first */
    constructor(layers) {
        this.layers = layers;
    }
    /** The strongest file that sets `p`, and where. */
    where(p) {
        for (const l of this.layers) {
            const full = this.full(l, p);
            if (!l.file.view?.has(full))
                continue;
            const range = l.file.view.locate(full);
            if (!range || l.file.display === '')
                return undefined;
            return { key: describePath(full), file: l.file.display, range };
        }
        return undefined;
    }
    /**
     * The value Helm's merge gives `p`: maps are merged key by key across the files, anything
     * else comes from the strongest file that sets it. `{ set: false }` when no file sets it;
     * undefined when a file could not be read.
     */
    at(p) {
        let found = [];
        for (const l of this.layers) {
            if (!l.file.view || l.file.view.error !== undefined)
                return undefined;
            const full = this.full(l, p);
            if (!l.file.view.has(full))
                continue;
            found.push(dig(l.file.view.value, full));
        }
        if (found.length === 0)
            return { set: false };
        if (!isPlainMap(found[0]))
            return { set: true, value: found[0] };
        found = found.filter(isPlainMap);
        const merged = {};
        for (const v of [...found].reverse())
            Object.assign(merged, v);
        return { set: true, value: merged };
    }
    full(l, p) {
        return p[0] === 'global' ? p : [...l.prefix, ...p];
    }
}
function isPlainMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function dig(v, p) {
    let cur = v;
    for (const seg of p) {
        if (Array.isArray(cur) && typeof seg === 'number')
            cur = cur[seg];
        else if (isPlainMap(cur))
            cur = cur[String(seg)];
        else
            return undefined;
    }
    return cur;
}
