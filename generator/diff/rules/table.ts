/**
 * The rule reference table of docs/spec-diff.md, from the catalogue and the oasdiff map (a test keeps the
 * document in step). Print it with `npx tsx generator/diff/rules/print-table.ts`.
 */
import { OASDIFF_SITES } from '../oasdiff-sites.js';
import type { Direction } from '../model.js';
import { RULES, verdictOf, type Rule } from './index.js';

const SHORT = { breaking: 'breaking', 'not-breaking': 'ok', undecidable: 'undecidable' } as const;

function oasdiffCell(r: Rule): string {
  const refs = typeof r.oasdiff === 'string' ? { any: r.oasdiff } : { ...r.oasdiff };
  const cells = Object.entries(refs).map(([direction, ref]) => {
    if (!ref) return '';
    if (ref.startsWith('=')) return `\`${ref.slice(1)}\``;
    const sites = (OASDIFF_SITES[ref] ?? '').split(' ').filter((s) => direction === 'any' || s.startsWith(direction === 'request' ? 'rq-' : 'rs-'));
    return sites.length > 0 ? `\`…-${ref}\` (${sites.join(', ')})` : '';
  });
  return [...new Set(cells.filter((c) => c !== ''))].join('; ') || '—';
}

/** Where a rule's changes occur, from its area: the verdict columns it has. */
function directions(r: Rule): readonly Direction[] {
  const area = r.id.split('.')[0]!;
  if (['operation', 'webhook', 'security', 'security-scheme', 'extension', 'component', 'document'].includes(area)) return ['none'];
  if (area === 'parameter' || area === 'request-body') return ['request'];
  if (area === 'response') return ['response'];
  // A component schema no operation reaches on both sides is compared too, as a type (document level).
  if (area === 'schema') return ['request', 'response', 'none'];
  return ['request', 'response'];
}

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const [request, response, document] = (['request', 'response', 'none'] as const).map((d) => (directions(r).includes(d) ? SHORT[verdictOf(r.effect, d)] : '—'));
    return `| \`${r.id}\` | ${r.summary.replace(/\|/g, '\\|')} | ${request} | ${response} | ${document} | ${oasdiffCell(r)} | ${r.convention ?? ''} |`;
  });
  return ['| rule | change | request | response | document | oasdiff | verdict note |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
