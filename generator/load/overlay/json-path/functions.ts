/** The RFC's five functions (RFC 9535 2.4): `length`, `count`, `match`, `search` and `value`. */
import { isObject } from '../../../util/json.js';
import { NOTHING, type FoundNode } from './model.js';

/** A call's arguments as the function reads them: a value (or Nothing, or a logical result), or a query's nodes. */
export interface Arguments {
  value(i: number): unknown;
  nodes(i: number): readonly FoundNode[];
}

/** A function's result: a value, Nothing, or a logical result (boolean). */
export function callFunction(name: string, args: Arguments): unknown {
  switch (name) {
    case 'length': {
      const v = args.value(0);
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      return isObject(v) ? Object.keys(v).length : NOTHING;
    }
    case 'count':
      return args.nodes(0).length;
    case 'value': {
      const found = args.nodes(0);
      return found.length === 1 ? found[0]!.value : NOTHING;
    }
    case 'match':
    case 'search': {
      const [text, pattern] = [args.value(0), args.value(1)];
      if (typeof text !== 'string' || typeof pattern !== 'string') return false;
      const regex = iRegexp(pattern, name === 'match');
      return regex !== undefined && regex.test(text);
    }
    default:
      return NOTHING;
  }
}

/** An I-Regexp (RFC 9485) as JavaScript runs it; `.` matches any character but a line break in both. */
function iRegexp(pattern: string, whole: boolean): RegExp | undefined {
  try {
    return new RegExp(whole ? `^(?:${pattern})$` : pattern, 'u');
  } catch {
    return undefined;
  }
}
