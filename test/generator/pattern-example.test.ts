/**
 * `stringMatching` makes a short string from a `pattern` for example calls. Each string it gives is
 * checked by the platform's RegExp (the pattern as JSON Schema reads it: unanchored), not against a
 * string written here; patterns it cannot read or meet (backreferences, properties JavaScript does not
 * know, lookarounds the string made breaks) give none.
 */
import { describe, expect, it } from 'vitest';
import { matcherOf, stringMatching } from '../../generator/emit/pattern-example.js';
import { asEcmaPattern } from '../../generator/util/foreign-pattern.js';

/** Patterns from published specs (GitHub's, Cloudflare's, APIs.guru's) and the syntax around them. */
const READABLE = [
  '^\\d+\\.\\d+\\.\\d+$',
  '^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$',
  '^sha256:[a-f0-9]{64}$',
  '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$',
  '^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) ',
  '^([a-zA-Z0-9]([a-zA-Z0-9-]{0,63}[a-zA-Z0-9-])?\\.)+[a-zA-Z0-9-]{2,63}$',
  '[^/]+',
  '^[\\w.-]+@[\\w-]+\\.\\w{2,}$',
  '^\\x2f[a-z]{3,}$',
  '^\\u00e9t\\u00e9$',
  '^(?<year>\\d{4})-(?<month>\\d{2})$',
  '^[^\\s]+\\S*\\D\\W$',
  '^a+?b*?c??$',
  '^\\bword\\b$',
  '^[\\]]x$',
  '^[-a]$',
  '^a.c$',
  '^\\t\\n$',
  'anywhere',
  // Unicode properties: AWS's ARNs, a negated one, a script, general categories.
  'arn:(aws|aws-us-gov):iam::aws:policy/[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]+',
  '^\\P{L}+$',
  '^\\p{Script=Greek}{2}$',
  '^\\p{Lu}\\p{Nd}[^\\p{L}]$',
  // Java's POSIX classes, as AWS writes them (IoT Things Graph's URNs, OpsWorks CM's node names).
  '^urn:tdm:(([a-z]{2}-(gov-)?[a-z]{4,9}-[0-9]{1,3}/[0-9]+/)*[\\p{Alnum}_]+(/[\\p{Alnum}_]+)*):([\\p{Alpha}]*):([\\p{Alnum}_]+(/[\\p{Alnum}_]+)*)$',
  '^[\\-\\p{Alnum}_:.]+$',
  // Lookaheads that open the pattern: Azure's passwords, a length the body bounds exactly, one nested group.
  '^(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%\\^&\\*\\(\\)])[a-zA-Z\\d!@#$%\\^&\\*\\(\\)]{12,123}$',
  '^(?=.*\\d)[a-z\\d]{4}$',
  '(?=.*(ab|cd))(?=.*[)])[a-d)]+',
  '^(?=a)a$',
  // Lookaheads after a prefix (AWS FSx's ARNs), before a branch, and in a group the reader skips.
  '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$',
  '^x(?=\\d{2})\\d+$|^y$',
  '(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w/_-]+(\\[(\\d+|\\*)\\])*)*)',
  // Negated classes whose ranges and escapes leave out the plain characters (AWS QuickSight's one character past Latin-1).
  '^[^0-9a-z]$',
  '^[^\\w]$',
  '^[^\\u0000-\\u00FF]$',
  // Lookarounds further on, skipped, the string made kept to them (AWS Lookout's cluster names).
  '^[a-z](?!.*--)(?!.*-$)[0-9a-z\\-]*$',
  '^(?!x)a$',
  '^a(?=b)b$',
  // AWS DataSync's discovery job: 131 characters, which no shorter string matches.
  '^arn:(aws|aws-cn):datasync:[a-z\\-0-9]+:[0-9]{12}:system/storage-system-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/job/discovery-job-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$',
  // AWS IoT RoboRunner's worker: three UUIDs, 161 characters.
  'arn:aws:iotroborunner:[\\w-]+:\\w+:site/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/worker-fleet/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/worker/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
];

// `\p{Nonsense}` is no property JavaScript (or Java) knows.
const UNREADABLE = ['^a(?!b)b$', '^a(?=c)b$', '^(?=.*(a)\\1)a+$', '^(a)\\1$', '^\\p{Nonsense}+$', '^(?<=a)b$', '(', '^a{300}$'];

