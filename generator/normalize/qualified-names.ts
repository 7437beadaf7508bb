/**
 * Component keys qualified by a namespace, as some toolchains write every schema's (Kubernetes'
 * `io.k8s.api.core.v1.Pod`, Swashbuckle's `Billbee.Interfaces.BillbeeAPI.Model.OrderApiModel`, Microsoft
 * Graph's `microsoft.graph.user`: 43 of APIs.guru's specs write most keys so): a type named by the whole key
 * (`IoK8sApiCoreV1Pod`) buries the name a reader looks for. Each is named by its shortest run of last
 * segments that no other key ends in, as a type: `Pod`; `CoreV1Event` beside `EventsV1Event`, whose
 * `Event` and `V1Event` are both shared. A run that would be another model's name is not taken.
 */
import { toTypeName } from '../util/names.js';

/** A namespace, then a name: at least three segments, each starting with a letter or `_`. */
const QUALIFIED = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*){2,}$/;

interface Qualified {
  readonly name: string;
  readonly segments: readonly string[];
}

/**
 * Each qualified name of `names` with the shorter name it takes (see above); only qualified names are
 * keys. `taken`: names the package exports already (the runtime's `APIResource`), which no run takes.
 */
export function unqualifiedNames(names: readonly string[], taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const distinct = [...new Set(names)];
  const qualified = distinct.filter((name) => QUALIFIED.test(name)).map((name) => ({ name, segments: name.split('.') }));
  // The names the others want: a run is not taken where it would clash with one.
  const plain = new Set([...taken, ...distinct.filter((name) => !QUALIFIED.test(name)).map(typeOf)]);
  return new Map(qualified.map((q) => [q.name, shortestRun(q, qualified, plain)]));
}

/** The last `k` segments, for the least `k` no other key ends in and no plain name wants; else the whole name. */
function shortestRun(own: Qualified, qualified: readonly Qualified[], plain: ReadonlySet<string>): string {
  for (let k = 1; k < own.segments.length; k++) {
    const wanted = typeOf(lastSegments(own, k));
    const shared = qualified.some((other) => other !== own && typeOf(lastSegments(other, k)) === wanted);
    if (!shared && !plain.has(wanted)) return lastSegments(own, k);
  }
  return own.name;
}

const lastSegments = (q: Qualified, k: number): string => q.segments.slice(-k).join('.');

const typeOf = (name: string): string => toTypeName(name, 'Model');
