// The views: every route by deep link, filters in the URL, timeline and map interaction,
// evidence links into the letter, search, language, and bad input.
import { expect, test } from '@playwright/test';
import { DESKTOP, MapPage, MissionPage, OverviewPage, PHONE, SearchPage, TimelinePage, openApp, reloadApp, screenshot, seriousViolations, viewportScreenshot, watchNetwork } from './pages/app-page';

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
  await reloadApp(page);
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
  await expect(page.getByTestId('timeline-detail').locator('blockquote').first()).not.toBeEmpty();
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
  await reloadApp(page);
  await expect.poll(async () => Math.abs((await timeline.spanDays()) - span)).toBeLessThan(2);
});

test('a link can select a timeline mark, and focusing a mark selects it', async ({ page }) => {
  await page.goto('./timeline/?sel=ev-33');
  const detail = page.getByTestId('timeline-detail');
  await expect(detail).toContainText('vanaf 1 januari 2018');
  // An old link's event id still finds the commitment whose period it gives.
  await expect(detail.locator('blockquote').first()).toContainText('F-16');
  await page.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]sel=(c|ev)-\d+/);
  expect(new URL(page.url()).searchParams.get('sel')).not.toBe('ev-33');
});

test('a map marker opens a popover with what is contributed, its state and a link; Escape closes it', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const marker = map.markerButton('MINUSMA — Mali');
  await expect(marker).toHaveAccessibleName('MINUSMA — Mali: het verzamelen van informatie · decision pending');
  await marker.locator('circle').click();
  const popover = map.popover('MINUSMA — Mali');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('het verzamelen van informatie');
  await expect(popover).toContainText('Decision pending');
  await expect(page).toHaveURL(/\/map\/$/);
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await screenshot(page, 'map-popover');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await popover.getByRole('link', { name: /Open the mission/ }).click();
  await expect(page).toHaveURL(/\/missions\/minusma\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
});

test('the map labels markers with what is contributed where the labels fit', async ({ page }) => {
  await new MapPage(page).open();
  const labels = page.locator('.mk-map__label');
  await expect.poll(() => labels.count()).toBeGreaterThan(2);
  await expect(labels.filter({ hasText: 'MINUSMA' })).toHaveCount(1);
  // No two labels overlap.
  const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `labels ${i} and ${j}`).toBe(true);
    }
  }
});

