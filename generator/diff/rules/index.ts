/** The rule catalogue: every kind of change the spec diff reports, by id. */
import { API_RULES } from './api-rules.js';
import type { Rule } from './rule.js';
import { SCHEMA_RULES } from './schema-rules.js';
import { STRUCTURE_RULES } from './structure-rules.js';

export const RULES: readonly Rule[] = [...API_RULES, ...SCHEMA_RULES, ...STRUCTURE_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown spec-diff rule ${id}`);
  return found;
}

export { verdictOf, type Rule, type Effect } from './rule.js';
