/** The pull-request comment: one per pull request, found again by its marker. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { plan } from '../../generator/diff/pr-comment.js';
import { COMMENT_MARKER } from '../../generator/diff/render/markdown.js';

const review = `${COMMENT_MARKER}\n### Spec review: Not breaking`;

describe('review comment', () => {
  it.each([
    { name: 'creates one when there is none', existing: [{ id: 1, body: 'LGTM' }], want: { kind: 'create', body: review } },
    { name: 'updates its own', existing: [{ id: 1, body: 'LGTM' }, { id: 7, body: `${COMMENT_MARKER}\nold` }], want: { kind: 'update', id: 7, body: review } },
  ])('$name', ({ existing, want }) => expect(plan(review, existing)).toEqual(want));

  it('posts a placeholder with the marker when the review printed nothing', () => {
    const action = plan('', []);
    expect(action.body.split('\n').slice(0, 2)).toEqual([COMMENT_MARKER, '### Spec review: could not run']);
    expect(action.body).toContain('its error is in the job log.');
  });

  it("shows what the command said when it printed no review, fenced so the spec's text stays text", () => {
    const errors = 'diff: the revision (spec/openapi.yaml) cannot be read:\n  spec/openapi.yaml:3:1 error [yaml-syntax] #: ```<b>\n';
    const body = plan('', [], errors).body;
    expect(body).toBe(`${COMMENT_MARKER}\n### Spec review: could not run\n\nThe \`diff\` command printed no review; it said:\n\n\`\`\`\`text\n${errors.trimEnd()}\n\`\`\`\`\n`);
  });
});

describe('posting, against a loopback GitHub API', () => {
  it('without a token, says what it would post: the placeholder with the errors, when the review printed nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-comment-'));
    const errors = 'diff: the revision (spec/openapi.yaml) cannot be read:\n';
    writeFileSync(join(dir, 'diff.md'), '');
    writeFileSync(join(dir, 'diff.err'), errors);
    const env = { ...process.env, GITHUB_TOKEN: '' };
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/diff/pr-comment.ts'), join(dir, 'diff.md'), join(dir, 'diff.err')], { env });
    expect(stdout).toBe(`dry run (set GITHUB_TOKEN, GITHUB_REPOSITORY and PR_NUMBER to post): would create a comment of ${plan('', [], errors).body.length} characters\n`);
  });


  it('finds its comment on a later page and updates it, at the API that GITHUB_API_URL names', async () => {
    const requests: string[] = [];
    let patched: unknown;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
        const page = new URL(req.url!, 'http://x').searchParams.get('page');
        const reply = req.method === 'PATCH' ? ((patched = JSON.parse(body)), {}) : page === '1' ? Array.from({ length: 100 }, (_, i) => ({ id: i + 1, body: 'LGTM' })) : [{ id: 777, body: `${COMMENT_MARKER}\nold` }];
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pr-comment-'));
      writeFileSync(join(dir, 'diff.md'), review);
      const env = { ...process.env, GITHUB_TOKEN: 't0k', GITHUB_REPOSITORY: 'o/r', PR_NUMBER: '5', GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
      const { stdout } = await promisify(execFile)(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/diff/pr-comment.ts'), join(dir, 'diff.md')], { env });
      expect(stdout).toBe('updated the spec review comment on o/r#5\n');
      expect(requests).toEqual([
        'GET /repos/o/r/issues/5/comments?per_page=100&page=1 Bearer t0k',
        'GET /repos/o/r/issues/5/comments?per_page=100&page=2 Bearer t0k',
        'PATCH /repos/o/r/issues/comments/777 Bearer t0k',
      ]);
      expect(patched).toEqual({ body: review });
    } finally {
      server.close();
    }
  });
});