for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`the map and a mission page look right on arrival, ${label}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page, './map/');
    await expect.poll(() => page.locator('.mk-map__country').count()).toBeGreaterThan(80);
    await viewportScreenshot(page, `arrival-map-${label}`);
    await openApp(page, './missions/counter-isis/');
    await expect(page.getByRole('heading', { level: 1, name: 'Fight against ISIS' })).toBeVisible();
    await viewportScreenshot(page, `arrival-mission-${label}`);
    // The mini map loads as it nears the screen.
    await page.locator('#map-title').scrollIntoViewIfNeeded();
    await page.locator('.mk-map--inset').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.mk-map--inset .mk-map__country').count()).toBeGreaterThan(80);
    const height = await page.locator('.mk-map--inset .mk-map__svg').evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(300);
    await viewportScreenshot(page, `arrival-mission-map-${label}`);
  });
}

test('the mission page says what is contributed, for which period, and when the decision is due', async ({ page }) => {
  const mission = new MissionPage(page);
  await mission.open('counter-isis');
  const contribution = mission.contribution();
  await expect(contribution.getByRole('link', { name: 'F-16’s' })).toHaveAttribute('href', /\/letter\/#s-\d+$/);
  await expect(contribution.getByRole('listitem').first()).toContainText('military');
  await expect(page.getByTestId('commitment-period')).toHaveText('from 1 January 2018, no end date given');
  const decision = page.getByTestId('commitment-decision');
  await expect(decision).toContainText('Decision pending');
  await expect(decision).toContainText('Decision due: 4 September – 4 December 2017, read from ‘Op korte termijn’');
  await contribution.getByRole('link', { name: 'F-16’s' }).click();
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText('F-16’s');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a mission page says plainly when the letter does not say what is contributed', async ({ page }) => {
  await new MissionPage(page).open('eucap-sahel-mali');
  await expect(new MissionPage(page).contribution()).toContainText('The letter does not say what the Netherlands contributes.');
  await new MissionPage(page).open('minusma');
  await expect(page.getByTestId('commitment-period')).toContainText('read from the letter');
});

test('the overview cards say when a decision is due, or the period', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.open();
  const card = (name: string) => overview.missions().filter({ has: overview.mission(name) });
  await expect(card('MINUSMA')).toContainText('Decision due: 4 September – 4 December 2017 (read from ‘Op korte termijn’)');
  await expect(card('Atalanta')).toContainText('Decision due: September – November 2017 (read from ‘dit najaar’)');
  await expect(card('MINUSMA')).toContainText('het verzamelen van informatie');
  await expect(page.getByText('Next date')).toHaveCount(0);
});

test('the letter links missions, citations and commitment dates where the parser found them, never twice over', async ({ page, request }) => {
  // Issue 13 §4: only these are links; a mission's whole phrase (`VN-missie MINUSMA in Mali`) is
  // one link, and every other name the parser found is marked quietly, with no link.
  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  type Range = { start: number; end: number };
  type Found = { sentence: string; range: Range };
  type Interval = { from_letter_scope: boolean; evidence: Found };
  const bytes = new TextEncoder();
  const slice = (id: string, r: Range) => {
    const text = model.sentences.find((s: { id: string }) => s.id === id).text as string;
    return new TextDecoder().decode(bytes.encode(text).slice(r.start, r.end));
  };
  const dates: Found[] = model.commitments
    .flatMap((c: { period: Interval | null; decision: { due: Interval | null } }) => [c.period, c.decision.due])
    .filter((i: Interval | null) => i && !i.from_letter_scope)
    .map((i: Interval) => i.evidence);
  await openApp(page, './letter/#s-10');
  let quietNames = 0;
  for (const id of ['s-10', 's-120']) {
    const links = page.locator(`[id="${id}"] a`);
    const missions = model.missions.flatMap((m: { id: string; mentions: Found[] }) =>
      m.mentions.filter((f) => f.sentence === id).map((f) => [slice(id, f.range), `/missions/${m.id}/`]));
    const citations = model.references.filter((r: Found) => r.sentence === id).map((r: Found) => [slice(id, r.range), '']);
    const due = [...new Set(dates.filter((d) => d.sentence === id).map((d) => slice(id, d.range)))].map((t) => [t, '/timeline/?']);
    const expected = [...missions, ...citations, ...due];
    expect(expected.length, id).toBeGreaterThan(2);
    // Each finding stands in exactly one link, and every link is one of them.
    for (const [text, href] of expected) {
      const link = links.filter({ hasText: text });
      await expect(link, `${id}: ${text}`).toHaveCount(1);
      if (href) await expect(link).toHaveAttribute('href', new RegExp(href.replace(/[?]/g, '\\?')));
    }
    await expect(links, id).toHaveCount(expected.length);
    // Places, organisations and other dates are marked, but lead nowhere and take no tab stop.
    const quiet = page.locator(`[id="${id}"] .mk-name`);
    quietNames += await quiet.count();
    for (const name of await quiet.all()) {
      await expect(name).toHaveAttribute('title', /.+: .+|Date/);
      await expect(name).not.toHaveAttribute('tabindex');
      await expect(name.locator('a, button')).toHaveCount(0);
    }
  }
  // s-10's places and organisations all stand in its mission phrases; s-120 has some of its own.
  expect(quietNames).toBeGreaterThan(0);
  await expect(page.locator('#s-10').getByRole('link', { name: 'VN-missie MINUSMA in Mali', exact: true })).toHaveCount(1);
  await expect(page.locator('#s-10').getByRole('link', { name: 'Mali', exact: true })).toHaveCount(0);
  await expect(page.locator('#s-10')).toHaveClass(/mk-sentence--target/);
  expect(await seriousViolations(page)).toEqual([]);
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
  await expect(map.markerButton('MINUSMA — Mali')).toBeVisible();
  await expect(page.locator('.mk-map__country')).toHaveCount(0);
  release();
  await expect.poll(() => page.locator('.mk-map__country').count()).toBeGreaterThan(80);
});

test('without its country outlines the map says so and still shows the markers', async ({ page }) => {
  await page.route('**/basemap.tsv', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await new MapPage(page).open();
  await expect(page.getByRole('status').filter({ hasText: 'country outlines could not be loaded' })).toBeVisible();
  await expect(new MapPage(page).markerButton('MINUSMA — Mali')).toBeVisible();
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

test('searching finds contributions by what is contributed and by their state, in either language', async ({ page }) => {
  await openApp(page, './search/?q=F-16');
  const search = new SearchPage(page);
  await expect(search.group(/^Contributions/).getByRole('link', { name: /Fight against ISIS: F-16’s/ })).toBeVisible();
  await openApp(page, './search/?q=besluit%20volgt');
  await expect(search.group(/^Contributions/).getByRole('link', { name: /MINUSMA/ })).toBeVisible();
  await openApp(page, './missions/counter-isis/?lang=nl');
  await expect(page.getByTestId('commitment-period')).toHaveText('vanaf 1 januari 2018, geen einddatum genoemd');
  await expect(page.getByTestId('commitment-decision')).toContainText('Besluit verwacht: 4 september – 4 december 2017, afgeleid uit ‘Op korte termijn’');
  await expect(page.getByRole('region', { name: 'Nederlandse bijdrage' }).getByText('militair').first()).toBeVisible();
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
