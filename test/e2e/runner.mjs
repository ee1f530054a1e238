#!/usr/bin/env node
// `npm run test:e2e` (after setup.mjs): the Corpus Lens extension tested in a real editor.
//   1. builds the extension and the test bundles;
//   2. makes fixture workspaces (temporary copies of samples/corpus with their own settings);
//   3. starts code-server on a free loopback port and headless Chromium (both from .e2e/ / Debian);
//   4. runs the mocha suites INSIDE the editor (smoke-test driver + extensionTestsPath payload),
//      then the Playwright specs against the workbench, then the Neovim smoke test;
//   5. prints a summary and stops everything it started, also on failure or timeout.
// Options: --only suite,ui,neovim (comma list) · --keep (leave temp folders) · --update-docs (copy
// the hover and outline screenshots to docs/) · env
// CORPUS_LENS_E2E_TIMEOUT (seconds, overall), CORPUS_LENS_E2E_GREP (mocha grep).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE, ROOT } from './setup.mjs';
import { buildExtension, buildTests, SUITE_DIR, UI_BUNDLE } from './lib/build.mjs';
import { startCodeServer } from './lib/codeServer.mjs';
import { cleanupAll, installExitGuards, onCleanup } from './lib/processes.mjs';
import { makeFixture } from './lib/fixture.mjs';
import { runNeovim } from './neovim/run.mjs';

const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = new Set((onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? args[args.indexOf(onlyArg) + 1] : 'suite,ui,neovim').split(','));
const keep = args.includes('--keep');
const updateDocs = args.includes('--update-docs');
const OVERALL_MS = Number(process.env.CORPUS_LENS_E2E_TIMEOUT ?? 720) * 1000;
const SUITE_MS = 8 * 60_000;
const SPEC_MS = 3 * 60_000;
const PREFIX = '[corpus-lens e2e]';

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[e2e ${seconds(Date.now() - started).padStart(7)}] ${message}`);

/** One row of the summary per stage. */
const results = [];

async function main() {
  installExitGuards(OVERALL_MS);
  for (const needed of [NODE, CODE_SERVER_ENTRY, CHROMIUM]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run node test/e2e/setup.mjs first (npm run test:e2e does)`);
  }
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const temp = mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-e2e-'));
  if (!keep) onCleanup(() => rmSync(temp, { recursive: true, force: true }));
  else log(`temporary folders kept in ${temp}`);

  log('building the extension and the test bundles');
  buildExtension();
  const { tests, specs } = await buildTests();
  log(`built: ${tests.length} in-editor test files, ${specs.length} UI spec files`);

  const needsEditor = only.has('suite') || only.has('ui');
  let codeServer;
  let browser;
  if (needsEditor) {
    const resultsFile = path.join(temp, 'suite-results.json');
    codeServer = await startCodeServer({
      home: path.join(temp, 'code-server'),
      logFile: path.join(ARTIFACTS, 'code-server.log'),
      env: { CORPUS_LENS_E2E_RESULTS: resultsFile, ...(process.env.CORPUS_LENS_E2E_GREP ? { CORPUS_LENS_E2E_GREP: process.env.CORPUS_LENS_E2E_GREP } : {}) },
      extensions: (dir) => installExtensionCopy(dir),
    });
    onCleanup(() => codeServer.stop());
    log(`code-server listening on ${codeServer.base}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // Playwright's own temporary profile is fresh per launch and removed on close; Chromium's
      // crash reporter and caches go to the run's temporary folder, not the home folder.
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'xdg-config'), XDG_CACHE_HOME: path.join(temp, 'xdg-cache') },
    });
    onCleanup(() => browser.close());

    if (only.has('suite')) await runSuiteStage({ codeServer, browser, temp, resultsFile });
    if (only.has('ui')) await runUiStage({ codeServer, browser, temp });
  }
  if (only.has('neovim')) await runNeovimStage({ temp });
}

/** The extension as a reader installs it: a copy of what its package would hold, in the extensions folder. */
function installExtensionCopy(extensionsDir) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const target = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  mkdirSync(target, { recursive: true });
  for (const entry of ['package.json', 'dist', 'syntaxes', 'language-configuration.json', 'README.md', 'LICENSE', 'images']) {
    const from = path.join(ROOT, entry);
    if (existsSync(from)) cpSync(from, path.join(target, entry), { recursive: true });
  }
}

async function newPage(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`${seconds(Date.now() - started)} ${m.type()} ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`pageerror ${e.message}`));
  const close = async () => {
    writeFileSync(path.join(ARTIFACTS, `${name}.console.log`), consoleLog.join('\n'));
    await context.close().catch(() => undefined);
  };
  return { page, close, consoleLog };
}

