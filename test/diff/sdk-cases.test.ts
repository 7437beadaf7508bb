/**
 * What the wire rules miss and the TypeScript diff catches, one fixture pair each (test/diff/fixtures/
 * active-session, trimmed from spec/openapi.yaml): every change is named before and after, rated for
 * callers, and traced to the spec change that caused it.
 */
import { describe, expect, it } from 'vitest';
import { reviewPair, tsLines } from './fixture-review.js';

const OP = 'ActiveSessionKickParticipants';

describe('SDK-level changes the wire rules miss', () => {
  it('a method renamed (operationId and x-sdk-method) renames the method and its types', async () => {
    const r = await reviewPair('method-renamed');
    expect(r.spec.every((c) => c.verdict === 'not-breaking')).toBe(true);
    expect(tsLines(r)).toEqual([
      `${OP}Params renamed breaking ← operation.id.changed, extension.changed`,
      `${OP}Response renamed breaking ← operation.id.changed, extension.changed`,
      `${OP}Response.Data renamed breaking ← operation.id.changed, extension.changed`,
      'ActiveSession.kickParticipants renamed breaking ← operation.id.changed, extension.changed',
      `build${OP}Request renamed breaking ← operation.id.changed, extension.changed`,
    ].sort());
    const method = r.typescript.ok ? r.typescript.changes.find((c) => c.symbol === 'ActiveSession.kickParticipants') : undefined;
    expect(method?.after).toBe('ActiveSession.removeParticipants');
  });

  it('a schema renamed with the same content renames the type, and nothing on the wire', async () => {
    const r = await reviewPair('schema-renamed');
    expect(r.spec.map((c) => `${c.rule} ${c.verdict}`)).toEqual(['component.schema.renamed not-breaking']);
    expect(tsLines(r)).toEqual(['PollVote renamed breaking ← component.schema.renamed']);
  });

  it('app_id no longer positional: same wire, every method signature breaks', async () => {
    const r = await reviewPair('app-id-named');
    expect(r.spec.map((c) => `${c.rule} ${c.verdict}`)).toEqual(Array(3).fill('extension.changed not-breaking'));
    const lines = tsLines(r);
    expect(lines).toContain('ActiveSession.kickParticipants changed breaking ← extension.changed');
    expect(lines).toContain(`${OP}Params.app_id added breaking ← extension.changed`);
    expect(lines.every((l) => l.includes(' breaking ← extension.changed'))).toBe(true);
  });

  it('x-sdk.client.unwrap set: each method resolves to the field, traced to that setting, not to the version bump', async () => {
    const r = await reviewPair('data-unwrapped');
    expect(r.spec.map((c) => `${c.subject} ${c.rule} ${c.verdict}`)).toEqual(['document x-sdk.package.version extension.changed not-breaking', 'document x-sdk.client.unwrap extension.added not-breaking']);
    const lines = tsLines(r);
    expect(lines).toContain(`${OP}Response.success removed breaking ← extension.added`);
    expect(lines).toContain("ActiveSession.getActiveSession changed breaking ← extension.added");
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.endsWith('← extension.added'))).toBe(true);
  });

  it('an enum value added to a response union breaks callers that switch over it', async () => {
    const r = await reviewPair('enum-value-added');
    expect(r.spec.map((c) => `${c.rule} ${c.verdict}`)).toEqual(['schema.enum.value-added undecidable']);
    expect(tsLines(r)).toEqual(['Session.status changed breaking ← schema.enum.value-added']);
  });

  it('a new required field on a response type is an addition, not a break', async () => {
    const r = await reviewPair('response-field-required');
    expect(tsLines(r)).toEqual(['Session.region added addition ← schema.property.added.required']);
    expect(r.bump).toMatchObject({ required: 'patch', ok: false });
  });
});
