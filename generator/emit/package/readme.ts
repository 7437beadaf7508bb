/**
 * The package's README, from the spec: install and first call, the client's options, every method with
 * its arguments and an example (on a page per resource when they would not fit), uploads, pagination,
 * streams, request builders, tree shaking, webhooks, callbacks, errors, retries, timeouts, raw
 * responses, logging, runtimes and versioning.
 * Each section is its own emitter; this file only puts them in order.
 */
import type { ApiIR } from '../../ir/types.js';
import { blocks } from './markdown.js';
import { retries, rawResponses, timeouts } from './readme/behaviour.js';
import { requestBuilders } from './readme/builders.js';
import { clientOptions } from './readme/client-options.js';
import { errors } from './readme/errors.js';
import { intro } from './readme/intro.js';
import { logging } from './readme/logging.js';
import { methodPages, methods, methodsIndex } from './readme/methods.js';
import { pagination } from './readme/pagination.js';
import { runtimes } from './readme/runtimes.js';
import { streams } from './readme/streams.js';
import { treeShaking } from './readme/tree-shaking.js';
import { uploads } from './readme/uploads.js';
import { versioning } from './readme/versioning.js';
import { callbacks, webhooks } from './readme/webhooks.js';

/**
 * Characters of Markdown past which the methods move to a page per resource (`docs/`): npm's registry
 * keeps the first 64 KiB of a README (formatting adds a little to what is counted here), and Cloudflare's
 * 1,535 methods made a README of 3 MB. The seed API's README is 20 KB.
 */
export const README_BUDGET = 48_000;

/** The README, and the resource pages when the methods do not fit in it: path → Markdown. */
export function readmeFiles(api: ApiIR): Map<string, string> {
  const sections = sectionsAround(api);
  const listed = methods(api, README_BUDGET);
  const whole = listed === undefined ? undefined : readmeWith(sections, listed);
  if (whole !== undefined && whole.length <= README_BUDGET) return new Map([['README.md', whole]]);
  return new Map([['README.md', readmeWith(sections, methodsIndex(api))], ...methodPages(api)]);
}

export function readme(api: ApiIR): string {
  return readmeFiles(api).get('README.md')!;
}

/** A section's Markdown, or nothing when the API has nothing to say there. */
type Section = string | undefined | false;

/** The sections before the methods and after them, the same whether the methods fit or go on pages. */
function sectionsAround(api: ApiIR): { readonly before: Section[]; readonly after: Section[] } {
  return {
    before: [intro(api), clientOptions(api)],
    after: [
      uploads(api),
      pagination(api),
      streams(api),
      requestBuilders(api),
      treeShaking(api),
      webhooks(api),
      callbacks(api),
      errors(api),
      retries(api),
      timeouts(api),
      rawResponses(api),
      logging(api),
      runtimes(api),
      versioning(),
    ],
  };
}

function readmeWith(sections: ReturnType<typeof sectionsAround>, methodsSection: string): string {
  return `${blocks(...sections.before, methodsSection, ...sections.after)}\n`;
}
