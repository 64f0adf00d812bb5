/** Workloads that do not run a pod on every node, as the node-local traffic-policy rules describe them. */
/** A related location on a workload that is not a DaemonSet. */
export function notDaemonSet(workload) {
    const where = workload.kind === 'Pod' ? 'it runs on one node only' : 'its pods run on some nodes only';
    return { object: workload, path: ['kind'], message: `${workload.kind} "${workload.name}" is not a DaemonSet: ${where}` };
}
/** `Deployment "web" (3 replicas)`, `Deployment "a" (1 replica) and Pod "b"`. */
export function describeWorkloads(workloads, model) {
    const names = workloads.map((w) => {
        const r = model.replicas(w);
        const count = r ? ` (${r.source === 'autoscaler' ? 'up to ' : ''}${r.max} replica${r.max === 1 ? '' : 's'})` : '';
        return `${w.kind} "${w.name}"${count}`;
    });
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
export function byKindAndName(a, b) {
    return a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind < b.kind ? -1 : 1;
}
