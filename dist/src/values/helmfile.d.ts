/**
 * helmfile (helmfile/helmfile `pkg/state/state.go`; charts/FACTS.md §6.3): `releases[]` with
 * `name`, `namespace`, `chart` (`repo/chart`, `oci://…`, or a local path), `version`, and values,
 * weakest first: `values[]` in order (a string is a file relative to the helmfile, a map is
 * inline values), then `set[]` (`--set`), then `setString[]` (`--set-string`). Files ending in
 * `.gotmpl` are templates and are not read; neither are `secrets`, `environments` and
 * `templates`/`inherit`.
 */
import type { ReadContext, RunFile } from './context.js';
import type { Release } from './document.js';
/** `helmfile.yaml`, `helmfile.yml`, `helmfile.prod.yaml`, and the files of a `helmfile.d/` directory. */
export declare function isHelmfile(display: string): boolean;
export declare function helmfileReleases(ctx: ReadContext, file: RunFile): Release[];
