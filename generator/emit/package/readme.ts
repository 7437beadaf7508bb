/**
 * The package's README, from the spec: install and first call, the client's options, every method
 * with an example, uploads, pagination, streams, request builders, tree shaking, webhooks, callbacks, errors, retries, timeouts, raw responses,
 * logging, runtimes and versioning.
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
import { methods } from './readme/methods.js';
import { pagination } from './readme/pagination.js';
import { runtimes } from './readme/runtimes.js';
import { streams } from './readme/streams.js';
import { treeShaking } from './readme/tree-shaking.js';
import { uploads } from './readme/uploads.js';
import { versioning } from './readme/versioning.js';
import { callbacks, webhooks } from './readme/webhooks.js';

export function readme(api: ApiIR): string {
  return `${blocks(
    intro(api),
    clientOptions(api),
    methods(api),
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
  )}\n`;
}
