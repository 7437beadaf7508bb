/**
 * A union beside a `type` that some of its branches are not (GitHub Enterprise 3.4's status-check
 * contexts: `type: array` beside `oneOf: [{type: object, properties: {contexts}}, {type: array}]`;
 * linode's managed stats: `type: object` beside a union whose other branch is a list of messages).
 * JSON Schema applies both, so no value matches such a branch as written; yet which of the two is the
 * slip is not for the generator to say (GitHub's later spec keeps the object and drops the `type`), so
 * the branch stays in the type, after those the `type` allows, where an example call takes its value
 * from: one the spec's own validation accepts. A located warning says so.
 */
import { report, typeList, type ParseContext } from './context.js';
import { valueFamilyOf, type Branch } from './union-beside-object.js';
import { withArticle } from '../util/plural.js';

type Raw = Record<string, unknown>;

/** The branches, those the `type` beside the union refuses last; each of those warned of. */
export function branchesOfTypeBeside(ctx: ParseContext, raw: Raw, branches: readonly Branch[]): readonly Branch[] {
  const beside = typeList(raw).filter((t) => t !== 'null').map(family);
  if (beside.length === 0) return branches;
  const refused = branches.flatMap((branch) => {
    const of = valueFamilyOf(ctx, branch.at, branch.value);
    return of !== undefined && of !== 'null' && !beside.includes(of) ? [{ branch, of }] : [];
  });
  if (refused.length === 0 || refused.length === branches.length) return branches;
  const kinds = beside.map(withArticle).join(' or ');
  for (const { branch, of } of refused) {
    const message = `this branch is ${withArticle(of)}, but the schema beside its union is ${kinds}: no value is both, so none matches the branch as written; kept in the type (the \`type\` beside may be the slip), after the branches it allows, which example calls take`;
    report(ctx, branch.at, 'union-branch-never', message, 'warning');
  }
  const last = new Set(refused.map((r) => r.branch));
  return [...branches.filter((branch) => !last.has(branch)), ...last];
}

/** An integer is a number: the two overlap. */
const family = (type: string): string => (type === 'integer' ? 'number' : type);
