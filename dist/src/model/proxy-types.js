/** Types shared by the per-software PROXY-protocol readers (see proxy-expectation.ts). */
export const UNKNOWN = { expectation: 'unknown', listener: '', detail: '', fix: '' };
/** Unknown because the file, ConfigMap or resource the backend reads is not in view. */
export const NOT_IN_VIEW = { ...UNKNOWN, notInView: true };
