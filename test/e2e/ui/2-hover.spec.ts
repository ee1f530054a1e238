// Hovering a person's name in the editor shows his card: name, role, mentions and quotations.
import { article, corpusStatus, openArticle, spec, waitFor } from './harness';

spec('hovering « Tertitskiy » shows his card', async (ctx) => {
  const { page } = ctx;
  await openArticle(ctx, article(ctx, '000'));
  await corpusStatus(ctx);
  const name = page.locator('.view-lines .view-line span span', { hasText: /^Tertitskiy/ }).first();
  await name.waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Fyodor Tertitskiy' });
  const text = await waitFor('the hover card', async () => {
    // Move away and back so each poll is a fresh hover.
    await page.mouse.move(5, 5);
    await name.hover({ position: { x: 8, y: 5 } });
    await hover.first().waitFor({ timeout: 3000 });
    return hover.first().innerText();
  }, 60_000, 500);
  for (const expected of [/Fyodor Tertitskiy/, /chercheur principal/, /véritable fin d’une époque/]) {
    if (!expected.test(text)) throw new Error(`the hover card lacks ${expected}: ${text}`);
  }
  const shot = await ctx.screenshot('hover');
  await ctx.publish(shot, 'hover.png');
});
