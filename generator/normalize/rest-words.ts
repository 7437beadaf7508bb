/** The English a conventional method name needs: which words are verbs, and the singular of a plural. */

/** Verbs that end a path as the action it takes (`/charges/search`, `/dispute/close`). */
export const ACTIONS: ReadonlySet<string> = new Set(
  ('search find query count lookup validate verify check test preview export import upload download send resend cancel close open ' +
    'start stop restart pause resume enable disable activate deactivate approve reject archive unarchive publish unpublish refresh reset ' +
    'sync retry revoke confirm submit delete remove create update add clone copy move merge lock unlock login logout authorize capture ' +
    'refund finalize expire attach detach apply execute run invite accept decline subscribe unsubscribe calculate convert generate ' +
    'register rename restore rotate share transfer trigger estimate evaluate install uninstall redeem renew resolve schedule').split(' '),
);

/** `refunds` → `refund`, `policies` → `policy`, `people` → `person`; `status`, `address` and `analysis` stay. */
export function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (isPlural(word)) return word.slice(0, -1);
  return word;
}

const IRREGULAR: Readonly<Record<string, string>> = { people: 'person', children: 'child', men: 'man', women: 'woman' };

export function isPlural(word: string | undefined): boolean {
  return word !== undefined && word.length > 2 && /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** The phrase with its last word singular: `payment methods` → `payment method`. */
export function singularPhrase(phrase: readonly string[]): string[] {
  return phrase.length === 0 ? [] : [...phrase.slice(0, -1), singular(phrase[phrase.length - 1]!)];
}
