// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** None: a browser has no environment variables. */
export const environmentVariables: Readonly<Record<string, string>> = {};
/** What the error of a client built without credentials tells the user to do. */
export const authHelp: string = 'Pass apiToken; or pass apiEmail and apiKey';
