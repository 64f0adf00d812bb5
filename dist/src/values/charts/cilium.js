/**
 * The cilium chart, 1.18–1.20 (cilium/charts `cilium-1.18.12.tgz`, `-1.19.6.tgz`, `-1.20.0.tgz`;
 * charts/FACTS.md §3): ConfigMap `cilium-config` with the keys the model reads for kube-proxy
 * replacement and DSR (templates/cilium-configmap.yaml, 1.20.0 lines in comments). Versions
 * 1.16–1.17 are read as 1.18 (same keys, with a note); older ones are not modelled.
 */
import { ObjectBuilder } from '../document.js';
import { dnsName, resolveAgainst, UnknownValue } from './model.js';
const KNOWN = [
    { major: 1, minor: 18, patch: 12 },
    { major: 1, minor: 19, patch: 6 },
    { major: 1, minor: 20, patch: 0 },
];
export const cilium = {
    name: 'cilium',
    matches: (chart) => chart === 'cilium',
    resolve: (requested) => {
        const r = resolveAgainst(requested, KNOWN, (ver) => ver.major === 1 && ver.minor >= 16, 'cilium');
        if (r && r.version.minor < 18) {
            const known = KNOWN[0];
            return { version: known, note: `Chart cilium 1.${r.version.minor} is read as 1.18.12, the oldest version srcip-lint models (same keys for what it reads).` };
        }
        return r;
    },
    defaults: () => ({
        namespaceOverride: '', // values.yaml:9
        bpf: { lbModeAnnotation: false }, // 701
        eni: { enabled: false }, // 1299-1301
        gke: { enabled: false }, // 1363-1365
        kubeProxyReplacement: 'false', // 2439
        kubeProxyReplacementHealthzBindAddr: '', // 2444
        loadBalancer: { acceleration: 'disabled', serviceTopology: false }, // 2551-2572 (mode, algorithm, dsrDispatch commented out)
        nodePort: { enableHealthCheck: true }, // 2602-2623
        tunnelProtocol: '', // 3179
        routingMode: '', // 3193
    }),
    build,
};
function build(ctx) {
    const values = ctx.values;
    const namespace = dnsName(values.str('namespaceOverride') || ctx.release.namespace);
    const b = new ObjectBuilder('v1', 'ConfigMap', 'cilium-config', namespace);
    const data = {};
    const put = (key, text, source) => {
        data[key] = text;
        b.from(['data', key], source);
    };
    // :73-80, :853: toString, nil → "", then coalesce with "false"; anything else fails the render.
    const kprRaw = values.get('kubeProxyReplacement');
    const kpr = kprRaw === undefined || kprRaw === null || values.text('kubeProxyReplacement') === '' ? 'false' : values.text('kubeProxyReplacement');
    if (kpr !== 'true' && kpr !== 'false') {
        throw new UnknownValue(`kubeProxyReplacement "${kpr}" fails the chart's render (it must be true or false; "strict", "partial" and "disabled" were removed)`);
    }
    put('kube-proxy-replacement', kpr, { values: ['kubeProxyReplacement'] });
    if (kpr === 'true')
        put('kube-proxy-replacement-healthz-bind-address', values.text('kubeProxyReplacementHealthzBindAddr'), { values: ['kubeProxyReplacementHealthzBindAddr'] });
    // 1.18 only (:795-797): enable-node-port when kube-proxy replacement is off.
    if (ctx.version.minor === 18 && kpr === 'false' && values.has('nodePort'))
        put('enable-node-port', values.text('nodePort.enabled'), { values: ['nodePort', 'enabled'] });
    const lb = values.map('loadBalancer');
    const lbKeys = [
        ['mode', 'bpf-lb-mode'], // :911-913
        ['algorithm', 'bpf-lb-algorithm'], // :914-916
        ['acceleration', 'bpf-lb-acceleration'], // :917-919
        ['dsrDispatch', 'bpf-lb-dsr-dispatch'], // :920-922
        ['serviceTopology', 'enable-service-topology'], // :923-925
    ];
    for (const [key, name] of lbKeys)
        if (Object.prototype.hasOwnProperty.call(lb, key))
            put(name, values.text(['loadBalancer', key]), { values: ['loadBalancer', key] });
    if (Object.prototype.hasOwnProperty.call(values.map('bpf'), 'lbModeAnnotation')) {
        put('bpf-lb-mode-annotation', values.text('bpf.lbModeAnnotation'), { values: ['bpf', 'lbModeAnnotation'] }); // :507-509
    }
    // :558-559
    const native = values.truthy('gke.enabled') || (ctx.version.minor >= 19 && values.truthy('eni.enabled'));
    put('routing-mode', values.str('routingMode') || (native ? 'native' : 'tunnel'), { values: ['routingMode'] });
    put('tunnel-protocol', values.str('tunnelProtocol') || 'vxlan', { values: ['tunnelProtocol'] });
    if (Object.prototype.hasOwnProperty.call(values.map('nodePort'), 'enableHealthCheck')) {
        put('enable-health-check-nodeport', values.text('nodePort.enableHealthCheck'), { values: ['nodePort', 'enableHealthCheck'] }); // :896-898
    }
    b.set(['data'], data, { values: ['loadBalancer'] });
    // Where DSR would be set, when it is not (ciliumForwarding relates `data.bpf-lb-mode`).
    if (data['bpf-lb-mode'] === undefined)
        b.from(['data', 'bpf-lb-mode'], { values: ['loadBalancer', 'mode'] });
    return [b];
}
