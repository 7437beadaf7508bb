/**
 * `src/environment.ts` and its browser twin `src/environment.browser.ts`: the environment variables the
 * client reads (`CLOUDFLARE_API_TOKEN` for `apiToken`), and what its missing-credentials error tells the
 * user to do. A browser has no environment: the browser build puts the twin in the place of the file, so a
 * browser bundle carries no variable names and its error says only which options to pass.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiIR } from '../ir/types.js';
import { describeAuthHelp } from './auth-help.js';
import { BASE_URL_KEY, LOG_LEVEL_KEY } from './client-file.js';
import { awsScheme, credentialAlternatives, credentialOptions } from './credential-options.js';
import { jsDoc } from './jsdoc.js';
import { codeJSON } from './literals.js';

export function environmentFile(api: ApiIR, browser: boolean): StatementStructures[] {
  const variables = browser ? {} : environmentVariables(api);
  const specs = credentialOptions(api).map((c) => c.spec);
  // The browser's help names no variable: its credentials are described without them.
  const credentials = browser ? specs.map(({ env: _env, ...spec }) => spec) : specs;
  return [
    constant(
      'environmentVariables',
      'Readonly<Record<string, string>>',
      codeJSON(variables, 2),
      browser ? 'None: a browser has no environment variables.' : 'The environment variable of each option that has one: read when the option is not given.',
    ),
    constant('authHelp', 'string', codeJSON(describeAuthHelp(credentials, credentialAlternatives(api))), 'What the error of a client built without credentials tells the user to do.'),
  ];
}

/** Option (or `baseURL`, `logLevel`) → the environment variable that gives its default. */
function environmentVariables(api: ApiIR): Record<string, string> {
  const entries: [string, string | undefined][] = [
    [BASE_URL_KEY, api.client.baseURLEnv],
    [LOG_LEVEL_KEY, api.client.logLevelEnv],
    ...credentialOptions(api).map((c): [string, string | undefined] => [c.option, c.env]),
    ...regionVariable(api),
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The region of an API whose requests are signed (SigV4): `AWS_REGION`. */
function regionVariable(api: ApiIR): [string, string | undefined][] {
  const region = awsScheme(api)?.aws.region;
  return region ? [[region.option, region.env]] : [];
}

function constant(name: string, type: string, initializer: string, doc: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: jsDoc([doc]),
    declarations: [{ name, type, initializer }],
  };
}
