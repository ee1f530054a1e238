// The small harness the Playwright specs register with: the runner gives each spec a fresh
// browser page on code-server and the helpers below (open an article, wait for the workbench,
// save a screenshot). Specs wait for what the reader would see, polling, never sleeping.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface UiContext {
  page: Page;
  /** Folder of the fixture workspace (a copy of the sample corpus). */
  fixture: string;
  /** The project folder (for dist/cli.js and docs/). */
  root: string;
  /** The workbench URL for the fixture, opening `file` (an absolute path) if given. One page serves every spec. */
  workbenchUrl(file?: string): string;
  /** Saves a PNG under test/e2e/artifacts/ and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Copies a screenshot to docs/<name> when the run was started with --update-docs (never otherwise, so a test run leaves the tree clean). */
  publish(shot: string, name: string): Promise<void>;
  log(message: string): void;
}

export interface Spec {
  name: string;
  run(ctx: UiContext): Promise<void>;
}

export const specs: Spec[] = [];

export function spec(name: string, run: (ctx: UiContext) => Promise<void>): void {
  specs.push({ name, run });
}

/**
 * Shows `file` (an absolute path in the fixture) in an editor and waits until its text is on screen.
 * The first call loads the workbench with the file (the `openFile` payload); later calls reuse the
 * window and open the file through Quick Open, as a reader would, which saves a workbench load.
 */
export async function openArticle(ctx: UiContext, file: string): Promise<void> {
  const { page } = ctx;
  const name = file.split('/').pop()!;
  if (!(await page.locator('.monaco-workbench').count())) {
    await page.goto(ctx.workbenchUrl(file), { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  } else {
    // Quick Open, retried: a keystroke can land while another view still holds the focus.
    await waitFor(`${name} to open through Quick Open`, async () => {
      await page.keyboard.press('Escape');
      await page.locator('.editor-instance').first().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: 5000 });
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 5000 });
      return true;
    }, 60_000, 500);
  }
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 90_000 });
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 90_000 });
}

/** Waits until the extension's status bar item counts every article of the fixture (the server has indexed). */
let statusNeverCame: string | undefined;

export async function corpusStatus(ctx: UiContext): Promise<{ files: number; gaps: number; label: string }> {
  // Once the counts never came, the extension is down: later specs fail at once instead of waiting again.
  if (statusNeverCame) throw new Error(`the extension is not running: ${statusNeverCame}`);
  const { page } = ctx;
  const articles = readdirSync(ctx.fixture).filter((f) => f.endsWith('.txt')).length;
  const item = page.locator('.statusbar-item[aria-label^="Corpus Lens:"]').first();
  return waitFor('the Corpus Lens status bar counts', async () => {
    const label = (await item.getAttribute('aria-label', { timeout: 1000 })) ?? '';
    const files = /(\d+) files?/.exec(label);
    const gaps = /(\d+) attribution gaps?/.exec(label);
    return files && gaps && Number(files[1]) === articles ? { files: Number(files[1]), gaps: Number(gaps[1]), label } : undefined;
  }, 120_000).catch(async (err: Error) => {
    const label = await item.getAttribute('aria-label', { timeout: 1000 }).catch(() => '(no Corpus Lens item)');
    statusNeverCame = `${err.message}; the status bar says "${label}", the fixture has ${articles} articles`;
    throw new Error(statusNeverCame);
  });
}

/** Polls `probe` until it returns a value other than undefined/false. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Runs a workbench command through the command palette, as a reader would. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The attribution gaps the analysis finds in the fixture's articles (the CLI is the oracle). */
export function coreGapCounts(root: string, fixture: string): Record<string, number> {
  const files = readdirSync(fixture).filter((f) => f.endsWith('.txt')).map((f) => join(fixture, f));
  const json = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const counts: Record<string, number> = { 'unattributed-quote': 0, 'vague-source': 0, 'unsourced-claim': 0 };
  for (const report of JSON.parse(json) as { diagnostics: { code: string }[] }[]) {
    for (const d of report.diagnostics) if (d.code in counts) counts[d.code] += 1;
  }
  return counts;
}

/** The absolute path of the fixture article whose name starts with `prefix`. */
export function article(ctx: UiContext, prefix: string): string {
  const name = readdirSync(ctx.fixture).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no article ${prefix}*.txt in ${ctx.fixture}`);
  return join(ctx.fixture, name);
}
