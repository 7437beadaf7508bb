/**
 * What every diff step shares: both documents and the list of changes found so far. Steps append to it
 * through `report`, which looks the rule up, decides the verdict from the site's direction and locates the
 * changed node on both sides.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import type { Direction, Site, SpecChange, Verdict } from '../model.js';
import { ruleById, verdictOf } from '../rules/index.js';
import { where, type Node } from './node.js';
import type { Probe } from '../schema/probe.js';

export interface DiffContext {
  readonly base: LoadedSpec;
  readonly revision: LoadedSpec;
  readonly changes: SpecChange[];
  /**
   * Inside a webhook or a callback: the API sends the request and the subscriber's server answers it, so
   * the direction rule applies reversed (a request may only promise more, a response only accept more).
   */
  readonly apiSends?: boolean;
  /**
   * Only asking whether anything differs (pairing `oneOf` branches by content): the first change ends the
   * walk by throwing `DIFFERS`, before its location is looked up or the rest of both trees is walked.
   */
  readonly probe?: Probe;
}

/** Thrown by `report` in a probing context; `equivalent` catches it. */
export const DIFFERS = Symbol('differs');

/** A context for the operations the API sends (webhooks, callbacks); the changes go to the same list. */
export function sentByApi(ctx: DiffContext, sends = true): DiffContext {
  return { ...ctx, apiSends: sends };
}

const REVERSED: Readonly<Record<Direction, Direction>> = { request: 'response', response: 'request', none: 'none' };

/** Where a step is: the site, the operation and the subject a reviewer reads. */
export interface Scope {
  readonly site: Site;
  readonly operation: string;
  readonly subject: string;
}

export interface Detail {
  readonly before?: unknown;
  readonly after?: unknown;
  /** Replaces the rule's verdict, with `note` saying why. */
  readonly verdict?: Verdict | undefined;
  readonly note?: string | undefined;
  /** The `$ref`s that took the sides apart (see `SpecChange.via`). */
  readonly via?: { readonly base: Node; readonly revision: Node } | undefined;
}

export function report(ctx: DiffContext, scope: Scope, ruleId: string, base: Node | undefined, revision: Node | undefined, detail: Detail = {}): void {
  if (ctx.probe) throw DIFFERS;
  const r = ruleById(ruleId);
  const direction = ctx.apiSends ? REVERSED[scope.site.direction] : scope.site.direction;
  const verdict = detail.verdict ?? verdictOf(r.effect, direction);
  ctx.changes.push({
    rule: r.id,
    verdict,
    site: scope.site,
    operation: scope.operation,
    subject: scope.subject,
    message: messageOf(r.summary, detail),
    base: base ? where(ctx.base, base) : undefined,
    revision: revision ? where(ctx.revision, revision) : undefined,
    note: detail.note,
    ...(detail.via ? { via: { base: where(ctx.base, detail.via.base), revision: where(ctx.revision, detail.via.revision) } } : {}),
  });
}

function messageOf(summary: string, detail: Detail): string {
  const hasBefore = 'before' in detail && detail.before !== undefined;
  const hasAfter = 'after' in detail && detail.after !== undefined;
  if (hasBefore && hasAfter) return `${summary}: ${show(detail.before)} → ${show(detail.after)}`;
  if (hasBefore) return `${summary}: ${show(detail.before)}`;
  if (hasAfter) return `${summary}: ${show(detail.after)}`;
  return summary;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function withSubject(scope: Scope, subject: string, site: Partial<Site> = {}): Scope {
  return { ...scope, subject, site: { ...scope.site, ...site } };
}
