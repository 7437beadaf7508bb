/** Credential options: one per security scheme, never two alike, never one the client already has. */
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { CORE_OPTIONS } from '../../generator/parse/security.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const build = (securitySchemes: Record<string, unknown>) => buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ components: { securitySchemes } })) }));

describe('credential options', () => {
  it('are told apart when keys camelCase alike or take a client option', () => {
    const { api, warnings } = build({
      BearerAuth: { type: 'http', scheme: 'bearer' },
      bearerAuth: { type: 'http', scheme: 'bearer' },
      timeout: { type: 'apiKey', in: 'header', name: 'X-Timeout-Key' },
      '2fa': { type: 'apiKey', in: 'header', name: 'X-2FA' },
      session: { type: 'apiKey', in: 'cookie', name: 's', 'x-sdk-option': 'logger' },
    });
    expect(api.securitySchemes.map((s) => [s.key, s.option])).toEqual([
      ['2fa', '_2fa'],
      ['BearerAuth', 'bearerAuth'],
      ['bearerAuth', 'bearerAuth2'],
      ['session', 'loggerCredential'],
      ['timeout', 'timeoutCredential'],
    ]);
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([['sdk-option-taken', '/components/securitySchemes/session/x-sdk-option']]);
  });

  it('steer clear of environment and of the names every object inherits', () => {
    const { api, warnings } = build({
      constructor: { type: 'http', scheme: 'bearer' },
      environment: { type: 'apiKey', in: 'query', name: 'env' },
      toString: { type: 'apiKey', in: 'header', name: 'X-S' },
      // Computed: `__proto__: x` would set the literal's prototype.
      ['__proto__']: { type: 'apiKey', in: 'header', name: 'X-K' },
      key: { type: 'apiKey', in: 'header', name: 'X-Key', 'x-sdk-option': 'environment' },
    });
    expect(api.securitySchemes.map((s) => [s.key, s.option])).toEqual([
      ['__proto__', 'proto'],
      ['constructor', 'constructorCredential'],
      ['environment', 'environmentCredential'],
      ['key', 'environmentCredential2'],
      ['toString', 'toStringCredential'],
    ]);
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([['sdk-option-taken', '/components/securitySchemes/key/x-sdk-option']]);
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('refuse a declared option named %s, located', (option) => {
    expect(() => build({ bearer: { type: 'http', scheme: 'bearer', 'x-sdk-option': option } })).toThrow(
      expect.objectContaining({
        diagnostics: [
          expect.objectContaining({
            code: 'sdk-option-inherited',
            message: `the option "${option}" is a name every JavaScript object inherits (from Object.prototype): a client given no such option would read the inherited member as the credential; choose another name`,
            location: expect.objectContaining({ pointer: '/components/securitySchemes/bearer/x-sdk-option', line: expect.any(Number) }),
          }),
        ],
      }),
    );
  });

  it("keep the generator's list of the client's own options in step with the runtime's CoreClientOptions", () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    const settings = project.addSourceFileAtPath('generator/runtime/settings.ts');
    const members = settings.getInterfaceOrThrow('CoreClientOptions').getProperties().map((p) => p.getName());
    expect([...CORE_OPTIONS].sort()).toEqual(members.sort());
  });
});
