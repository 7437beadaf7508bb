/** The `samples` command's line in the usage text, kept apart so the usage can be shown without loading the command. */
export const SAMPLES_USAGE = `  samples  [--spec spec/openapi.yaml] [--overlay FILE]... [--out FILE] [--lenient] [--all-warnings]   an OpenAPI Overlay adding each operation's TypeScript sample
           as x-codeSamples, for API docs (Redoc, Scalar, Mintlify, Bump); printed unless --out names a file`;
