// The views: every route by deep link, filters in the URL, timeline and map interaction,
// evidence links into the letter, search, language, and bad input.
import { expect, test } from '@playwright/test';
import { DESKTOP, MapPage, MissionPage, OverviewPage, PHONE, SearchPage, TimelinePage, openApp, screenshot, seriousViolations, watchNetwork } from './pages/app-page';

const ROUTES: [string, string, string][] = [
  ['overview', './', 'Dutch contributions to missions in 2018'],
  ['timeline', './timeline/', 'Timeline'],
  ['map', './map/', 'Map'],
  ['mission', './missions/minusma/', 'MINUSMA'],
  ['letter', './letter/', 'Samenhang Nederlandse inspanningen in missies 2018'],
  ['search', './search/?q=Atalanta', 'Search'],
];

for (const [name, path, heading] of ROUTES) {
  test(`${name} loads by deep link, fits desktop and phone, and passes axe`, async ({ page }) => {
    const problems = watchNetwork(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${label} has no sideways scroll`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-${label}`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('dark mode follows the system and stays free of serious accessibility violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['./', './map/', './missions/efp/', './letter/#s-42']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 22, 28)');
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await screenshot(page, 'letter-dark-desktop');
});

test('a view path without its trailing slash still opens the view', async ({ page }) => {
  await page.goto('./timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
});

test('a filter change updates the URL, and a reload restores the view', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.open();
  await overview.expectLoaded();
  await page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { name: 'EU' }).check();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Ongoing' }).check();
  await expect(page).toHaveURL(/\?org=eu&status=ongoing$/);
  const summary = page.getByTestId('filter-summary');
  await expect(summary).toHaveText('2 of 10 missions: EU · ongoing');
  await expect(overview.missions()).toHaveCount(2);
  await page.reload();
  await expect(summary).toHaveText('2 of 10 missions: EU · ongoing');
  await expect(page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { name: 'EU' })).toBeChecked();
  await expect(overview.mission('EUCAP Sahel Mali')).toBeVisible();
  await expect(overview.mission('MINUSMA')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(overview.missions()).toHaveCount(10);
});

test('the keyboard zooms and pans the timeline, and a focused mark shows its sentence', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  const before = await timeline.spanDays();
  await timeline.chart().focus();
  await page.keyboard.press('+');
  await expect.poll(() => timeline.spanDays()).toBeLessThan(before);
  const zoomed = await timeline.spanDays();
  await page.keyboard.press('-');
  await expect.poll(() => timeline.spanDays()).toBeGreaterThan(zoomed);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('timeline-detail').locator('blockquote')).not.toBeEmpty();
  await screenshot(page, 'timeline-focused-mark');
});

test('the timeline keeps its period in the URL, so a reload shows the same stretch of time', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  await timeline.chart().focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/timeline\/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  const span = await timeline.spanDays();
  await page.reload();
  await expect.poll(() => timeline.spanDays()).toBeGreaterThan(span - 2);
  expect(await timeline.spanDays()).toBeLessThan(span + 2);
});

test('a link can select a timeline mark, and focusing a mark selects it', async ({ page }) => {
  await page.goto('./timeline/?sel=ev-33');
  const detail = page.getByTestId('timeline-detail');
  await expect(detail).toContainText('vanaf 1 januari 2018');
  await expect(detail.locator('blockquote')).toContainText('F-16');
  await page.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]sel=ev-\d+/);
  expect(new URL(page.url()).searchParams.get('sel')).not.toBe('ev-33');
});

test('clicking a map marker opens its mission', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.marker('MINUSMA — Mali').click();
  await expect(page).toHaveURL(/\/missions\/minusma\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
});

test('the map fetches its country outlines only when a map is shown', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await new OverviewPage(page).open();
  await expect(new OverviewPage(page).missions().first()).toBeVisible();
  expect(fetched.filter((p) => p.endsWith('/basemap.tsv'))).toEqual([]);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect.poll(() => page.locator('.mk-map__country').count()).toBeGreaterThan(80);
  await expect(page.locator('.mk-map__country--involved')).not.toHaveCount(0);
});

test('the map view stays on screen while its country outlines load', async ({ page }) => {
  // Bug: reading the outlines as a resource held the view's <Suspense> back, blanking the page.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/basemap.tsv', async (route) => {
    await released;
    await route.continue();
  });
  const map = new MapPage(page);
  await map.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await expect(map.marker('MINUSMA — Mali')).toBeVisible();
  await expect(page.locator('.mk-map__country')).toHaveCount(0);
  release();
  await expect.poll(() => page.locator('.mk-map__country').count()).toBeGreaterThan(80);
});

test('without its country outlines the map says so and still shows the markers', async ({ page }) => {
  await page.route('**/basemap.tsv', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await new MapPage(page).open();
  await expect(page.getByRole('status').filter({ hasText: 'country outlines could not be loaded' })).toBeVisible();
  await expect(new MapPage(page).marker('MINUSMA — Mali')).toBeVisible();
});

test('the map zooms by keyboard', async ({ page }) => {
  await new MapPage(page).open();
  const svg = page.locator('.mk-map__svg');
  await page.getByRole('group', { name: 'Map' }).focus();
  await page.keyboard.press('+');
  await expect(svg).toHaveAttribute('data-zoom', '1.50');
});

test('an evidence link on a mission page lands on the highlighted sentence in the letter', async ({ page }) => {
  const mission = new MissionPage(page);
  await mission.open('atalanta');
  const first = mission.evidence().first();
  const text = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/letter\/#s-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  const sentence = page.locator(`[id="${id}"]`);
  await expect(sentence).toHaveClass(/mk-sentence--target/);
  await expect(sentence).toBeInViewport();
  await expect(sentence).toContainText(text.slice(0, 40));
  await screenshot(page, 'letter-highlighted-sentence');
});

test('searching for Atalanta finds the mission and its sentences', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await search.box().fill('Atalanta');
  await expect(page).toHaveURL(/\?q=Atalanta$/);
  await expect(search.group(/^Missions/).getByRole('link', { name: 'Atalanta' })).toBeVisible();
  const sentences = search.group(/^Sentences/).getByRole('listitem');
  await expect(sentences).toHaveCount(2);
  await expect(sentences.first().locator('mark')).toHaveText('Atalanta');
});

test('the language switch turns the interface Dutch and the URL remembers it', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.open();
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\?lang=nl$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nederlandse bijdragen aan missies in 2018' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?lang=nl$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tijdlijn' })).toBeVisible();
});

test('a footnote opens as a popover from the keyboard', async ({ page }) => {
  await openApp(page, './letter/');
  const marker = page.getByRole('button', { name: 'Footnote 3' });
  await marker.focus();
  await page.keyboard.press('Enter');
  const note = page.locator('#fn-3-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Kamerstuk 29 521, nr. 343');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});

test('a malformed query string gets a clear message and a way back', async ({ page }) => {
  const problems = watchNetwork(page);
  await page.goto('./?status=bogus,decided&org=%E0%A4%A&lang=xx');
  await expect(page.getByRole('status').filter({ hasText: 'Not understood, so ignored' })).toContainText('status=bogus');
  await expect(page.getByTestId('filter-summary')).toHaveText('2 of 10 missions: decided');
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(new OverviewPage(page).missions()).toHaveCount(10);
  expect(problems).toEqual([]);
});

test('an unknown mission id says so and suggests the nearest mission', async ({ page }) => {
  const response = await page.goto('./missions/minsuma/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Mission not found' })).toBeVisible();
  await page.getByRole('link', { name: 'MINUSMA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
});
