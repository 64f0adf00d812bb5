/**
 * The `yaml` package, loaded on first use. Most runs never need it: the fast parser reads the
 * documents and finds the positions of findings; `yaml` only reads what the fast parser declines
 * (and YAML embedded in ConfigMaps). Keeping it out of the startup path matters for pre-commit runs
 * on a few files. The rest of src/source imports the `yaml` API from here.
 */
import type * as Yaml from 'yaml';
/**
 * The package as scripts/bundle.mjs bundles it into one file (dist/yaml.cjs: one file to compile
 * instead of ~80 modules to resolve and compile), or from node_modules in a checkout without it.
 */
export declare function yamlLib(): typeof Yaml;
type ParseOptions = Parameters<typeof Yaml.parseAllDocuments>[1];
type Documents = ReturnType<typeof Yaml.parseAllDocuments>;
/**
 * `parseAllDocuments` with a lexer that lets two constructs span lines the way go-yaml does
 * (kubectl and Helm read YAML with sigs.k8s.io/yaml's go-yaml v2, kustomize with go-yaml v3; both
 * keep libyaml's scanner): a quoted scalar whose continuation lines are indented less than its
 * key (the YAML spec, and the `yaml` package, end the scalar there and report the rest as
 * errors), and a flow collection (`[a,\nb]`) whose lines are indented less than its key. libyaml
 * checks neither (`yaml_parser_scan_flow_scalar` and the flow context skip the indentation
 * check); only a document marker (`---`, `...`) at the start of a line ends them. Everything else
 * is the `yaml` package's own parser, so offsets and nodes are exact.
 */
export declare function parseAllDocumentsGo(source: string, options: ParseOptions): Documents;
export declare const isAlias: (n: unknown) => n is Yaml.Alias;
export declare const isMap: (n: unknown) => n is Yaml.YAMLMap;
export declare const isPair: (n: unknown) => n is Yaml.Pair;
export declare const isScalar: (n: unknown) => n is Yaml.Scalar;
export declare const isSeq: (n: unknown) => n is Yaml.YAMLSeq;
/**
 * The node an alias stands for: the last node with its anchor before it, in document order (the
 * rule of yaml's `Alias.resolve`). `Alias.resolve` walks the whole document for each alias, which
 * is quadratic in a document of many aliases; here one walk per document finds every target.
 */
export declare function resolveAlias(doc: Yaml.Document, alias: Yaml.Alias): Yaml.Node | undefined;
export {};
