// Opening a letter of the genre in the browser: pasted, dropped or picked, kept in the
// browser, shared by a link that carries the letter, and every bad input with its message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, seriousViolations, viewportScreenshot, PHONE } from './pages/app-page';

const LETTERS = join(__dirname, '..', '..', 'crates', 'kamerbrief', 'tests', 'letters');
const letterText = (name: string) => readFileSync(join(LETTERS, name), 'utf8');
const ANNUAL = letterText('jaarbrief-2019.txt');

/** The open page, ready for input. */
async function openPage(page: Page, query = '') {
  await openApp(page, `./open/${query}`);
  return {
    text: page.getByRole('textbox', { name: /^(Letter text|Tekst van de brief)$/ }),
    open: page.getByRole('button', { name: /^(Open|Openen)$/, exact: true }),
    problem: page.locator('.mk-open__problem'),
    file: page.locator('#letter-file'),
  };
}

/** Pastes a text and opens it; resolves once the opened letter's overview is shown. */
async function pasteAndOpen(page: Page, text: string) {
  const form = await openPage(page);
  await form.text.fill(text);
  await form.open.click();
  await expect(page).toHaveURL(/\/\?letter=[0-9a-f]{12}$/);
  await expect(page.getByRole('complementary', { name: 'Opened letter' })).toBeVisible();
}

/** Drops a file onto the open page's form, as a reader dragging it from their desktop. */
async function dropFile(page: Page, name: string, type: string, content: string | number[]) {
  const transfer = await page.evaluateHandle(
    ({ name, type, content }) => {
      const data = new DataTransfer();
      const body = typeof content === 'string' ? content : new Uint8Array(content);
      data.items.add(new File([body], name, { type }));
      return data;
    },
    { name, type, content },
  );
  await page.locator('form.mk-open__form').dispatchEvent('drop', { dataTransfer: transfer });
}

/** An HTML edition of a letter, as officielebekendmakingen.nl serves one: markup around it. */
function asHtml(text: string) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => `<p class="tekst">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, ' ')}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="nl"><head><title>Kamerstuk</title><script>window.fromTheFile = true;</script>
<style>p { color: red }</style></head><body><nav><a href="/">Home</a></nav><div class="stuk">${paragraphs}</div></body></html>`;
}

test('a pasted letter shows its missions, dates, places and sentences in every view', async ({ page }) => {
  await pasteAndOpen(page, ANNUAL);
  const banner = page.getByRole('complementary', { name: 'Opened letter' });
  await expect(banner).toContainText('Nederlandse deelname aan vredesmissies');
  // Its missions on the overview: UNTSO is in this letter, not in the built-in one.
  await expect(page.getByRole('heading', { level: 3, name: 'UNTSO', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nederlandse deelname aan vredesmissies');
  // Every link keeps the letter: its timeline, with marks.
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/\?letter=[0-9a-f]{12}$/);
  await expect(page.locator('.mk-timeline__svg a.mk-timeline__mark').first()).toBeAttached();
  await expect(page.locator('.mk-timeline__lane[data-mission="untso"]')).toBeAttached();
  // Its places on the map.
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('button', { name: /UNTSO/ }).first()).toBeAttached();
  // Its sentences in the letter view.
  await page.getByRole('link', { name: 'Letter', exact: true }).click();
  await expect(page.getByText(/Observer Group Golan/).first()).toBeVisible();
  // A mission page of the opened letter.
  await page.getByRole('link', { name: 'UNTSO', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'UNTSO' })).toBeVisible();
  // Search looks in the opened letter.
  await page.getByRole('searchbox').fill('Golan');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?letter=[0-9a-f]{12}&q=Golan$/);
  await expect(page.locator('main mark').first()).toHaveText(/Golan/);
  // The way back: the built-in letter, with no banner.
  await page.getByRole('link', { name: 'Back to the built-in letter' }).click();
  await expect(page.getByRole('complementary', { name: 'Opened letter' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/letter=/);
});

test('a reload keeps the opened letter, and removing it works', async ({ page }) => {
  await pasteAndOpen(page, ANNUAL);
  const url = page.url();
  await page.reload();
  await expect(page.locator('#mk-prerendered')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'UNTSO', exact: true })).toBeVisible();
  // Listed on the open page, and removed from there.
  await page.getByRole('link', { name: 'Your letters' }).click();
  const kept = page.getByRole('region', { name: 'Letters kept in this browser' });
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await viewportScreenshot(page, 'open-kept-letter');
  await kept.getByRole('button', { name: 'Remove' }).click();
  await expect(kept.getByRole('listitem')).toHaveCount(0);
  await expect(kept).toContainText('None yet');
  // Its link now says plainly that this browser does not have it, with the ways on.
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'This letter is not in this browser' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the built-in letter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dutch contributions to missions in 2018' })).toBeVisible();
});

test('a stored entry that is damaged or from an older version is left out with a notice', async ({ page }) => {
  await pasteAndOpen(page, ANNUAL);
  await page.evaluate(() => {
    localStorage.setItem('missiekaart.letter.0123456789ab', '{"format": 1, "id": "012');
    localStorage.setItem('missiekaart.letter.ba9876543210', JSON.stringify({ format: 0, id: 'ba9876543210', body: 'x' }));
  });
  await page.getByRole('link', { name: 'Your letters' }).click();
  const kept = page.getByRole('region', { name: 'Letters kept in this browser' });
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept.locator('.mk-notice')).toContainText('2 kept letters could not be read');
  await kept.getByRole('button', { name: 'Clear them away' }).click();
  await expect(kept.locator('.mk-notice')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('missiekaart.letter.0123456789ab'))).toBeNull();
  // A link to the damaged entry's id says so, never a crash.
  await page.evaluate(() => localStorage.setItem('missiekaart.letter.0123456789ab', 'not json'));
  await openApp(page, './timeline/?letter=0123456789ab');
  await expect(page.getByRole('alert')).toContainText('damaged');
});

