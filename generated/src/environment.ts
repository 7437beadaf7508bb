// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** The environment variable of each option that has one: read when the option is not given. */
export const environmentVariables: Readonly<Record<string, string>> = {
  baseURL: 'CLOUDFLARE_BASE_URL',
  logLevel: 'CLOUDFLARE_LOG',
  apiEmail: 'CLOUDFLARE_EMAIL',
  apiKey: 'CLOUDFLARE_API_KEY',
  apiToken: 'CLOUDFLARE_API_TOKEN',
};
/** What the error of a client built without credentials tells the user to do. */
export const authHelp: string =
  'Pass apiToken (or set the environment variable CLOUDFLARE_API_TOKEN); or pass apiEmail and apiKey (or set the environment variables CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)';
