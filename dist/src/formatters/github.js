/**
 * GitHub Actions workflow commands, which annotate files without code scanning:
 *   ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>: <summary>::<message>
 * The title (one line above the annotation) is the rule id and the message's first sentence; the
 * body is the whole message.
 */
import { summaryOf } from './text.js';
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
export const formatGithub = (findings) => findings
    .filter((f) => !f.suppressed)
    .map((f) => {
    const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`${f.ruleId}: ${summaryOf(f)}`)}`,
    ].join(',');
    return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
})
    .join('');
