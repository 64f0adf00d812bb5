/** Types shared by the per-software PROXY-protocol readers (see proxy-expectation.ts). */
export const UNKNOWN = { expectation: 'unknown', listener: '', detail: '', fix: '' };
