// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** The browser build's `env.ts`: a browser has no environment variables. */
export function readEnv(_name: string | undefined): string | undefined {
  return undefined;
}
