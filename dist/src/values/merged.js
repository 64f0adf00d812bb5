/**
 * A release's values: its layers merged as Helm merges them (chart defaults first, then each
 * user layer in order of precedence), with the layer that set each path.
 */
import { goText } from './gotext.js';
import { hasPath, isMap, valueAt } from '../util/paths.js';
import { mergeValues } from './layers.js';
export class MergedValues {
    layers;
    value;
    /** @param layers weakest first; the chart defaults are the first */
    constructor(layers) {
        this.layers = layers;
        let value = {};
        for (const l of layers)
            value = mergeValues(value, l.value);
        this.value = value;
    }
    /** The merged value at a path (maps merged across layers); undefined when unset. */
    get(path) {
        return valueAt(this.value, toPath(path));
    }
    has(path) {
        return hasPath(this.value, toPath(path));
    }
    /** The strongest layer that sets exactly this path in the merged values. */
    setter(path) {
        const p = toPath(path);
        if (!hasPath(this.value, p))
            return undefined;
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const l = this.layers[i];
            if (hasPath(l.value, p))
                return l;
        }
        return undefined;
    }
    /** How the numbers at this path are typed (the layer that set it). */
    typing(path) {
        return this.setter(path)?.typing ?? 'file';
    }
    /** Go's `%v` text of the value at a path ('' for unset, as `{{ .Values.x }}` of nil prints nothing useful). */
    text(path) {
        const v = this.get(path);
        return v === undefined || v === null ? '' : goText(v, this.typing(path));
    }
    /** Go template truthiness (`{{ if .Values.x }}`): false, 0, nil, "" and empty collections are false. */
    truthy(path) {
        return goTruthy(this.get(path));
    }
    str(path, fallback = '') {
        const v = this.get(path);
        return typeof v === 'string' ? v : v === undefined || v === null ? fallback : goText(v, this.typing(path));
    }
    map(path) {
        const v = this.get(path);
        return isMap(v) ? v : {};
    }
    list(path) {
        const v = this.get(path);
        return Array.isArray(v) ? v : [];
    }
}
export function goTruthy(v) {
    if (v === undefined || v === null || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (isMap(v))
        return Object.keys(v).length > 0;
    return true;
}
/** `controller.service.type` → path; a path is returned as given. */
export function toPath(p) {
    return typeof p === 'string' ? p.split('.') : p;
}
/** A path as users write values keys: `controller.config.use-forwarded-headers`, `ports.web`, `a[0].b`. */
export function describeValuesPath(p) {
    let out = '';
    for (const seg of p) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/[.[\]\s]/.test(seg))
            out += `${out ? '.' : ''}"${seg}"`;
        else
            out += `${out ? '.' : ''}${seg}`;
    }
    return out;
}
