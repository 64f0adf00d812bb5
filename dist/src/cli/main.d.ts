/**
 * The command line: argv → exit code. Streams, environment and the working directory are
 * injected so tests run it in-process; `bin/srcip-lint.js` is a shim. The only module that
 * decides exit codes: 0 nothing at or above the fail level, 1 findings at or above it (or too
 * many warnings), 2 usage, configuration or I/O errors.
 */
import { type Notice } from '../formatters/index.js';
export interface CliIO {
    readonly stdout: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    readonly stderr: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    /**
     * Reads all of standard input (only called when a path is `-`). May stop once it holds more than
     * `maxBytes` bytes (the run then skips stdin as too large). Bytes are decoded as files are.
     */
    readonly readStdin: (maxBytes: number) => Promise<string | Uint8Array>;
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
}
export declare const HELP = "Usage: srcip-lint [options] [path | glob | -]...\n       srcip-lint explain RULE-ID\n\nFinds Kubernetes manifests that lose, break or let clients forge the client source IP.\nPaths are files, directories (searched for *.yaml, *.yml, *.json) and globs; - reads stdin.\nWith no path, the current directory is linted.\n\nOutput:\n  -f, --format NAME        stylish (default), compact, json, sarif, github\n  -o, --output-file FILE   write the report to FILE instead of stdout\n      --color, --no-color  force colours on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)\n      --quiet              report errors only\n\nConfiguration:\n  -c, --config FILE        use FILE instead of .srcip-lint.yaml found upward from here\n      --no-config          use no configuration file\n      --rule ID=LEVEL      set a rule's level: off, info, warning, error (repeatable)\n      --kube-version X.Y   target Kubernetes version (default $KUBE, the newest the rules know)\n      --namespace NS       namespace of objects without one (default: default)\n      --context PATH       load PATH (file, directory or glob) only so cross-object rules see it; a\n                           finding is reported only where it touches a linted file (repeatable)\n      --stdin-filename F   name standard input F in reports\n      --chart-dir DIR      a Helm chart, or a directory of charts, behind rendered input: findings are\n                           reported at the template line that wrote them (repeatable)\n      --values FILE        a values file the chart was rendered with, as given to helm (repeatable;\n                           the last one that sets a key wins): its lines become related locations\n      --max-file-size N    skip files larger than N bytes (suffixes K, M, G; default 64M)\n      --no-kustomize       build no kustomization (patches are still skipped; bases are linted alone)\n      --kustomize-root DIR the directory piped `kustomize build` output with origin annotations was\n                           built from (its origin paths are relative to it; default: here)\n      --no-gitignore       also walk into what .gitignore files ignore (config: gitignore: false)\n\nExit status:\n      --fail-on LEVEL      exit 1 when a finding is at LEVEL or above: error (default), warning, info\n      --max-warnings N     also exit 1 when there are more than N warnings\n\nInformation:\n      --list-rules         list the rules (with --format json: machine-readable)\n      --print-config       print the configuration in effect and exit\n      --debug              print stack traces and timings on stderr\n  -v, --version            print the version\n  -h, --help               print this help\n\nExit codes: 0 no findings at or above the fail level, 1 findings at or above it,\n2 usage, configuration or I/O error.\n";
export declare function main(argv: readonly string[], io: CliIO): Promise<number>;
export declare function sarifSizeNotices(bytes: number, report: () => Iterable<string>, maxGzipBytes?: number): Promise<Notice[]>;
