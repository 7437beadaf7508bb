/**
 * A method's name by REST convention, from its HTTP method and path, for an operation the spec gives no
 * name of its own: `list` and `create` on a collection, `get`, `update` and `delete` on one of its items,
 * the trailing word of an action (`POST /charges/{id}/capture` → `capture`), each followed by the thing
 * it acts on unless the resource already names it (`GET /users/{id}/repos` on `users` → `listRepos`).
 */
import type { ApiIR, OperationIR } from '../ir/types.js';
import { camelCase, pascalCase, words } from '../util/names.js';
import { returnsList } from './list-response.js';
import { ACTIONS, isPlural, singular, singularPhrase } from './rest-words.js';

/**
 * What the API tells about an operation beyond its method and path: which methods its path has (a PUT
 * beside a PATCH replaces), and whether it answers with a list. Nothing else of other operations counts,
 * so that an operation added beside others leaves their names as they were.
 */
export interface PathFacts {
  readonly methodsAt: (path: string) => ReadonlySet<string>;
  readonly returnsList: (op: OperationIR, collection: string) => boolean | undefined;
}

export function pathFacts(api: ApiIR): PathFacts {
  const methods = new Map<string, Set<string>>();
  for (const op of api.operations) (methods.get(shapeOf(op.path)) ?? methods.set(shapeOf(op.path), new Set()).get(shapeOf(op.path))!).add(op.method);
  const models = new Map(api.models.map((m) => [m.key, m.schema]));
  return {
    methodsAt: (path) => methods.get(shapeOf(path)) ?? new Set(),
    returnsList: (op, collection) => returnsList(op, models, collection),
  };
}

/** The path with its parameters unnamed: `/fees/{id}` and `/fees/{fee}` are one path. */
function shapeOf(path: string): string {
  return path.replace(/\{[^/{}]*\}/g, '{}');
}

/**
 * The operation's name by convention (else the one its method and path give), and the name that says
 * whose it is or what it acts on, which tells apart two that would share the first.
 */
export function conventionalName(op: OperationIR, facts: PathFacts): { name: string; qualified?: string } {
  const segments = segmentsOf(op.path);
  const item = segments.length > 0 && segments[segments.length - 1]!.param;
  const body = item ? segments.slice(0, lastLiteral(segments) + 1) : segments;
  const run = trailingLiterals(body);
  const said = resourceWords(op.resourcePath);
  const first = run.findIndex((s) => !wordsOf(s.text).every((w) => said.has(singular(w))));
  const noun = first === -1 ? [] : run.slice(first).flatMap((s) => wordsOf(s.text));
  const parent = body.slice(0, body.length - run.length).filter((s) => !s.param).pop();
  const verb = item ? itemVerb(op.method, facts.methodsAt(op.path)) : undefined;
  const name = actionName(run, noun, item) ?? (!item ? collectionName(op, run, noun, facts) : verb !== undefined ? verbAndNoun(verb, noun) : op.methodName);
  if (parent === undefined || name === op.methodName) return { name };
  // An action says what it acts on after its verb (`verifyBankAccount`); anything else, whose it is (`listForUser`).
  const owner = pascalCase(singularPhrase(wordsOf(parent.text)).join(' '));
  return { name, qualified: ACTIONS.has(name) && !CRUD.has(name) ? `${name}${owner}` : `${name}For${owner}` };
}

const CRUD: ReadonlySet<string> = new Set(['list', 'get', 'create', 'update', 'replace', 'delete']);

interface Segment {
  readonly text: string;
  readonly param: boolean;
}

/**
 * The path's segments that say something: without a query or fragment some specs add to keep paths
 * apart (AWS's `/#Action=…`), a file extension (`/meetings.json`) or a parameter that picks one
 * (`/geocode.{ext}`), `api`, `rest` or a version (`v2.2`).
 */
