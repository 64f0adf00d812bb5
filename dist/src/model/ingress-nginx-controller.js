/**
 * Facts about the ingress-nginx controllers that read a ConfigMap: which version they run (from the
 * image tag, or the version label the official manifests and the Helm chart put on the ConfigMap),
 * and what it therefore still reads.
 */
import { labelsOf } from '../k8s/labels.js';
import { imageOf } from '../k8s/pods.js';
import { asControllerConfigMap } from './ingress-nginx.js';
/** `v1.12.1`, `1.12.1-debian-12-r0`, `v1.13` → { 1, 12 }; undefined for `latest`, digests and the like. */
export function parseControllerVersion(text) {
    const m = /^v?(\d+)\.(\d+)(?:[.\-+].*)?$/.exec(text.trim());
    return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}
/** The version in an image tag (`registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:…` → 1.12). */
export function imageVersion(image) {
    const ref = image.split('@')[0] ?? '';
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    return colon > slash ? parseControllerVersion(ref.slice(colon + 1)) : undefined;
}
export function versionAtLeast(v, major, minor) {
    return v.major > major || (v.major === major && v.minor >= minor);
}
export function formatControllerVersion(v) {
    return `v${v.major}.${v.minor}`;
}
/**
 * The versions of the controllers that read this ConfigMap: from the image tags of the controllers
 * in view that name it with `--configmap`, else from the ConfigMap's `app.kubernetes.io/version`
 * label (set by the official manifests and the Helm chart, DOMAIN.md §2.4). Undefined when any
 * reader's version is unknown: callers then assume a current controller.
 */
export function readerVersions(model, cm) {
    const entry = asControllerConfigMap(model, cm);
    if (entry && entry.controllers.length > 0) {
        const out = [];
        for (const b of entry.controllers) {
            const v = imageVersion(imageOf(b.container.container));
            if (!v)
                return undefined;
            out.push(v);
        }
        return out;
    }
    const label = labelsOf(cm.raw['metadata'])['app.kubernetes.io/version'];
    const v = label === undefined ? undefined : parseControllerVersion(label);
    return v ? [v] : undefined;
}
