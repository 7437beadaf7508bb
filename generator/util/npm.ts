/** What npm accepts in a package's `name` and `version`, checked before a package that npm would refuse is written. */

/** Semantic Versioning 2.0.0, as npm reads it (no leading `v`, no leading zeros). */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** npm's rule for new packages: lower case, URL-safe, at most 214 characters, optionally `@scope/`. */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
export const PACKAGE_NAME_MAX = 214;

export function isPackageName(name: string): boolean {
  return name.length <= PACKAGE_NAME_MAX && PACKAGE_NAME.test(name);
}

/**
 * An API's `info.version` as a package version: itself when it is one, `1` and `v1.2` filled out to
 * `1.0.0` and `1.2.0`; `undefined` for what is no version number (`2023-08-01`, `beta`).
 */
export function packageVersionOf(apiVersion: string): string | undefined {
  if (SEMVER.test(apiVersion)) return apiVersion;
  const short = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?$/i.exec(apiVersion.trim());
  return short ? `${short[1]}.${short[2] ?? 0}.${short[3] ?? 0}` : undefined;
}
