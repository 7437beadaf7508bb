/** A problem the build or release commands report to the user (not a bug): a spec error, drift, a compile error. */
export class BuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'BuildError';
  }
}
