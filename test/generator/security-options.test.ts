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

  it("keep the generator's list of the client's own options in step with the runtime's CoreClientOptions", () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    const settings = project.addSourceFileAtPath('generator/runtime/settings.ts');
    const members = settings.getInterfaceOrThrow('CoreClientOptions').getProperties().map((p) => p.getName());
    expect([...CORE_OPTIONS].sort()).toEqual(members.sort());
  });
});
