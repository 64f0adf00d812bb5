/**
 * GitHub Actions workflow commands, which annotate files without code scanning:
 *   ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>
 */
import type { Formatter } from './types.js';
export declare const formatGithub: Formatter;
