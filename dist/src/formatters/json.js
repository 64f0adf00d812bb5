/**
 * JSON output, schema version 2:
 *   { version: 2, tool: {name, version}, results: [{file, findings: [Finding...]}], stats, notices }
 * Files without findings are not listed; suppressed findings carry `suppressed`.
 *
 * Version 2 (Helm charts): a finding in Helm output whose chart is on disk is listed under the
 * chart's template file, at the template line; `rendered` ({file, range, inRepository}) holds its
 * position in the rendered input, and `helm` ({source, mapped, reason?, chart?, via?, block?,
 * values?}) says how it was traced, or why not (`mapped: false`, `reason`). Related locations may
 * carry `documentIndex`, `path` and `rendered`, and include the values lines that set the keys.
 * Both are null for findings outside Helm output. Version 1 had neither field.
 *
 * `stats.releases` lists the chart releases read from values (HelmRelease, Argo CD Application,
 * umbrella chart, helmfile, bound values files): source, file and line of the chart, chart, version
 * as written and as read, release, namespace, the objects built, and notes on what could not be
 * known. Findings on built objects are listed under the values file that set the field.
 */
export const JSON_FORMAT_VERSION = 2;
const CHUNK_CHARS = 64 * 1024;
const RESULTS_KEY = '"results":[]';
/**
 * The JSON report in pieces: the same bytes as one `JSON.stringify` of the whole report plus
 * `'\n'`, with each finding's entry built and serialized only when its turn comes.
 */
export function* formatJsonChunks(findings, ctx) {
    const byFile = new Map();
    for (const f of findings) {
        let list = byFile.get(f.file);
        if (!list)
            byFile.set(f.file, (list = []));
        list.push(f);
    }
    const envelope = JSON.stringify({
        version: JSON_FORMAT_VERSION,
        tool: { name: 'srcip-lint', version: ctx.toolVersion },
        results: [],
        stats: ctx.stats,
        notices: ctx.notices,
    });
    // `results` follows `version` and `tool`, whose values cannot hold the key unescaped.
    const at = envelope.indexOf(RESULTS_KEY);
    let out = envelope.slice(0, at + RESULTS_KEY.length - 1);
    let first = true;
    for (const [file, list] of byFile) {
        // `{"file":…,"findings":[…]}`, one finding at a time.
        out += `${first ? '' : ','}{"file":${JSON.stringify(file)},"findings":[`;
        first = false;
        for (let i = 0; i < list.length; i++) {
            out += `${i > 0 ? ',' : ''}${JSON.stringify(entry(list[i]))}`;
            if (out.length >= CHUNK_CHARS) {
                yield out;
                out = '';
            }
        }
        out += ']}';
    }
    yield `${out}]${envelope.slice(at + RESULTS_KEY.length)}\n`;
}
function entry(f) {
    return {
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        summary: f.summary ?? f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        documentIndex: f.documentIndex,
        object: f.object ?? null,
        path: f.path,
        related: f.related,
        fingerprint: f.fingerprint,
        helmSource: f.helmSource ?? null,
        helm: f.helm ?? null,
        rendered: f.rendered ?? null,
        suppressed: f.suppressed ?? null,
    };
}
export const formatJson = (findings, ctx) => [...formatJsonChunks(findings, ctx)].join('');
