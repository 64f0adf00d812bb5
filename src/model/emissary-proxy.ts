/** Stub: PROXY-protocol expectation of this backend (being written). */

import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation, UNKNOWN } from './proxy-types.js';

export function emissaryExpectation(_model: Model, _backend: Backend, _port: number): PortExpectation {
  return UNKNOWN;
}
