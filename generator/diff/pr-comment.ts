/**
 * Posts the review as one pull-request comment, or updates the one it posted before (found by the hidden
 * marker at the top of the Markdown). Used by .github/workflows/spec-review.yml; runs locally too:
 *
 *   GITHUB_TOKEN=… GITHUB_REPOSITORY=owner/repo PR_NUMBER=12 npx tsx generator/diff/pr-comment.ts diff.md
 *
 * Without those variables it only prints what it would do. The decision is pure (`plan`); only `main`
 * reads the file and talks to the GitHub REST API.
 */
import { readFileSync } from 'node:fs';
import { COMMENT_MARKER } from './render/markdown.js';

export interface Comment {
  readonly id: number;
  readonly body: string;
}

export type Action = { readonly kind: 'create'; readonly body: string } | { readonly kind: 'update'; readonly id: number; readonly body: string };

/** The body to post (a placeholder when the review printed nothing) and whether to create or update. */
export function plan(markdown: string, existing: readonly Comment[]): Action {
  const body = markdown.includes(COMMENT_MARKER) ? markdown : `${COMMENT_MARKER}\n### Spec review: could not run\n\nThe \`diff\` command printed no review; its error is in the job log.\n${markdown}`;
  const mine = existing.find((c) => c.body.includes(COMMENT_MARKER));
  return mine ? { kind: 'update', id: mine.id, body } : { kind: 'create', body };
}

async function github(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const response = await fetch(`https://api.github.com${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`GitHub ${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function main(file: string): Promise<void> {
  const markdown = readFileSync(file, 'utf8');
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo, PR_NUMBER: pr } = process.env;
  if (!token || !repo || !pr) {
    console.log(`dry run (set GITHUB_TOKEN, GITHUB_REPOSITORY and PR_NUMBER to post): would ${plan(markdown, []).kind} a comment of ${markdown.length} characters`);
    return;
  }
  const comments = (await github(`/repos/${repo}/issues/${pr}/comments?per_page=100`, token)) as Comment[];
  const action = plan(markdown, comments);
  if (action.kind === 'update') await github(`/repos/${repo}/issues/comments/${action.id}`, token, { method: 'PATCH', body: { body: action.body } });
  else await github(`/repos/${repo}/issues/${pr}/comments`, token, { method: 'POST', body: { body: action.body } });
  console.log(`${action.kind === 'update' ? 'updated' : 'created'} the spec review comment on ${repo}#${pr}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  main(process.argv[2] ?? 'diff.md').catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
