#!/usr/bin/env node
// `npm run test:e2e:desktop`: the same in-editor mocha suites as `npm run test:e2e`, in desktop
// VS Code through @vscode/test-electron. These machines cannot download VS Code (npm and Debian
// only, and neither ships it), so the runner needs an installed VS Code: set VSCODE_EXECUTABLE to
// its executable (e.g. /usr/share/code/code or "…/Visual Studio Code.app/Contents/MacOS/Electron").
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './setup.mjs';
import { buildExtension, buildTests, SUITE_DIR } from './lib/build.mjs';
import { makeFixture } from './lib/fixture.mjs';

const executable = process.env.VSCODE_EXECUTABLE;
if (!executable || !existsSync(executable)) {
  console.error(
    [
      'test:e2e:desktop needs a desktop VS Code, and none can be downloaded here.',
      executable ? `VSCODE_EXECUTABLE=${executable} does not exist.` : 'VSCODE_EXECUTABLE is not set.',
      'Install VS Code, then run for example:',
      '  VSCODE_EXECUTABLE=/usr/share/code/code npm run test:e2e:desktop',
      'On a machine that reaches update.code.visualstudio.com, @vscode/test-electron could download one;',
      'this script does not try. `npm run test:e2e` runs the same suites in code-server instead.',
    ].join('\n'),
  );
  process.exit(1);
}

const { runTests } = await import('@vscode/test-electron');
const temp = mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-desktop-'));
let code = 1;
try {
  buildExtension();
  await buildTests();
  const fixture = makeFixture(path.join(temp, 'workspace'));
  const results = path.join(temp, 'results.json');
  code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(SUITE_DIR, 'index.js'),
    extensionTestsEnv: { CORPUS_LENS_E2E_RESULTS: results },
    launchArgs: [fixture, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(temp, 'user-data'), '--extensions-dir', path.join(temp, 'extensions')],
  }).then(() => 0, (err) => {
    console.error(`desktop VS Code tests failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  });
  if (existsSync(results)) {
    const { passed, failed, pending } = JSON.parse(readFileSync(results, 'utf8'));
    console.log(`\nDesktop VS Code: ${passed} passed, ${failed} failed, ${pending} pending`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(code);
