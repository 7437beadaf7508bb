/** The pull-request comment: one per pull request, found again by its marker. */
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