function segmentsOf(path: string): Segment[] {
  return path
    .split(/[?#]/)[0]!
    .split('/')
    .map((s) => s.replace(/(?<=.)\.\{[^/{}]*\}$/, '').replace(/\.(json|xml|ya?ml|csv|txt|html?)$/i, ''))
    .filter((s) => s !== '' && !/^(api|rest|v\d+(\.\d+)*)$/i.test(s) && words(s).length > 0)
    .map((text) => ({ text, param: text.includes('{') }));
}

function lastLiteral(segments: readonly Segment[]): number {
  for (let i = segments.length - 1; i >= 0; i--) if (!segments[i]!.param) return i;
  return -1;
}

/** The literal segments after the last parameter: what the path acts on (`/users/{id}/repos` → `repos`). */
function trailingLiterals(segments: readonly Segment[]): Segment[] {
  let start = segments.length;
  while (start > 0 && !segments[start - 1]!.param) start--;
  return segments.slice(start);
}

const wordsOf = (text: string): string[] => words(text).map((w) => w.toLowerCase());

/** The words of every segment of the resource path, singular: what the method's name need not repeat. */
function resourceWords(resourcePath: readonly string[]): Set<string> {
  return new Set(resourcePath.flatMap(wordsOf).map(singular));
}

/**
 * One of a thing on an item path (`/users/{id}`: `get`, `update`, `delete`). A PUT beside a PATCH
 * replaces the whole thing; a POST beside either does something else, which only its path can name.
 */
function itemVerb(method: string, methodsAt: ReadonlySet<string>): string | undefined {
  if (method === 'PUT') return putVerb(methodsAt);
  if (method === 'POST' && (methodsAt.has('PUT') || methodsAt.has('PATCH'))) return undefined;
  return ITEM_VERBS[method] ?? method.toLowerCase();
}

/** A PUT replaces the whole thing where a PATCH beside it updates part of it. */
function putVerb(methodsAt: ReadonlySet<string>): string {
  return methodsAt.has('PATCH') ? 'replace' : 'update';
}

const ITEM_VERBS: Readonly<Record<string, string>> = { GET: 'get', PATCH: 'update', POST: 'update', DELETE: 'delete' };

/**
 * A path whose last segment is a verb names the call by it (`/charges/search` → `search`, `/secrets/delete`
 * → `deleteSecrets`, `/verified_senders/resend/{id}` → `resendVerifiedSender`), also where the resource's
 * name took the verb in (`POST /mail/send` on `mailSend` → `send`).
 */
function actionName(run: readonly Segment[], noun: readonly string[], item: boolean): string | undefined {
  const last = run.length > 0 ? wordsOf(run[run.length - 1]!.text) : [];
  const verb = last.length === 1 ? last[0]! : undefined;
  if (verb === undefined || !ACTIONS.has(verb) || (noun.length > 0 && noun[noun.length - 1] !== verb)) return undefined;
  const object = noun.slice(0, -1);
  return camelCase([verb, ...(item ? singularPhrase(object) : object)].join(' '));
}

/** `get` and `refunds` → `getRefund`: one thing, named in the singular. */
function verbAndNoun(verb: string, noun: readonly string[]): string {
  return camelCase([verb, ...singularPhrase(noun)].join(' '));
}

/**
 * On a path that ends in a word: a GET lists when it answers with a list, or, where the spec does not say
 * what it answers, when the path ends in a plural (`/charges`), and gets otherwise (`/users/{id}/stats`
 * answering an object); a POST creates one of a plural or of the resource itself, and is otherwise an
 * action, named by its words (`/senders/{id}/resend_verification` → `resendVerification`).
 */
function collectionName(op: OperationIR, run: readonly Segment[], noun: readonly string[], facts: PathFacts): string {
  const last = noun[noun.length - 1];
  switch (op.method) {
    case 'GET': {
      const collection = run[run.length - 1]?.text ?? '';
      return camelCase([facts.returnsList(op, collection) ?? isPlural(wordsOf(collection).pop()) ? 'list' : 'get', ...noun].join(' '));
    }
    case 'POST':
      return noun.length === 0 || isPlural(last) ? verbAndNoun('create', noun) : camelCase(noun.join(' '));
    case 'PUT':
      return camelCase([putVerb(facts.methodsAt(op.path)), ...noun].join(' '));
    default:
      return camelCase([ITEM_VERBS[op.method] ?? op.method.toLowerCase(), ...noun].join(' '));
  }
}
