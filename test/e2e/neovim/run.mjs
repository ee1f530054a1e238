// Runs the Neovim smoke test (smoke.lua) headless against the bundled server on a fixture copy of
// the corpus, with a time limit, and returns one { name, ok, detail } per check.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NVIM, ROOT } from '../setup.mjs';
import { startProcess, stopProcess } from '../lib/processes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The article, the name hovered and a diagnostic code expected in it. */
export const NEOVIM_CASE = { article: '000_fbc752dc2aec9556.txt', hoverOn: 'Tertitskiy', expectCode: 'vague-source' };

export async function runNeovim({ fixture, artifacts, log = console.log, timeoutMs = 90_000 }) {
  const results = path.join(artifacts, 'neovim-results.json');
  rmSync(results, { force: true });
  log('running the Neovim smoke test');
  const nvim = startProcess('neovim', NVIM, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(HERE, 'smoke.lua')}`], {
    cwd: fixture,
    logFile: path.join(artifacts, 'neovim.log'),
    env: {
      ...process.env,
      CORPUS_LENS_NVIM_RESULTS: results,
      CORPUS_LENS_NVIM_ROOT: fixture,
      CORPUS_LENS_NVIM_ARTICLE: NEOVIM_CASE.article,
      CORPUS_LENS_NVIM_HOVER_ON: NEOVIM_CASE.hoverOn,
      CORPUS_LENS_NVIM_EXPECT_CODE: NEOVIM_CASE.expectCode,
      CORPUS_LENS_NVIM_NODE: process.execPath,
      CORPUS_LENS_NVIM_SERVER: path.join(ROOT, 'dist/server.js'),
    },
  });
  const outcome = await Promise.race([nvim.exited, new Promise((resolve) => setTimeout(resolve, timeoutMs, 'timeout'))]);
  await stopProcess(nvim, 1000);
  if (!existsSync(results)) {
    const why = outcome === 'timeout' ? `no result after ${timeoutMs / 1000} s` : `nvim exited (${JSON.stringify(outcome)}) without results`;
    return [{ name: 'the Neovim smoke test finishes', ok: false, detail: `${why}; see test/e2e/artifacts/neovim.log` }];
  }
  const checks = JSON.parse(readFileSync(results, 'utf8'));
  const info = checks.filter((c) => c.info);
  for (const i of info) log(`   neovim ${i.name}: ${JSON.stringify(i.info)}`);
  return checks.filter((c) => !c.info);
}
