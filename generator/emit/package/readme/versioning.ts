/**
 * The README's `Versioning` section: what a version number promises. The bump is the one the spec review
 * computes at each release (`generator/diff/bump.ts`) from the change to the package's TypeScript API.
 */
import { blocks, heading } from '../markdown.js';

export function versioning(): string {
  return blocks(
    heading(2, 'Versioning'),
    [
      'Versions follow [semantic versioning](https://semver.org/spec/v2.0.0.html). At each release the bump is computed by comparing this package\'s TypeScript API with the previous version\'s:',
      '',
      '- a change that can break code that compiled against the previous version takes a new major version, even when only a type changed (a removed method, a new required parameter, a response field that may now be missing);',
      '- an addition (a method, a response field, an optional member of `params`) takes a new minor version;',
      '- any other change takes a new patch version.',
      '',
      'Below 1.0.0, a breaking change takes a new minor version and anything else a new patch version. `CHANGELOG.md` lists the breaking changes, additions and other changes of each version.',
    ].join('\n'),
  );
}
