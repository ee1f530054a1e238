// The small harness the Playwright specs register with: the runner gives each spec a fresh
// browser page on code-server and the helpers below (open an article, wait for the workbench,
// save a screenshot). Specs wait for what the reader would see, polling, never sleeping.
import type { Page } from 'playwright-core';

export interface UiContext {
  page: Page;
  /** Folder of the fixture workspace (a copy of the sample corpus). */
  fixture: string;
  /** The workbench URL for the fixture, opening `file` (an absolute path) if given. */
  workbenchUrl(file?: string): string;
  /** Saves a PNG under test/e2e/artifacts/ and returns its path. */
  screenshot(name: string): Promise<string>;
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

/** Opens the workbench on the fixture with `file` in an editor and waits until its text shows. */
export async function openArticle(ctx: UiContext, file: string, firstWords: string): Promise<void> {
  await ctx.page.goto(ctx.workbenchUrl(file), { waitUntil: 'domcontentloaded', timeout: 90_000 });
  await ctx.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await ctx.page.locator('.editor-instance .view-lines', { hasText: firstWords }).first().waitFor({ timeout: 90_000 });
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