async function runSuiteStage({ codeServer, browser, temp, resultsFile }) {
  const row = { stage: 'editor suite (mocha inside code-server)', passed: 0, failed: 0, pending: 0, notes: [] };
  results.push(row);
  const stageStart = Date.now();
  const fixture = makeFixture(path.join(temp, 'suite-workspace'));
  const { page, close } = await newPage(browser, 'suite');
  try {
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    // Registered before the page loads: the smoke-test driver calls it when run() settles.
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    page.on('console', (m) => {
      const text = m.text();
      const at = text.indexOf(PREFIX);
      if (at >= 0) console.log(text.slice(at).replace(PREFIX, '   '));
    });
    const url = codeServer.url(fixture, [
      ['extensionDevelopmentPath', codeServer.remoteUri(ROOT)],
      ['extensionTestsPath', codeServer.remoteUri(SUITE_DIR)],
    ]);
    log('running the in-editor suites');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    const died = codeServer.handle.exited.then(() => 'code-server exited');
    const timeout = new Promise((resolve) => setTimeout(resolve, SUITE_MS, 'timeout'));
    const code = await Promise.race([exited, died, timeout]);
    if (code === 'timeout') row.notes.push(`no result after ${seconds(SUITE_MS)}`);
    else if (typeof code === 'string') row.notes.push(code);
    else if (code !== 0) row.notes.push(`the editor reported exit code ${code}`);
    if (existsSync(resultsFile)) {
      const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
      Object.assign(row, { passed: summary.passed, failed: summary.failed, pending: summary.pending });
      row.failures = summary.tests.filter((t) => t.state === 'failed');
      row.pendingTests = summary.tests.filter((t) => t.state === 'pending').map((t) => t.title);
      if (code !== 0 && summary.failed === 0) row.failed += 1;
    } else {
      row.notes.push('the suites wrote no results (they did not run or crashed)');
      row.failed += 1;
    }
  } catch (err) {
    row.failed += 1;
    row.notes.push(err instanceof Error ? err.message : String(err));
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, 'suite-final.png') }).catch(() => undefined);
    await close();
    row.ms = Date.now() - stageStart;
  }
}

async function runUiStage({ codeServer, browser, temp }) {
  const row = { stage: 'UI specs (Playwright + Chromium)', passed: 0, failed: 0, pending: 0, notes: [], failures: [] };
  results.push(row);
  const stageStart = Date.now();
  const fixture = makeFixture(path.join(temp, 'ui-workspace'));
  const { specs } = await import(pathToFileURL(UI_BUNDLE).href);
  // One window serves every spec (a workbench load is the slow part); a spec that breaks the
  // page gets the next one a fresh window.
  let current = await newPage(browser, 'ui');
  for (const spec of specs) {
    const slug = spec.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const { page } = current;
    const specStart = Date.now();
    const ctx = {
      page,
      fixture,
      root: ROOT,
      workbenchUrl: (file) => codeServer.url(fixture, file ? [['openFile', codeServer.remoteUri(file)]] : []),
      screenshot: async (name) => {
        const file = path.join(ARTIFACTS, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      publish: async (shot, name) => {
        if (!updateDocs) return;
        copyFileSync(shot, path.join(ROOT, 'docs', name));
        log(`   docs/${name} updated`);
      },
      log: (message) => log(`   ${spec.name}: ${message}`),
    };
    try {
      let timer;
      await Promise.race([
        spec.run(ctx),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`spec timed out after ${seconds(SPEC_MS)}`)), SPEC_MS))),
      ]).finally(() => clearTimeout(timer));
      row.passed += 1;
      console.log(`    ok   ${spec.name} (${Date.now() - specStart} ms)`);
    } catch (err) {
      row.failed += 1;
      const message = err instanceof Error ? err.message.split('\n').slice(0, 6).join('\n') : String(err);
      row.failures.push({ title: spec.name, error: message });
      console.log(`    FAIL ${spec.name} (${Date.now() - specStart} ms)\n         ${message.replace(/\n/g, '\n         ')}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `ui-${slug}-failure.png`) }).catch(() => undefined);
      await current.close();
      current = await newPage(browser, `ui-after-${slug}`);
    }
  }
  await current.close();
  row.ms = Date.now() - stageStart;
}

async function runNeovimStage({ temp }) {
  const row = { stage: 'Neovim smoke (second editor)', passed: 0, failed: 0, pending: 0, notes: [], failures: [] };
  results.push(row);
  const stageStart = Date.now();
  const fixture = makeFixture(path.join(temp, 'neovim-workspace'));
  try {
    const checks = await runNeovim({ fixture, artifacts: ARTIFACTS, log });
    for (const check of checks) {
      if (check.ok) row.passed += 1;
      else {
        row.failed += 1;
        row.failures.push({ title: check.name, error: check.detail });
      }
      console.log(`    ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.ok ? '' : `\n         ${check.detail}`}`);
    }
  } catch (err) {
    row.failed += 1;
    row.notes.push(err instanceof Error ? err.message : String(err));
  }
  row.ms = Date.now() - stageStart;
}

function printSummary(error) {
  console.log('\nEnd-to-end summary');
  for (const r of results) {
    const counts = `${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}`;
    console.log(`  ${r.stage.padEnd(42)} ${counts.padEnd(34)} ${r.ms !== undefined ? seconds(r.ms) : ''}`);
    for (const f of r.failures ?? []) console.log(`      ✗ ${f.title}: ${String(f.error).split('\n')[0]}`);
    for (const t of r.pendingTests ?? []) console.log(`      - pending: ${t}`);
    for (const n of r.notes) console.log(`      ! ${n}`);
  }
  if (error) console.log(`  runner error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  const failed = error || results.some((r) => r.failed > 0 || r.notes.length > 0) || results.length === 0;
  console.log(`  total ${seconds(Date.now() - started)} → ${failed ? 'FAILED' : 'PASSED'} (logs and screenshots in test/e2e/artifacts/)`);
  return failed ? 1 : 0;
}

let error;
try {
  await main();
} catch (err) {
  error = err;
} finally {
  await cleanupAll();
}
process.exit(printSummary(error));
