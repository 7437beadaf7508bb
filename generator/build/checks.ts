/**
 * The ecosystem's own checks of a package: publint (manifest and files, every level, warnings count as
 * errors) and Are the Types Wrong (types against JavaScript in node10, node16 CommonJS, node16 ESM and
 * bundler resolution). Each returns the problems found, one line each; `[]` means clean.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

export const RESOLUTION_MODES = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;

export async function publintProblems(packageDir: string): Promise<string[]> {
  const { messages, pkg } = await publint({ pkgDir: packageDir, pack: 'npm', level: 'suggestion', strict: true });
  return messages.map((m) => `publint ${m.type} ${m.code}: ${formatMessage(m, pkg, { color: false }) ?? ''}`);
}

/** The parts of `attw --format json` read here. */
interface AttwReport {
  readonly analysis: {
    readonly problems?: readonly AttwProblem[];
    readonly entrypoints: Record<string, { readonly resolutions: Record<string, { readonly resolution?: { readonly isTypeScript: boolean } }> }>;
  };
}
interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
}

export function attwProblems(tarball: string): string[] {
  const report = JSON.parse(runAttw(tarball)) as AttwReport;
  const problems = (report.analysis.problems ?? []).map(describeProblem);
  const root = report.analysis.entrypoints['.'];
  for (const mode of RESOLUTION_MODES) {
    const resolution = root?.resolutions[mode]?.resolution;
    if (!resolution?.isTypeScript) problems.push(`attw: "." resolves to no type declarations in ${mode}`);
  }
  return problems;
}

function describeProblem(p: AttwProblem): string {
  return `attw ${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`;
}

/** The CLI, in JSON; it exits 1 when it finds problems, which the JSON then lists. */
function runAttw(tarball: string): string {
  const cli = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
  const args = [cli, tarball, '--format', 'json', '--no-definitely-typed', '--profile', 'strict'];
  try {
    return execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return stdout;
    throw error;
  }
}
