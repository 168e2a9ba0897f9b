// The service worker precaches the files the app uses (every page, for offline deep links),
// and not the preview cards or the exports, which come when asked for and are kept then.
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** The URLs in the service worker's cache, once it has installed. */
async function cached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = (await caches.keys()).filter((name) => name.startsWith('missiekaart-'));
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

test('the service worker precaches every page and the app’s files, and no preview card or export', async ({ page, context, request, baseURL }) => {
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(r.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const urls = await cached(page);

  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  const pages = ['', 'timeline/', 'map/', 'letter/', 'search/', ...model.missions.map((m: { id: string }) => `missions/${m.id}/`)];
  for (const path of pages) expect(urls, path).toContain(new URL(`${path}index.html`, baseURL).href);
  for (const file of ['404.html', 'basemap.tsv', 'manifest.webmanifest', 'icons/icon-192.png']) {
    expect(urls, file).toContain(new URL(file, baseURL).href);
  }
  expect(urls.some((url) => /\/wasm-[0-9a-f]+\/missiekaart_bg\.wasm$/.test(url))).toBe(true);
  expect(urls.some((url) => /\/wasm-[0-9a-f]+\/split_mk_timeline\.wasm$/.test(url))).toBe(true);
  expect(urls.some((url) => /\.css$/.test(url))).toBe(true);

  // Neither cached nor fetched by the page or the worker.
  expect(urls.filter((url) => /\/(cards|downloads)\//.test(url))).toEqual([]);
  expect(fetched.filter((url) => /\/(cards|downloads)\//.test(url))).toEqual([]);
});

test('a preview card or an export asked for online is kept, and is there offline', async ({ page, context, baseURL }) => {
  await page.goto('./');
  await cached(page);
  // Once the worker controls the page, its fetches go through the worker.
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.controller !== null || new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r)));
  const status = (path: string) => page.evaluate(async (p) => (await fetch(p)).status, path);
  expect(await status('cards/minusma.png')).toBe(200);
  expect(await status('downloads/missies-2018.csv')).toBe(200);
  await expect.poll(async () => (await cached(page)).filter((url) => /\/(cards|downloads)\//.test(url)).sort()).toEqual([
    new URL('cards/minusma.png', baseURL).href,
    new URL('downloads/missies-2018.csv', baseURL).href,
  ]);
  await context.setOffline(true);
  expect(await status('cards/minusma.png')).toBe(200);
  expect(await status('downloads/missies-2018.csv')).toBe(200);
  await context.setOffline(false);
});

test('after one visit, every view and mission page opens offline and the app takes it over', async ({ page, context, request }) => {
  test.setTimeout(90_000);
  const model = await (await request.get('downloads/missiekaart-2018.json')).json();
  const missions: { id: string; name: string; name_en: string }[] = model.missions;
  await page.goto('./');
  await cached(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await context.setOffline(true);
  for (const path of ['timeline/', 'map/', 'letter/', 'search/?q=MINUSMA', ...missions.map((m) => `missions/${m.id}/`)]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    // The app's code came from the cache: it has taken the pre-rendered page over.
    await expect(page.locator('#mk-prerendered'), path).toHaveCount(0);
  }
  await context.setOffline(false);
  expect(errors).toEqual([]);
});
