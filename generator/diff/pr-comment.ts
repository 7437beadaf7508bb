/**
 * Posts the review as one pull-request comment, or updates the one it posted before (found by the hidden
 * marker at the top of the Markdown). Used by .github/workflows/spec-review.yml; runs locally too:
 *
 *   GITHUB_TOKEN=… GITHUB_REPOSITORY=owner/repo PR_NUMBER=12 npx tsx generator/diff/pr-comment.ts diff.md [diff.err]
 *
 * Without those variables it only prints what it would do. The decision is pure (`plan`); only `main`
 * reads the file and talks to the GitHub REST API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { codeBlock } from '../emit/package/markdown.js';
import { COMMENT_MARKER } from './render/markdown.js';

/** Enough for every located error of a broken spec, well inside GitHub's 65,536 characters a comment. */
const MAX_ERROR_CHARS = 20_000;

export interface Comment {
  readonly id: number;
  readonly body: string;
}

export type Action = { readonly kind: 'create'; readonly body: string } | { readonly kind: 'update'; readonly id: number; readonly body: string };

/**
 * The body to post and whether to create or update. When the review printed nothing, a placeholder with
 * what the command said on stderr (`errors`: a side that cannot be read, with the spec's located errors),
 * so the pull request's author sees why without opening the job's log.
 */
export function plan(markdown: string, existing: readonly Comment[], errors = ''): Action {
  const said = errors.trim() === '' ? 'its error is in the job log.' : `it said:\n\n${codeBlock('text', errors.slice(0, MAX_ERROR_CHARS))}`;
  const body = markdown.includes(COMMENT_MARKER) ? markdown : `${COMMENT_MARKER}\n### Spec review: could not run\n\nThe \`diff\` command printed no review; ${said}\n${markdown}`;
  const mine = existing.find((c) => c.body.includes(COMMENT_MARKER));
  return mine ? { kind: 'update', id: mine.id, body } : { kind: 'create', body };
}

/** GitHub's REST API: Actions sets `GITHUB_API_URL`, which on GitHub Enterprise Server is the server's own. */
function apiBase(env: NodeJS.ProcessEnv): string {
  return (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
}

async function github(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const response = await fetch(`${apiBase(process.env)}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`GitHub ${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Every comment of the pull request: a busy one has more than a page, and the review's may be on any. */
async function allComments(path: string, token: string): Promise<Comment[]> {
  const comments: Comment[] = [];
  for (let page = 1; ; page++) {
    const batch = (await github(`${path}?per_page=100&page=${page}`, token)) as Comment[];
    comments.push(...batch);
    if (batch.length < 100) return comments;
  }
}

async function main(file: string, errorsFile: string | undefined): Promise<void> {
  const markdown = readFileSync(file, 'utf8');
  const errors = errorsFile !== undefined && existsSync(errorsFile) ? readFileSync(errorsFile, 'utf8') : '';
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo, PR_NUMBER: pr } = process.env;
  if (!token || !repo || !pr) {
    const action = plan(markdown, [], errors);
    console.log(`dry run (set GITHUB_TOKEN, GITHUB_REPOSITORY and PR_NUMBER to post): would ${action.kind} a comment of ${action.body.length} characters`);
    return;
  }
  const comments = await allComments(`/repos/${repo}/issues/${pr}/comments`, token);
  const action = plan(markdown, comments, errors);
  if (action.kind === 'update') await github(`/repos/${repo}/issues/comments/${action.id}`, token, { method: 'PATCH', body: { body: action.body } });
  else await github(`/repos/${repo}/issues/${pr}/comments`, token, { method: 'POST', body: { body: action.body } });
  console.log(`${action.kind === 'update' ? 'updated' : 'created'} the spec review comment on ${repo}#${pr}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  main(process.argv[2] ?? 'diff.md', process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
