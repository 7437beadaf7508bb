/**
 * `src/environment.ts` and its browser twin: the variable names the client reads, and the help its
 * missing-credentials error gives, with and without an environment to read.
 */
import { Project } from 'ts-morph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { environmentFile } from '../../generator/emit/environment-file.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const api = apiOf(
  minimalDoc({
    'x-sdk': { client: { name: 'Vault', baseURLEnv: 'VAULT_BASE_URL' } },
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', 'x-sdk-option': 'apiToken', 'x-sdk-env': 'VAULT_TOKEN' },
        key: { type: 'apiKey', in: 'header', name: 'X-Key', 'x-sdk-option': 'apiKey' },
      },
    },
    security: [{ token: [] }, { key: [] }],
  }),
);

/** The file's two constants, evaluated: the emitted statements printed, compiled and run. */
function evaluate(browser: boolean): { environmentVariables: Record<string, string>; authHelp: string } {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile('environment.ts', { statements: environmentFile(api, browser) });
  const js = ts.transpileModule(file.getFullText(), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  expect(file.getVariableDeclarations().map((d) => d.getName())).toEqual(['environmentVariables', 'authHelp']);
  return new Function(`${js.replace(/^export /gm, '')}; return { environmentVariables, authHelp };`)() as never;
}

describe('environment.ts', () => {
  it('names the variable of every setting and credential that has one', () => {
    expect(evaluate(false)).toEqual({
      environmentVariables: { baseURL: 'VAULT_BASE_URL', apiToken: 'VAULT_TOKEN' },
      authHelp: 'Pass apiToken (or set the environment variable VAULT_TOKEN); or pass apiKey',
    });
  });

  it('has a browser twin that names none, and whose help only says which options to pass', () => {
    expect(evaluate(true)).toEqual({ environmentVariables: {}, authHelp: 'Pass apiToken; or pass apiKey' });
  });
});