test('dropping an HTML edition opens its text, without its markup', async ({ page }) => {
  await openPage(page);
  await dropFile(page, 'kst-29521-371.html', 'text/html', asHtml(ANNUAL));
  await expect(page).toHaveURL(/\/\?letter=[0-9a-f]{12}$/);
  await expect(page.getByRole('heading', { level: 3, name: 'UNTSO', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { fromTheFile?: boolean }).fromTheFile)).toBeUndefined();
});

test('picking a text file opens it', async ({ page }) => {
  const form = await openPage(page);
  await form.file.setInputFiles({ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from(letterText('snelle-reactiemachten.txt')) });
  await expect(page).toHaveURL(/\/\?letter=[0-9a-f]{12}$/);
  await expect(page.getByRole('complementary', { name: 'Opened letter' })).toBeVisible();
});

test('a share link carries the letter and opens it in a fresh browser', async ({ page, browser }) => {
  await pasteAndOpen(page, ANNUAL);
  await page.getByRole('link', { name: 'Your letters' }).click();
  const kept = page.getByRole('region', { name: 'Letters kept in this browser' });
  await expect(kept).toContainText('Fits in a link');
  const link = await kept.getByRole('textbox', { name: 'Copy share link' }).inputValue();
  expect(link).toMatch(/\/open\/#letter=v1\.[A-Za-z0-9_-]+$/);
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other).toHaveURL(/\/\?letter=[0-9a-f]{12}$/);
    await expect(other.getByRole('heading', { level: 3, name: 'UNTSO', exact: true })).toBeVisible();
    // A link cut short when it was copied says so, and keeps the page usable.
    await other.goto(link.slice(0, -400));
    await expect(other.locator('.mk-open__problem')).toContainText('damaged or incomplete');
    await expect(other.getByRole('textbox', { name: 'Letter text' })).toBeEditable();
  } finally {
    await fresh.close();
  }
});

test('the header share button of an opened letter shares the link that carries it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await pasteAndOpen(page, ANNUAL);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect
    .poll(() => page.evaluate(() => ((window as unknown as { shared: { url: string }[] }).shared[0] ?? { url: '' }).url))
    .toMatch(/\/open\/#letter=v1\./);
});

test.describe('bad input gets a message, and what the reader had is kept', () => {
  test('an empty paste', async ({ page }) => {
    const form = await openPage(page);
    await form.text.fill('   \n  ');
    await form.open.click();
    await expect(form.problem).toContainText('There is no text');
    await expect(page).toHaveURL(/\/open\/$/);
  });

  test('a file that is not text', async ({ page }) => {
    const form = await openPage(page);
    await form.text.fill('my notes so far');
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];
    await dropFile(page, 'foto.png', 'image/png', png);
    await expect(form.problem).toContainText('foto.png');
    await expect(form.problem).toContainText('not text');
    await expect(form.text).toHaveValue('my notes so far');
  });

  test('a text that is not a letter of the genre', async ({ page }) => {
    const form = await openPage(page);
    const recipe = 'Appeltaart\n\nSchil de appels en snijd ze in partjes. Meng ze met suiker en kaneel.\n\nBak de taart een uur.\n';
    await form.text.fill(recipe);
    await form.open.click();
    await expect(form.problem).toContainText('names no mission or operation');
    await expect(form.text).toHaveValue(recipe);
  });

  test('a 5 MB file', async ({ page }) => {
    const form = await openPage(page);
    await form.text.fill(ANNUAL);
    await form.file.setInputFiles({ name: 'groot.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024, 'De missie loopt door. ') });
    await expect(form.problem).toContainText('groot.txt');
    await expect(form.problem).toContainText('too large');
    await expect(form.text).toHaveValue(ANNUAL);
  });

  test('in Dutch, the messages are Dutch', async ({ page }) => {
    const form = await openPage(page, '?lang=nl');
    await form.open.click();
    await expect(form.problem).toContainText('Er is geen tekst');
  });
});

test('letter text with markup in it is shown as text, never run', async ({ page }) => {
  const hostile = ANNUAL.replace(
    'Inleiding\n',
    'Inleiding\nDe brief noemt <script>window.pwned = 1</script> en <img src=x onerror="window.pwned = 2"> letterlijk.\n\n',
  );
  await pasteAndOpen(page, hostile);
  await page.getByRole('link', { name: 'Letter', exact: true }).click();
  await expect(page.getByText('<script>window.pwned = 1</script>', { exact: false })).toBeVisible();
  await expect(page.getByText('<img src=x onerror="window.pwned = 2">', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});

test('the open page fits a phone, and has no serious accessibility violations in either language', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const lang of ['', '?lang=nl']) {
    await openPage(page, lang);
    await viewportScreenshot(page, `open-phone${lang ? '-nl' : ''}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the open page works with the network off', async ({ page, context }) => {
    await openPage(page);
    // The worker has precached the site, and the page has had it keep its own code and the
    // parser, neither of which it precaches.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const found = new Set<string>();
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) {
              if (request.url.endsWith('split_mk_open_parser.wasm')) found.add('parser');
              if (request.url.endsWith('split_mk_open.wasm')) found.add('page');
            }
          }
          return found.size === 2;
        }),
      )
      .toBe(true);
    await context.setOffline(true);
    await page.goto('./');
    await pasteAndOpen(page, ANNUAL);
    await expect(page.getByRole('heading', { level: 3, name: 'UNTSO', exact: true })).toBeVisible();
    await context.setOffline(false);
  });
});
