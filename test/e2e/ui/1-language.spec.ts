// The reader opens an article: the status bar says it is a News article, the extension's counts
// appear, and the grammar colours quoted text differently from the narration around it.
import { article, corpusStatus, openArticle, spec, waitFor } from './harness';

spec('an article opens as a News article, with the corpus counts and coloured quotations', async (ctx) => {
  const { page } = ctx;
  await openArticle(ctx, article(ctx, '000'));
  await page.locator('.statusbar-item', { hasText: 'News article' }).first().waitFor({ timeout: 60_000 });
  await corpusStatus(ctx);

  // Narration and the quotation on the same line end up in spans of different token classes.
  const classOf = async (text: string) =>
    waitFor(`a token span for "${text}"`, async () => {
      const span = page.locator('.view-lines .view-line span span', { hasText: text }).first();
      return (await span.count()) ? ((await span.getAttribute('class')) ?? '') : undefined;
    });
  const narration = await classOf('Ce type de transaction');
  const quoted = await classOf('la véritable fin');
  if (narration === quoted) throw new Error(`quoted text has the same colour class as narration (${quoted})`);
  await ctx.screenshot('ui-article');
});
