/** Text layout shared by the terminal formats. */
import type { Finding } from '../engine/types.js';
/** The first sentence of a finding's message, which stands alone; the message when it has none. */
export declare function summaryOf(f: Pick<Finding, 'message' | 'summary'>): string;
/** What a finding's message says after its first sentence ('' when nothing). */
export declare function detailOf(f: Pick<Finding, 'message' | 'summary'>): string;
/**
 * Words laid out in lines of at most `width` characters, the first line `firstWidth` (a longer
 * word stands alone on its line). Runs of white space collapse; the text's own line breaks are kept.
 */
export declare function wrap(text: string, width: number, firstWidth?: number): string[];
