/**
 * GitHub Actions workflow commands, which annotate files without code scanning:
 *   ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>: <summary>::<message>
 * The title (one line above the annotation) is the rule id and the message's first sentence; the
 * body is the whole message.
 */
import type { Formatter } from './types.js';
export declare const formatGithub: Formatter;
