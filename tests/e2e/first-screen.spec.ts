// A reader's first screen: charts drawn as wide as their frame on a direct load, a phone that
// shows content first with tap targets a finger can hit, the map's names, and every route at
// both widths in both languages: a viewport screenshot (what a reader sees on arrival, not a
// full page) and axe.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, openApp, seriousViolations, viewportScreenshot } from './pages/app-page';

const WIDTHS = [['desktop', DESKTOP], ['phone', PHONE]] as const;

/** The drawing's width against its frame's inner width, for each chart matching `selector`. */
async function drawingsAgainstFrames(page: Page, selector: string): Promise<[number, number][]> {
  return page.locator(selector).evaluateAll((svgs) =>
    svgs.map((svg) => [svg.getBoundingClientRect().width, (svg.parentElement as HTMLElement).clientWidth] as [number, number]),
  );
}

for (const [label, viewport] of WIDTHS) {
  test(`on a direct load at ${label} width, each chart is as wide as its frame, and the timeline shows 2018`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page, './timeline/');
    if (label === 'phone') {
      // A phone gets the timeline as a list by date.
      await expect(page.locator('ol.mk-timeline__list')).toContainText('2018');
    } else {
      const [[drawing, frame]] = await drawingsAgainstFrames(page, '.mk-timeline__svg');
      expect(Math.abs(drawing - frame)).toBeLessThanOrEqual(2);
      await expect(page.locator('.mk-timeline__svg text').filter({ hasText: /^2018$/ }).first()).toBeVisible();
    }

    await openApp(page, './map/');
    await expect.poll(() => page.locator('.mk-map__country').count()).toBeGreaterThan(80);
    for (const [drawing, frame] of await drawingsAgainstFrames(page, '.mk-map__svg')) {
      expect(Math.abs(drawing - frame)).toBeLessThanOrEqual(2);
    }
    // Every marker of the home view is on the screen's map.
    const map = await page.locator('.mk-map__svg').boundingBox();
    for (const marker of await page.locator('.mk-map__svg .mk-map__marker').all()) {
      const box = await marker.boundingBox();
      if (!box || !map) continue;
      expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
    }

    await openApp(page, './missions/minusma/');
    // The mini map loads as it nears the screen.
    await page.locator('#map-title').scrollIntoViewIfNeeded();
    await page.locator('.mk-map--inset').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.mk-map--inset .mk-map__country').count()).toBeGreaterThan(80);
    for (const [drawing, frame] of await drawingsAgainstFrames(page, '.mk-map--inset .mk-map__svg, .mk-timeline__svg')) {
      expect(Math.abs(drawing - frame)).toBeLessThanOrEqual(2);
    }
  });
}

test('on a phone the overview shows a mission in the first screen, and every tap target is at least 44 px', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, './');
  const first = page.getByTestId('mission-list').getByRole('listitem').first();
  const box = await first.boundingBox();
  expect(box!.y).toBeLessThan(PHONE.height);
  // The filters are one closed disclosure that says how many apply.
  await expect(page.locator('details.mk-filter-disclosure')).not.toHaveAttribute('open', '');
  await expect(page.locator('details.mk-filter-disclosure > summary')).toHaveText('Filters (0)');
  await page.locator('details.mk-filter-disclosure > summary').click();
  const small = await page
    .locator('header a, header button, header input, main a, main button, main summary, main label.mk-chip, footer a')
    .evaluateAll((elements) =>
      elements
        .filter((e) => !e.classList.contains('mk-skip'))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.height < 44)
        .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.height)}px`),
    );
  expect(small).toEqual([]);
});

test('filter options say how many missions they match, and one that matches none is disabled', async ({ page }) => {
  await openApp(page, './');
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.locator('label.mk-chip').filter({ hasText: 'Decision pending' })).toContainText('4');
  const background = status.getByRole('checkbox', { name: /Background/ });
  await expect(background).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /Western Europe/ })).toBeDisabled();
});

test('a keyboard user skips the filters to the missions', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, './');
  const skip = page.getByRole('link', { name: 'Skip the filters, to the missions' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Missions' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /missions\//);
});

const ROUTES = ['', 'timeline/', 'map/', 'letter/', 'search/?q=Mali', 'missions/minusma/', 'open/', 'commitments/'];

for (const [label, viewport] of WIDTHS) {
  for (const lang of ['en', 'nl']) {
    test(`every route on arrival, ${label}, ${lang}: viewport screenshots, and no serious accessibility violation`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      const violations: string[] = [];
      for (const route of ROUTES) {
        const query = lang === 'nl' ? (route.includes('?') ? '&lang=nl' : '?lang=nl') : '';
        await openApp(page, `./${route}${query}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const name = route.replace(/[/?=]+/g, '-').replace(/-$/, '') || 'overview';
        await viewportScreenshot(page, `arrival-${name}-${label}-${lang}`);
        for (const violation of await seriousViolations(page)) violations.push(`${route}: ${violation}`);
      }
      expect(violations).toEqual([]);
    });
  }
}

test('the map names the countries with a commitment, in the interface language, clear of the markers', async ({ page }) => {
  await openApp(page, './map/');
  const names = page.locator('.mk-map__country-name');
  await expect.poll(() => names.count()).toBeGreaterThan(0);
  const texts = await names.allTextContents();
  expect(texts.some((t) => ['Mali', 'Lithuania', 'Afghanistan', 'Iraq', 'Niger'].includes(t))).toBe(true);
  await openApp(page, './map/?lang=nl');
  await expect.poll(async () => (await page.locator('.mk-map__country-name').allTextContents()).join(' ')).toMatch(/Litouwen|Irak|Mali|Afghanistan/);
});

test('a map marker’s card names the partners too', async ({ page }) => {
  await openApp(page, './map/');
  await page.getByRole('button', { name: /^MINUSMA — Mali/ }).first().click();
  const card = page.getByRole('dialog');
  await expect(card).toContainText('Partners: Germany');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});
