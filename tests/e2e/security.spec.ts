// Hardening: every page carries a Content-Security-Policy and breaks none of it, and no page
// ever asks another origin for anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './pages/app-page';

const SINGLE_FILE = process.env.MK_SINGLE_FILE ?? '';
const ANNUAL = readFileSync(join(__dirname, '..', '..', 'crates', 'kamerbrief', 'tests', 'letters', 'jaarbrief-2019.txt'), 'utf8');

/** Records every policy violation the page reports, from before its first script runs. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** Every request the page makes to an origin other than the site's. */
function watchOrigins(page: Page, base: string): string[] {
  const origin = new URL(base).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) elsewhere.push(url);
  });
  return elsewhere;
}

// Each route, and what a reader does there that loads or draws more.
const ROUTES: [string, string, (page: Page) => Promise<void>][] = [
  ['overview', './', async (page) => {
    await page.getByRole('checkbox', { name: 'EU' }).first().check();
  }],
  ['timeline', './timeline/', async (page) => {
    await page.getByRole('group', { name: 'Timeline' }).focus();
    await page.keyboard.press('+');
  }],
  ['map', './map/', async (page) => {
    await expect(page.locator('.mk-map__country').first()).toBeAttached();
    await page.getByRole('button', { name: /MINUSMA/ }).first().click();
    await expect(page.getByRole('dialog').first()).toBeVisible();
  }],
  ['letter', './letter/#s-12', async (page) => {
    await page.locator('.mk-fnref').first().click();
  }],
  ['search', './search/?q=Mali', async (page) => {
    await expect(page.locator('main mark').first()).toBeVisible();
  }],
  ['mission', './missions/minusma/', async (page) => {
    await page.mouse.wheel(0, 2000);
    await expect(page.locator('.mk-map__country').first()).toBeAttached();
  }],
  ['open', './open/', async (page) => {
    await page.getByRole('textbox', { name: 'Letter text' }).fill(ANNUAL);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Opened letter' })).toBeVisible();
  }],
  ['not found', './no/such/page/', async () => {}],
];

for (const [name, path, use] of ROUTES) {
  test(`${name}: a policy in the page, no violation of it, and no request to another origin`, async ({ page, baseURL }) => {
    const violations = await watchPolicy(page);
    const elsewhere = watchOrigins(page, baseURL!);
    await openApp(page, path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-inline');
    await use(page);
    expect(await violations()).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
}

test('a Dutch page, swapped in before the first paint, breaks no policy either', async ({ page }) => {
  const violations = await watchPolicy(page);
  await openApp(page, './timeline/?lang=nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Tijdlijn' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the single file has its own policy and breaks none of it', async ({ page }) => {
  expect(SINGLE_FILE, 'MK_SINGLE_FILE names the single-file build').not.toBe('');
  const violations = await watchPolicy(page);
  await page.goto(`file://${SINGLE_FILE}`);
  await expect(page.getByRole('heading', { level: 3, name: 'MINUSMA', exact: true })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain('blob:');
  expect(policy).not.toContain('unsafe-inline');
  await page.getByRole('link', { name: 'Map' }).first().click();
  await expect(page.locator('.mk-map__country').first()).toBeAttached();
  await page.getByRole('link', { name: 'Letter' }).first().click();
  await expect(page.locator('.mk-sentence').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
