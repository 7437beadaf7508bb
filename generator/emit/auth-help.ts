/**
 * The sentence a client throws when it is built without credentials: what to pass, or which environment
 * variables to set, for each alternative of the spec's security requirement. Written once here rather
 * than by the runtime on every failed construction, so the browser bundle does not carry the code.
 */
import type { CredentialSpec } from '../runtime/credentials.js';

export function describeAuthHelp(credentials: readonly CredentialSpec[], alternatives: ReadonlyArray<readonly string[]>): string {
  if (alternatives.length === 0) return '';
  return `Pass ${alternatives.map((names) => describeAlternative(names, credentials)).join('; or pass ')}`;
}

function describeAlternative(names: readonly string[], credentials: readonly CredentialSpec[]): string {
  const options = names.join(' and ');
  const envs = names.map((name) => credentials.find((spec) => spec.option === name)?.env).filter((env) => env !== undefined);
  if (envs.length === 0) return options;
  const variables = envs.length === 1 ? 'the environment variable' : 'the environment variables';
  return `${options} (or set ${variables} ${envs.join(' and ')})`;
}
