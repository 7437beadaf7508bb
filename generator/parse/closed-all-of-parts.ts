/**
 * An `allOf` part that closes its object refuses the fields the other parts declare: JSON Schema holds
 * every part against the whole object, and a part's `additionalProperties` against each field its own
 * `properties` do not name. `additionalProperties: false` there (ShipEngine's response bodies, BBC's
 * references: 77 schemas in 11 of APIs.guru's specs) refuses them all; a schema refuses those whose type it
 * does not take (Azure Graph RBAC's `UserBase`, `additionalProperties: {type: object}`, beside a boolean
 * `accountEnabled`). As written no object holding one of them is valid, and a validating server refuses
 * every body. So do fields declared beside the `allOf`. Authors mean the fields together, which the
 * generated type reads (an intersection); said once per schema, at its `allOf`, naming the parts and a
 * field they refuse.
 */
import { deref, joinAt, report, type At, type ParseContext } from './context.js';
import { fieldsOfPart, namedFields, refusedBy } from './closed-beside-parts.js';

type Raw = Readonly<Record<string, unknown>>;

export function checkClosedAllOfParts(ctx: ParseContext, at: At, raw: Raw): void {
  const parts = raw['allOf'];
  if (!Array.isArray(parts)) return;
  const allOfAt = joinAt(at, 'allOf');
  const own = fieldsOfPart(ctx, at, { properties: raw['properties'] });
  const declared = parts.map((part, j) => fieldsOfPart(ctx, joinAt(allOfAt, j), part));
  const refusing = parts.flatMap((part, i) => {
    const others = new Map([...own, ...declared.filter((_, j) => j !== i).flatMap((fields) => [...fields])]);
    const refused = refusedBy(ctx, deref(ctx, joinAt(allOfAt, i), part), others);
    return refused === undefined ? [] : [{ index: i, ...refused }];
  });
  if (refusing.length === 0) return;
  const which = refusing.map((r) => `${r.index} (${r.by})`);
  const names = [...new Set(refusing.flatMap((r) => r.names))];
  const list = which.length === 1 ? `part ${which[0]} refuses` : `parts ${which.slice(0, -1).join(', ')} and ${which.at(-1)} refuse`;
  const message = `\`allOf\` ${list} ${namedFields(names)} that the other parts or the schema declare, so no object holding them is valid as written; read as allowing every part's fields (declare them in the part that refuses them, or leave it open)`;
  report(ctx, allOfAt, 'closed-all-of-part', message, 'warning');
}
