// The app shell: the letter's sections and missions, served from a sub-path by a static host.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DESKTOP, NotFoundPage, OverviewPage, PHONE, screenshot, watchNetwork } from './pages/app-page';

test('the overview shows the letter\'s section headings and the missions it names', async ({ page }) => {
  const overview = new OverviewPage(page);
  const response = await overview.open();
  expect(response?.status()).toBe(200);
  await overview.expectLoaded();
  for (const name of ['MINUSMA', 'Resolute Support', 'enhanced Forward Presence', 'Atalanta', 'EUCAP Sahel Mali',
    'EUCAP Sahel Niger', 'NATO Response Force', 'EU Battlegroup', 'Border Security Teams', 'Fight against ISIS']) {
    await expect(overview.mission(name), name).toBeVisible();
  }
  await expect(overview.sectionHeadings()).toHaveCount(4);
  for (const heading of ['Inleiding', 'Internationale omgeving', 'Uitgangspunten', 'Conclusies']) {
    await expect(overview.sectionHeadings().filter({ hasText: heading })).toHaveCount(1);
  }
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Kamerstukken 33 694 en 29 521, nr. 11');
  await expect(footer.getByRole('link', { name: 'Official publication' })).toHaveAttribute('href', /kst-33694-11/);
});

test('every asset loads under the sub-path', async ({ page }) => {
  const problems = watchNetwork(page);
  const overview = new OverviewPage(page);
  await overview.open();
  await overview.expectLoaded();
  expect(problems).toEqual([]);
  expect(new URL(page.url()).pathname).toBe(new URL(test.info().project.use.baseURL!).pathname);
});

test('the site root without its trailing slash redirects to the app', async ({ page, baseURL }) => {
  const bare = baseURL!.replace(/\/$/, '');
  await page.goto(bare);
  expect(page.url()).toBe(baseURL);
  await new OverviewPage(page).expectLoaded();
});

test('an unknown path answers 404 with the not-found view and a working link home', async ({ page, baseURL }) => {
  const problems = watchNetwork(page);
  const response = await page.goto('./no/such/page');
  expect(response?.status()).toBe(404);
  const notFound = new NotFoundPage(page);
  await expect(notFound.heading()).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await screenshot(page, 'not-found-desktop');
  await notFound.homeLink().click();
  expect(page.url()).toBe(baseURL);
  await new OverviewPage(page).expectLoaded();
  // Only the document itself was a 404: its assets all loaded from the sub-path.
  expect(problems.filter((p) => !p.endsWith('/no/such/page'))).toEqual([]);
});

test('a keyboard user can skip to the content', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.open();
  await overview.expectLoaded();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`the overview fits a ${label} screen and has no serious accessibility violations`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const overview = new OverviewPage(page);
    await overview.open();
    await overview.expectLoaded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `overview-${label}`);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('the not-found view has no serious accessibility violations', async ({ page }) => {
  await page.goto('./nowhere/at/all');
  await expect(new NotFoundPage(page).heading()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});
