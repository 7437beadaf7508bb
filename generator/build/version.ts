/**
 * The package version lives in the spec (`x-sdk.package.version`), or in an overlay that sets it; a
 * release bumps it there, touching only the characters of that one scalar so the rest of the file keeps
 * its formatting and comments.
 */
import { isScalar, parseDocument } from 'yaml';
import { SEMVER } from '../util/npm.js';

/** Where the spec itself declares the version. */
export const VERSION_PATH: readonly string[] = ['x-sdk', 'package', 'version'];

export type Bump = 'major' | 'minor' | 'patch';

/** `patch`, `minor`, `major` from `current`, or an explicit `x.y.z` that must differ from it. */
export function nextVersion(current: string, request: string): string {
  const parsed = SEMVER.exec(current);
  if (!parsed) throw new Error(`the spec's version ${JSON.stringify(current)} is not a semantic version`);
  const [major, minor, patch] = [Number(parsed[1]), Number(parsed[2]), Number(parsed[3])];
  const prerelease = parsed[4] !== undefined;
  switch (request) {
    case 'major':
      return prerelease && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
    case 'minor':
      return prerelease && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
    case 'patch':
      return prerelease ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
    default:
      if (!SEMVER.test(request)) throw new Error(`${JSON.stringify(request)} is neither major, minor, patch nor a semantic version`);
      if (request === current) throw new Error(`the spec is already at version ${current}`);
      return request;
  }
}

/** The version the spec declares for its package, or `undefined` when it declares none. */
export function specVersion(text: string): string | undefined {
  return versionAt(text, VERSION_PATH);
}

/** The version a file holds at `path` (`actions`, `0`, `update`, … in an overlay), or `undefined`. */
export function versionAt(text: string, path: readonly string[]): string | undefined {
  const node = parseDocument(text).getIn(path, true);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The file's text with the version at `path` replaced, quoted as it was; every other byte kept. */
export function withVersionAt(text: string, path: readonly string[], version: string): string {
  const node = parseDocument(text).getIn(path, true);
  if (!isScalar(node) || !node.range) throw new Error('the spec has no x-sdk.package.version to bump; add one');
  const [start, end] = node.range;
  const quote = text[start] === '"' || text[start] === "'" ? text[start] : '';
  return `${text.slice(0, start)}${quote}${version}${quote}${text.slice(end)}`;
}
