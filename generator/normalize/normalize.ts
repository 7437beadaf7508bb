/** The normalize step: named passes, in this order, each a pure `ApiIR → ApiIR`. */
import type { ApiIR } from '../ir/types.js';
import { normalizeMethodNames } from './pass-method-names.js';
import { normalizeModelNames } from './pass-model-names.js';
import { normalizeOrder } from './pass-order.js';
import { normalizeParameterNames } from './pass-parameter-names.js';
import { normalizeResourceClasses } from './pass-resource-classes.js';
import { normalizeResourceNames } from './pass-resource-names.js';

export const NORMALIZE_PASSES: readonly { readonly name: string; readonly run: (api: ApiIR) => ApiIR }[] = [
  { name: 'method-names', run: normalizeMethodNames },
  { name: 'resource-names', run: normalizeResourceNames },
  { name: 'parameter-names', run: normalizeParameterNames },
  { name: 'resource-classes', run: normalizeResourceClasses },
  { name: 'model-names', run: normalizeModelNames },
  { name: 'order', run: normalizeOrder },
];

export function normalize(api: ApiIR): ApiIR {
  return NORMALIZE_PASSES.reduce((acc, pass) => pass.run(acc), api);
}
