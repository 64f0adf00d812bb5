/** Types shared by the per-software PROXY-protocol readers (see proxy-expectation.ts). */
import type { RelatedReport } from '../engine/types.js';
import type { Backend } from './backends.js';
import type { Model } from './model.js';
/**
 * What a backend's listener does with a PROXY protocol header:
 * - required: connections without the header fail (nginx `listen ... proxy_protocol`, Envoy's
 *   proxy_protocol listener filter, HAProxy `expect-proxy`);
 * - optional: it accepts connections with or without one (Traefik, Envoy Gateway `optional: true`);
 * - rejected: it does not parse one, so a header breaks the connection;
 * - unknown: its configuration is not in view, or the port reaches no listener we know.
 */
export type Expectation = 'required' | 'optional' | 'rejected' | 'unknown';
export interface PortExpectation {
    readonly expectation: Expectation;
    /** The backend's listener on that port, for messages (`http listener (port 80)`). */
    readonly listener: string;
    /** Why, in the backend's own terms (`use-proxy-protocol is not "true" in ConfigMap "x"`). */
    readonly detail: string;
    /** How to make the backend accept PROXY (for `rejected`) or stop requiring it (for `required`). */
    readonly fix: string;
    /** Where the backend's setting is (or would go). */
    readonly related?: RelatedReport;
    /** For `unknown`: the configuration the backend reads is not among the linted objects. */
    readonly notInView?: boolean;
}
/** Reads what `backend` expects on `containerPort`. Pure; returns UNKNOWN when it cannot tell. */
export type ExpectationReader = (model: Model, backend: Backend, containerPort: number) => PortExpectation;
export declare const UNKNOWN: PortExpectation;
/** Unknown because the file, ConfigMap or resource the backend reads is not in view. */
export declare const NOT_IN_VIEW: PortExpectation;
