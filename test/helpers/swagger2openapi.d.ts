/** The one function the tests use from `swagger2openapi`, which ships no types. */
declare module 'swagger2openapi' {
  export function convertObj(swagger: unknown, options: { patch?: boolean; warnOnly?: boolean }): Promise<{ openapi: Record<string, unknown> }>;
}
