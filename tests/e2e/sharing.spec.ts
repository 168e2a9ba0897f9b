// Sharing and no server: real pages with link previews, a 404 that suggests, the share
// control, offline after one visit, the single-file build, and the exports.
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { openApp, screenshot, watchNetwork } from './pages/app-page';

const ORIGIN = process.env.MK_ORIGIN ?? '';
const SINGLE_FILE = process.env.MK_SINGLE_FILE ?? '';

interface Mission {
  id: string;
  name: string;
  name_en: string;
  /** The usual name in English, where the usual name is Dutch; an English page shows it. */
  short_en: string | null;
}

/** The content of `<meta property|name="key">` in raw HTML. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key.replace(':', '\\:')}" content="([^"]*)"`));
  return tag?.[1];
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Holds every wasm request back until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('every mission URL answers 200 with its own title, og and twitter tags, and pre-rendered content', async ({ request, baseURL }) => {
  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  const missions: Mission[] = model.missions;
  expect(missions.length).toBe(10);
  for (const mission of missions) {
    const response = await request.get(`missions/${mission.id}/`, { maxRedirects: 0 });
    expect(response.status(), mission.id).toBe(200);
    const html = await response.text();
    const title = decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
    const name = mission.short_en ?? mission.name;
    expect(title, mission.id).toBe(`${name} · missiekaart`);
    expect(decode(meta(html, 'og:title') ?? '')).toBe(title);
    expect(decode(meta(html, 'twitter:title') ?? '')).toBe(title);
    const description = decode(meta(html, 'description') ?? '');
    expect(description.length, mission.id).toBeGreaterThan(20);
    expect(decode(meta(html, 'og:description') ?? '')).toBe(description);
    const url = `${ORIGIN}${new URL(baseURL!).pathname}missions/${mission.id}/`;
    expect(meta(html, 'og:url')).toBe(url);
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image') ?? '';
    expect(image).toBe(`${ORIGIN}${new URL(baseURL!).pathname}cards/${mission.id}.png`);
    // The card exists on the host and is a PNG.
    const card = await request.get(new URL(image).pathname.replace(new URL(baseURL!).pathname, ''));
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    // Readers without JavaScript and crawlers see the mission itself.
    expect(html).toMatch(new RegExp(`<h1[^>]*>${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(<!---->)*</h1>`));
  }
});

test('the app takes over the pre-rendered page without a second copy or a different heading', async ({ page }) => {
  const problems = watchNetwork(page);
  // Before the wasm runs, the pre-rendered page is there: the wasm waits until we have looked.
  const release = await holdWasm(page);
  await page.goto('missions/minusma/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
  await expect(page.locator('#mk-prerendered')).toHaveCount(1);
  // A reader who tabbed into the page before the app started keeps their place.
  await page.getByRole('link', { name: 'Nederlands', exact: true }).focus();
  release();
  // Then the app replaces it with the same markup: one heading, and the app's controls work.
  await expect(page.locator('#mk-prerendered')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nederlands', exact: true })).toBeFocused();
  await page.getByRole('link', { name: 'Nederlands', exact: true }).click();
  await expect(page).toHaveURL(/missions\/minusma\/\?lang=nl$/);
  await expect(page).toHaveTitle('MINUSMA · missiekaart');
  expect(problems).toEqual([]);
});

test('a Dutch link shows the Dutch pre-rendered page before the app starts, and the app takes over the same', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('missions/minusma/?lang=nl', { waitUntil: 'commit' });
  await expect(page.locator('#mk-prerendered')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('link', { name: 'Tijdlijn', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Waarom deze status' })).toBeVisible();
  release();
  await expect(page.locator('#mk-prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tijdlijn', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Waarom deze status' })).toBeVisible();
  await expect(page).toHaveTitle('MINUSMA · missiekaart');
});

for (const [path, suggestion] of [
  ['missions/minusmaa/', 'MINUSMA'],
  ['atalnta/', 'Atalanta'],
]) {
  test(`an unknown path (${path}) gets the 404 page with a suggestion`, async ({ page, baseURL }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    const link = page.getByRole('link', { name: suggestion, exact: true });
    await expect(link).toBeVisible();
    await screenshot(page, `404-${path.replace(/\W+/g, '-')}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${new URL(baseURL!).pathname}missions/[a-z-]+/$`));
    await expect(page.getByRole('heading', { level: 1, name: suggestion })).toBeVisible();
  });
}

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('without the Web Share API, share copies the current URL, filters included, and says so', async ({ page }) => {
    await page.addInitScript(() => {
      // Headless Chromium on Linux has no share sheet; make sure of it.
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await openApp(page, './?org=un,nato&status=decision-pending');
    await page.getByRole('checkbox', { name: /Past/ }).check();
    await expect(page).toHaveURL(/status=.*past/);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('org=nato,un');
    expect(copied).toContain('past');
  });

  test('with the Web Share API, share hands the current URL and title to the share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
        },
      });
    });
    await openApp(page, 'timeline/?org=eu');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: 'Timeline · missiekaart', url: page.url() },
    ]);
  });
});

test('when neither sharing nor the clipboard works, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  });
  await openApp(page, 'map/?org=un');
  await page.getByRole('button', { name: 'Share' }).click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toHaveValue(page.url());
  await expect(field).toHaveAttribute('readonly', '');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the app works with the network off, deep links included', async ({ page, context }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The service worker has installed, and so precached the site, once it is ready.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.goto('missions/minusma/');
    await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
    await expect(page.locator('#mk-prerendered')).toHaveCount(0);
    // A page never visited, with a query, and then the app's own navigation.
    await page.goto('timeline/?org=un');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await page.getByRole('link', { name: 'Map' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
    // The basemap too came from the cache.
    await expect(page.locator('.mk-map__country').first()).toBeAttached();
    await screenshot(page, 'offline-map');
    await context.setOffline(false);
  });
});

test('the single file, opened through file://, shows the missions and the timeline', async ({ page }) => {
  expect(SINGLE_FILE, 'MK_SINGLE_FILE names the single-file build').not.toBe('');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`file://${SINGLE_FILE}`);
  await expect(page.getByRole('heading', { level: 3, name: 'MINUSMA', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Timeline' }).first().click();
  await expect(page).toHaveURL(/index\.html#\/timeline\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.mk-timeline__mark').first()).toBeVisible();
  await page.getByRole('link', { name: 'Map' }).first().click();
  await expect(page.locator('.mk-map__country').first()).toBeAttached();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await screenshot(page, 'single-file-timeline');
  expect(errors).toEqual([]);
  // Nothing was fetched but the file itself (and data: and blob: URLs made from its content).
  expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(requests.filter((url) => url.startsWith('file://'))).toEqual([`file://${SINGLE_FILE}`]);
});

async function download(page: Page, name: string): Promise<string> {
  const link = page.getByRole('contentinfo').getByRole('link', { name, exact: true });
  await expect(link).toHaveAttribute('download', /.+/);
  const href = await link.getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  return response.text();
}

test('the exports download from the footer: the model as JSON, the commitments as CSV and as iCalendar', async ({ page }) => {
  await page.goto('letter/');
  const json = JSON.parse(await download(page, 'JSON'));
  expect(json.schema_version).toBe(3);
  const csv = await download(page, 'CSV');
  const rows = csv.trim().split('\n');
  expect(rows[0]).toMatch(/^commitment,mission,mission_name,mission_name_en,organisation,frame,items/);
  expect(rows.length).toBe(json.commitments.length + 1);

  const ics = await download(page, 'iCalendar');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  type Interval = { start: string | null; text: string; relative_to_letter: boolean; evidence: { sentence: string } };
  type Commitment = { id: string; period: Interval | null; decision: { due: Interval | null } };
  const expected = json.commitments.flatMap((c: Commitment) => [
    ...(c.period?.start ? [{ uid: `${c.id}-period@missiekaart`, interval: c.period }] : []),
    ...(c.decision.due?.start ? [{ uid: `${c.id}-decision@missiekaart`, interval: c.decision.due }] : []),
  ]);
  expect(events.length).toBe(expected.length);
  expect(events.length).toBeGreaterThan(8);
  const sentences = new Map<string, string>(json.sentences.map((s: { id: string; text: string }) => [s.id, s.text]));
  for (const event of events) {
    const source = expected.find((e: { uid: string }) => e.uid === event.uid);
    expect(source, event.uid).toBeTruthy();
    expect(event.startDate.toString()).toBe(source.interval.start);
    expect(event.description).toContain(`“${sentences.get(source.interval.evidence.sentence)}”`);
    if (source.interval.relative_to_letter) {
      expect(event.description).toContain(`Afgeleid uit ‘${source.interval.text}’`);
    }
  }
  // The F-16s from 1 January 2018 are on the calendar, and a decision due shortly.
  const f16 = events.find((e) => e.summary.includes('F-16'));
  expect(f16?.startDate.toString()).toBe('2018-01-01');
  expect(f16?.summary).toContain('ISIS');
  expect(events.some((e) => e.uid.endsWith('-decision@missiekaart') && /korte termijn/i.test(e.summary))).toBe(true);
});

test("a view whose code cannot be fetched says so, and loads when tried again", async ({ page }) => {
  await openApp(page, './');
  // Offline before the service worker has the site: the timeline's chunks do not come.
  await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Timeline' }).first().click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('could not be loaded');
  await screenshot(page, 'view-unavailable');
  await page.unroute('**/*.wasm');
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.mk-timeline__mark').first()).toBeVisible();
});

test("a mission page loads its mini map and mini timeline when the reader scrolls to them", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  await openApp(page, 'missions/counter-isis/');
  await expect(page.getByRole('heading', { level: 1, name: 'Fight against ISIS' })).toBeVisible();
  // Far below the fold on a phone: neither their code nor the country outlines came yet.
  expect(fetched.filter((file) => /mission_map|mission_dates|basemap/.test(file))).toEqual([]);
  await page.locator('#map-title').scrollIntoViewIfNeeded();
  await expect(page.locator('.mk-map__marker').first()).toBeVisible();
  await expect(page.locator('.mk-map__country').first()).toBeAttached();
  await page.locator('#dates-title').scrollIntoViewIfNeeded();
  await expect(page.locator('.mk-timeline__mark').first()).toBeVisible();
  expect(fetched.some((file) => file.includes('mission_map'))).toBe(true);
});