describe('a string made from a pattern', () => {
  it.each(READABLE)('matches %s', (pattern) => {
    const made = stringMatching(pattern);
    expect(made).toBeTypeOf('string');
    expect(new RegExp(asEcmaPattern(pattern), 'u').test(made!)).toBe(true);
    expect(made!.length).toBeLessThanOrEqual(256);
  });

  it.each(UNREADABLE)('is not made for %s (a lookaround the string breaks, a backreference, an unknown property, too long, or no pattern)', (pattern) => {
    expect(stringMatching(pattern)).toBeUndefined();
  });

  it('repeats each open quantifier up to a stretch, within its bounds, when asked (a minLength the shortest match misses)', () => {
    expect(stringMatching('^[0-9]*$')).toBe('');
    expect(stringMatching('^[0-9]*$', 3)).toBe('000');
    expect(stringMatching('^[+][1-9][0-9]{4,18}$', 6)).toBe('+1000000');
    expect(stringMatching('^a?b{2}c{1,2}$', 5)).toBe('abbcc');
  });

  it('takes the fewest repetitions and the first branch, so the example stays short', () => {
    expect(stringMatching('^\\d+\\.\\d+\\.\\d+$')).toBe('0.0.0');
    expect(stringMatching('^(rsa|dss)-[a-z]{2,5}$')).toBe('rsa-aa');
  });

  it("writes what a lookahead asks for in place of the first characters after it, so the string keeps the body's length", () => {
    expect(stringMatching('^(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%\\^&\\*\\(\\)])[a-zA-Z\\d!@#$%\\^&\\*\\(\\)]{12,123}$')).toBe('aA!aaaaaaaaa');
    expect(stringMatching(READABLE.find((pattern) => pattern.includes(':fsx:'))!)).toBe('arn:a:fsx:a:000000000000:');
  });
});

describe("Ruby's and PCRE's anchors in a pattern", () => {
  it.each([
    ['\\A[a-z]+\\z', '^[a-z]+$'],
    ['\\A\\d{3}\\Z', '^\\d{3}\\n?$'],
    // In a class, after an escaped backslash, or in a pattern ECMA-262 reads, they are not anchors.
    ['^[\\A-Z\\z]+$', '^[\\A-Z\\z]+$'],
    ['^\\\\A$', '^\\\\A$'],
    ['^\\u{41}\\p{L}$', '^\\u{41}\\p{L}$'],
  ])('reads %s as %s', (ruby, ecma) => {
    expect(asEcmaPattern(ruby)).toBe(ecma);
  });

  it('makes examples without the anchors\' letters, accepted as Ruby reads the pattern', () => {
    expect(stringMatching('\\A[a-z]+\\z')).toBe('a');
    expect(stringMatching('\\A(\\d{2})\\Z')).toBe('00');
    const zEnd = matcherOf('\\A[a-z]+\\Z')!;
    expect(['abc', 'abc\n', 'abc\n\n', 'Aabcz', 'ab1'].map((s) => zEnd.test(s))).toEqual([true, true, false, false, false]);
  });
});

describe("Java's POSIX classes in a pattern", () => {
  it.each([
    ['^\\p{Alnum}+$', '^[a-zA-Z0-9]+$'],
    ['^[\\-\\p{Alnum}_:.]+$', '^[\\-a-zA-Z0-9_:.]+$'],
    ['^\\P{Digit}\\p{XDigit}{2}$', '^[^0-9][0-9a-fA-F]{2}$'],
    ['^[\\p{Punct}]$', '^[!-\\/:-@\\[-`{-~]$'],
    // JavaScript's own properties, an escaped bracket, and a negated class inside a class stay as written.
    ['^\\p{L}[\\]\\p{Lu}]$', '^\\p{L}[\\]\\p{Lu}]$'],
    ['^[\\P{Alpha}]$', '^[\\P{Alpha}]$'],
    // `\p{Alpha}` is ECMA's Alphabetic too: Java's only in a pattern ECMA-262 does not read.
    ['^\\p{Alpha}+$', '^\\p{Alpha}+$'],
    ['^\\p{Alpha}\\p{Digit}$', '^[a-zA-Z][0-9]$'],
    ['^(\\p{LD}|\\p{Punct}| )+$', '^([\\p{L}\\p{Nd}]|[!-\\/:-@\\[-`{-~]| )+$'],
    ['^\\P{L1}$', '^[^\\x00-\\xFF]$'],
  ])('reads %s as %s', (java, ecma) => {
    expect(asEcmaPattern(java)).toBe(ecma);
    expect(() => new RegExp(asEcmaPattern(java), 'u')).not.toThrow();
  });

  it('keeps the classes Java gives them: Punct is every ASCII mark, nothing else', () => {
    const punct = new RegExp(asEcmaPattern('^\\p{Punct}$'), 'u');
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    expect(ascii.filter((c) => punct.test(c)).join('')).toBe('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
  });
});
