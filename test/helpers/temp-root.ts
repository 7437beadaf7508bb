/**
 * Global setup: the whole test run writes its temporary folders under one root, removed when the run ends.
 * Tests generate, build and pack hundreds of packages into scratch folders they go on importing until
 * their file ends; one root set here (TMPDIR, which `os.tmpdir()` and the tools the tests start read)
 * lets nothing stay behind without each test tracking its folders. Set `KEEP_TEST_TMP=1` to keep it
 * for a look after a failure; its path is printed then.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-tests-'));
  process.env['TMPDIR'] = root;
  return () => {
    if (process.env['KEEP_TEST_TMP']) console.log(`Test folders kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
