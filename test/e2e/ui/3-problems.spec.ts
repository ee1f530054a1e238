// The Problems panel lists the attribution gaps of the whole corpus, opened articles or not: its
// filter counts each gap code, and the counts match what the analysis finds (the CLI).
import { article, coreGapCounts, corpusStatus, openArticle, runCommand, spec, waitFor } from './harness';

spec('the Problems panel counts the attribution gaps of the corpus', async (ctx) => {
  const { page } = ctx;
  await openArticle(ctx, article(ctx, '004'));
  const status = await corpusStatus(ctx);
  const expected = coreGapCounts(ctx.root, ctx.fixture);
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  if (status.gaps !== total) throw new Error(`the status bar shows ${status.gaps} gaps, the analysis finds ${total}`);

  await runCommand(page, 'Focus on Problems View');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ timeout: 30_000 });
  const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  for (const [code, count] of Object.entries(expected)) {
    await filter.fill(code);
    // The filter badge says "Showing N of M" once a filter applies.
    const shown = await waitFor(`the Problems filter count for ${code}`, async () => {
      // The panel re-renders its filter box when diagnostics arrive, and a fill can land on the
      // box being replaced (a CI run once kept the previous code there): fill again until it holds.
      if ((await filter.inputValue().catch(() => '')) !== code) {
        await filter.fill(code).catch(() => undefined);
        return undefined;
      }
      const badge = (await page.locator('.viewpane-filter .viewpane-filter-badge, .markers-panel-filter-badge').first().innerText().catch(() => '')) || '';
      const m = /Showing (\d+) of (\d+)/i.exec(badge) ?? (count === 0 && /No results|0 of/i.test(badge) ? ['', '0'] : null);
      return m && Number(m[1]) === count ? Number(m[1]) : undefined;
    }, 60_000, 500).catch(async (err) => {
      const badge = await page.locator('.viewpane-filter-badge').first().innerText().catch(() => '(no badge)');
      throw new Error(`${code}: expected ${count} problems, the panel says "${badge}" (${err.message})`);
    });
    ctx.log(`${code}: ${shown}`);
  }
  await filter.fill('');
  await ctx.screenshot('problems');
});
