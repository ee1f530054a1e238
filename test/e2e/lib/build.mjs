// Builds what the end-to-end run loads: the extension itself (the project's `esbuild.mjs`), the
// in-editor mocha suites as one CommonJS bundle with mocha inside (`.e2e/out/suite/index.js`,
// whose `run()` the editor calls), and the Playwright specs as one ES module for the runner.
// The list of test files is the folder's contents, so a new `*.test.ts` needs no registration.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { E2E, ROOT } from '../setup.mjs';

export const OUT = path.join(E2E, 'out');
export const SUITE_DIR = path.join(OUT, 'suite');
export const UI_BUNDLE = path.join(OUT, 'ui', 'specs.mjs');

export function buildExtension() {
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('the extension build (node esbuild.mjs) failed');
}

function listed(dir, suffix) {
  return readdirSync(dir).filter((f) => f.endsWith(suffix)).sort();
}

export async function buildTests() {
  rmSync(OUT, { recursive: true, force: true });
  const suiteSrc = path.join(ROOT, 'test/e2e/suite');
  const tests = listed(suiteSrc, '.test.ts');
  await esbuild.build({
    stdin: {
      contents: [
        `import { runSuites } from './index';`,
        `export function run() { return runSuites([${tests.map((f) => `() => import(${JSON.stringify(`./${f}`)})`).join(', ')}]); }`,
      ].join('\n'),
      resolveDir: suiteSrc,
      sourcefile: 'suite-entry.ts',
      loader: 'ts',
    },
    outfile: path.join(SUITE_DIR, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // Mocha's parallel mode (worker files found by require.resolve) is never used in the editor.
    logOverride: { 'require-resolve-not-external': 'silent' },
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });

  const uiSrc = path.join(ROOT, 'test/e2e/ui');
  const specs = listed(uiSrc, '.spec.ts');
  await esbuild.build({
    stdin: {
      contents: [...specs.map((f) => `import ${JSON.stringify(`./${f}`)};`), `export { specs } from './harness';`].join('\n'),
      resolveDir: uiSrc,
      sourcefile: 'ui-entry.ts',
      loader: 'ts',
    },
    outfile: UI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });
  return { tests, specs };
}
