/**
 * An operation whose 2XX responses differ (GitHub's `addCollaborator`: 201 with an invitation, 204 when
 * there is nothing to invite): the method's type covers every body the server may send, checked by tsc,
 * and each one arrives as typed from a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Reply } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

interface Client { invites: { invite(user: string): Promise<unknown> }; profiles: { getProfile(): Promise<unknown> } }
interface Module { default: new (options: object) => Client }

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const invitation = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'Team', version: '1.0.0' },
  servers: [{ url: 'https://team.example.com' }],
  paths: {
    '/invites/{user}': {
      put: {
        operationId: 'invite',
        tags: ['invites'],
        parameters: [{ name: 'user', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '201': { description: 'Invited.', ...json(invitation) },
          '202': { description: 'Queued: the invitations waiting.', ...json({ type: 'array', items: invitation }) },
          '204': { description: 'Already a member: nothing to invite.' },
          // The same body as the 201, written again: one branch, not two.
          '208': { description: 'Already invited.', ...json(invitation) },
        },
      },
    },
    // Only `default`: it describes every answer, the successful one included.
    '/profile': {
      get: {
        operationId: 'getProfile',
        tags: ['profiles'],
        responses: { default: { description: 'The profile.', ...json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }) } },
      },
    },
  },
};

let out: string;
let module: Module;
let server: ApiServer;
let reply: Reply;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'success-responses-'));
  server = await startApiServer(() => reply);
}, 60_000);

afterAll(() => server.close());

describe('a method whose 2XX responses differ', () => {
  it('is typed with every body: a union of the distinct ones, nullable for the one without a body', () => {
    const header = "import Team, { type InvitesInviteResponse } from './src/index.js';\ndeclare const client: Team;";
    const body = [
      'async function use() {',
      "  const response = await client.invites.invite('ada');",
      '  response.id;',
      '  if (response === null) return;',
      "  const each: Array<{ id: number }> = Array.isArray(response) ? response : [response];",
      '  const exact: InvitesInviteResponse = null;',
      '}',
    ];
    // Only reading `id` before narrowing fails: the response may be null (TS18047) or a list (TS2339).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS18047 line 3', 'TS2339 line 3']);
  });

  it('writes a body that two responses share as one branch', () => {
    const declared = /export type InvitesInviteResponse = ([^;]*);/.exec(readFileSync(join(out, 'src/resources/invites.ts'), 'utf8'))?.[1];
    expect(declared?.split('|').map((branch) => branch.trim()).filter((branch) => branch.startsWith('{'))).toHaveLength(1);
  });

  it('resolves to each body as the server sends it, and to null without one', async () => {
    const client = new module.default({ baseURL: server.url });
    reply = { status: 201, body: '{"id":1}' };
    await expect(client.invites.invite('ada')).resolves.toEqual({ id: 1 });
    reply = { status: 202, body: '[{"id":2}]' };
    await expect(client.invites.invite('ada')).resolves.toEqual([{ id: 2 }]);
    reply = { status: 204 };
    await expect(client.invites.invite('ada')).resolves.toBeNull();
  });
});

describe('a method whose spec declares only a default response', () => {
  it('is typed with its body', () => {
    const header = "import Team from './src/index.js';\ndeclare const client: Team;";
    const body = ['async function use() {', '  const name: string = (await client.profiles.getProfile()).name;', '  const wrong: number = (await client.profiles.getProfile()).name;', '}'];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 3']);
  });

  it('resolves to the body a 200 brings, and rejects with an APIError on a 404', async () => {
    const client = new module.default({ baseURL: server.url });
    reply = { status: 200, body: '{"name":"ada"}' };
    await expect(client.profiles.getProfile()).resolves.toEqual({ name: 'ada' });
    reply = { status: 404, body: '{"name":"missing"}' };
    await expect(client.profiles.getProfile()).rejects.toMatchObject({ status: 404 });
  });
});
