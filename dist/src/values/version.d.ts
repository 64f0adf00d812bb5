/**
 * Chart versions as GitOps sources write them: exact (`4.12.0`, `v4.12.0`), or constraints
 * (`4.x`, `~4.12`, `^4.12.0`, `>=4.0.0 <5.0.0`, `*`) that Flux, Argo CD and helmfile resolve
 * against the chart repository at install time. srcip-lint has no repository: a constraint is read
 * as the newest modelled version it admits, and says so.
 */
export interface ChartVersion {
    readonly major: number;
    readonly minor: number;
    readonly patch: number;
}
export declare function parseExact(text: string): ChartVersion | undefined;
export declare function compareVersions(a: ChartVersion, b: ChartVersion): number;
export declare function formatVersion(v: ChartVersion): string;
export type Requested = 
/** An exact version. */
{
    readonly kind: 'exact';
    readonly version: ChartVersion;
}
/** A constraint: the versions from `min` (inclusive) to `max` (exclusive), either open. */
 | {
    readonly kind: 'range';
    readonly min: ChartVersion | undefined;
    readonly max: ChartVersion | undefined;
}
/** No version, `*`, `latest`: whatever the repository has. */
 | {
    readonly kind: 'any';
};
/** What a version text asks for (Helm/Masterminds semver constraints, as Flux, Argo CD and helmfile write them). */
export declare function parseRequested(text: string | undefined): Requested;
