import { defineRule } from '../src/engine/rule.js';
import { asControllerConfigMap, configData } from '../src/model/ingress-nginx.js';
import { INGRESS_NGINX_BOOL_DEFAULTS } from '../src/model/ingress-nginx-keys.js';
import { parseGoBool } from '../src/model/providers.js';
const TRUE_WORDS = new Set(['yes', 'y', 'on', 'enable', 'enabled', 'true']);
const FALSE_WORDS = new Set(['no', 'n', 'off', 'disable', 'disabled', 'none', 'false']);
/** What staying at `false` instead of `true` does to the client address, for the keys that decide it. */
const LOST_IF_FALSE = {
    'use-forwarded-headers': 'the controller ignores the X-Forwarded-For of the proxy in front and logs, rate-limits and allow-lists the proxy\'s address as the client',
    'enable-real-ip': 'the controller does not read forwarded-for-header and takes the proxy in front for the client',
    'use-proxy-protocol': 'the controller does not expect PROXY protocol, and every connection fails if the load balancer sends it',
    'compute-full-forwarded-for': 'the controller replaces X-Forwarded-For instead of appending to it',
};
export default defineRule({
    meta: {
        id: 'ingress-nginx-invalid-bool',
        description: 'Report boolean keys in an ingress-nginx controller ConfigMap whose value the controller cannot parse, such as "yes", "on" or "enabled".',
        rationale: 'ingress-nginx reads its boolean settings with Go\'s strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True and their false counterparts. Any other value ("yes", "on", "enabled", " true") is rejected with nothing but a log line, and the setting keeps its default; an empty value reads as false. A use-forwarded-headers: "yes" or use-proxy-protocol: "on" therefore leaves the controller reading the wrong client address, or refusing the load balancer\'s PROXY protocol connections.',
        remediation: 'Write "true" or "false".',
        category: 'client-ip',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['ConfigMap'],
        messages: {
            invalid: 'ConfigMap "{{configMap}}" sets {{key}}: "{{value}}", which ingress-nginx cannot read as a boolean. It parses booleans with Go\'s strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False, so it logs an error and keeps the default, {{default}}{{effect}}. Write {{fix}}.',
            empty: 'ConfigMap "{{configMap}}" sets {{key}}: "", which ingress-nginx reads as false, not as the default, "true". The controller turns an empty value into false, so the setting is off. Write "true" or "false", or remove the key to keep the default.',
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        if (object.kind !== 'ConfigMap' || !asControllerConfigMap(model, object))
            return;
        for (const [key, raw] of Object.entries(configData(object))) {
            const def = INGRESS_NGINX_BOOL_DEFAULTS[key];
            // Non-strings are the API server's problem first (non-string-map-value).
            if (def === undefined || typeof raw !== 'string' || parseGoBool(raw) !== undefined)
                continue;
            const report = judge(object.name, key, raw, def);
            if (report)
                yield report;
        }
    },
});
function judge(configMap, key, value, def) {
    const path = ['data', key];
    if (value === '') {
        // mapstructure's weak decoding reads "" as false; only a default of true changes.
        if (def !== true)
            return undefined;
        return { messageId: 'empty', path, data: { configMap, key } };
    }
    const word = value.trim().toLowerCase();
    const meant = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
    const fix = meant === undefined ? '"true" or "false"' : `"${String(meant)}"`;
    let effect = '';
    if (meant !== undefined && meant === def)
        effect = ` (which "${value}" means too, so only the error log shows the mistake)`;
    else if (meant !== undefined)
        effect = effectOf(key, meant, def);
    return { messageId: 'invalid', path, data: { configMap, key, value, default: formatDefault(def), effect, fix } };
}
/** What keeping the default instead of `meant` (which differs from it) does. */
function effectOf(key, meant, def) {
    if (def === 'no-ipv6')
        return '';
    const lost = LOST_IF_FALSE[key];
    if (meant && lost)
        return `: ${lost}`;
    return `: ${key} stays ${String(def)} where "${String(meant)}" was meant`;
}
function formatDefault(def) {
    return def === 'no-ipv6' ? '"true" when the node has no IPv6, else "false"' : `"${String(def)}"`;
}
