// The Outline view of an article shows the People, Organisations, Places and Quotations groups,
// with the people under their group.
import { article, corpusStatus, openArticle, runCommand, spec, waitFor } from './harness';

spec('the Outline view shows People, Organisations, Places and Quotations', async (ctx) => {
  const { page } = ctx;
  await openArticle(ctx, article(ctx, '000'));
  await corpusStatus(ctx);
  // Folders collapsed, so the outline gets the sidebar's height.
  const folders = page.locator('.pane-header', { hasText: 'ui-workspace' }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  await runCommand(page, 'Explorer: Focus on Outline View');
  const outline = page.locator('.outline-pane');
  await outline.waitFor({ timeout: 30_000 });
  const rows = outline.locator('.monaco-list-row');
  // Groups start collapsed (outline.collapseItems in the test profile), so all four are on screen.
  const labels = await waitFor('the four groups', async () => {
    const all = (await rows.allInnerTexts()).map((t) => t.trim().split('\n')[0].trim());
    return ['People', 'Organisations', 'Places', 'Quotations'].every((g) => all.includes(g)) ? all : undefined;
  });
  ctx.log(`outline: ${labels.join(', ')}`);
  const people = rows.filter({ hasText: /^\s*People\s*$/ }).first();
  await people.locator('.monaco-tl-twistie').click();
  await waitFor('a person under People', async () => (await rows.filter({ hasText: 'Tertitskiy' }).count()) > 0);
  const shot = await ctx.screenshot('outline');
  await ctx.publish(shot, 'outline.png');
});
