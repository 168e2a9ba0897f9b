// Issue 13: a calm letter (§4), where only missions, citations and commitment dates are links,
// and print (§7), where the page keeps its content and drops what only works on a screen.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { MissionPage, openApp, seriousViolations } from './pages/app-page';

/** What a keyboard user can reach in main: links, buttons, fields, and anything tabbable. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The `content` of an element's `::after`, as the browser computes it. */
function afterContent(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el, '::after').content);
}

/** Presses Tab from the top of the page until focus leaves the page or comes round again, and
 * counts the stops inside main. */
async function tabStopsInMain(page: Page): Promise<number> {
  await page.locator('body').focus();
  const seen = new Set<string>();
  let inMain = 0;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A path of child indices names the element even where it has no id.
      const path: number[] = [];
      for (let n: Element | null = el; n && n.parentElement; n = n.parentElement) {
        path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
      }
      return { key: path.join('.'), inMain: !!el.closest('main') };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    if (stop.inMain) inMain++;
  }
  return inMain;
}

test('the letter has fewer than 150 tab stops, and a mission phrase is one link', async ({ page }) => {
  await openApp(page, './letter/');
  const letter = page.locator('article.mk-letter');
  await expect(letter.locator('.mk-sentence').first()).toBeVisible();
  const focusable = await page.locator('main').locator(FOCUSABLE).count();
  expect(focusable).toBeGreaterThan(20);
  expect(focusable).toBeLessThan(150);
  const stops = await tabStopsInMain(page);
  expect(stops).toBeGreaterThan(20);
  expect(stops).toBeLessThan(150);

  // `VN-missie MINUSMA in Mali`: a mission word, the mission and its place, one link.
  const sentence = page.locator('#s-10');
  const minusma = sentence.getByRole('link', { name: 'VN-missie MINUSMA in Mali', exact: true });
  await expect(minusma).toHaveCount(1);
  await expect(minusma).toHaveAttribute('href', /\/missions\/minusma\/$/);
  for (const part of ['VN', 'MINUSMA', 'Mali']) {
    await expect(sentence.getByRole('link', { name: part, exact: true }), part).toHaveCount(0);
  }

  // Elsewhere `Mali` is a place: marked quietly, with its meaning, and no link or tab stop.
  // (`Malinese vluchtelingen` is a figure of the same sentence, hence the whole name.)
  const mali = page.locator('#s-42 .mk-name', { hasText: /^Mali$/ });
  await expect(mali).toHaveCount(1);
  await expect(mali).toHaveAttribute('title', 'Place: Mali');
  await expect(mali).not.toHaveAttribute('tabindex');
  await expect(letter.getByRole('link', { name: 'Mali', exact: true })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a commitment date in the letter opens the timeline with its mark selected', async ({ page }) => {
  await openApp(page, './letter/');
  const due = page.locator('#s-10').getByRole('link', { name: 'Op korte termijn', exact: true });
  await expect(due).toHaveAttribute('href', /\/timeline\/\?sel=c-\d+-due$/);
  await due.click();
  await expect(page).toHaveURL(/\/timeline\/\?sel=c-\d+-due$/);
  const detail = page.getByTestId('timeline-detail');
  await expect(detail.locator('mark', { hasText: 'Op korte termijn' }).first()).toBeVisible();
});

test('in print media, the navigation and the Share button are not displayed', async ({ page }) => {
  await openApp(page, './letter/');
  // Found even when not displayed, so that `toBeHidden` checks these elements, not nothing.
  const screenOnly = [
    page.getByRole('navigation', { name: 'Main navigation', includeHidden: true }),
    page.getByRole('button', { name: 'Share', includeHidden: true }),
    page.getByRole('search', { includeHidden: true }),
    page.getByRole('link', { name: 'Skip to content', includeHidden: true }),
    page.getByRole('link', { name: 'Nederlands', includeHidden: true }),
  ];
  for (const element of screenOnly) {
    await expect(element).toHaveCount(1);
  }
  await expect(screenOnly[0]).toBeVisible();
  await expect(screenOnly[1]).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const element of screenOnly) {
    await expect(element).toBeHidden();
  }
  // The footer keeps the letter's source and date, and writes out the publication's address.
  const footer = page.getByRole('contentinfo');
  await expect(footer).toBeVisible();
  await expect(footer.locator('cite')).toHaveText('Samenhang Nederlandse inspanningen in missies 2018');
  await expect(footer).toContainText('Kamerstukken 33 694 en 29 521, nr. 11');
  await expect(footer).toContainText('4 September 2017');
  const publication = footer.getByRole('link', { name: 'Official publication' });
  await expect(publication).toBeVisible();
  expect(await afterContent(publication)).toMatch(/attr\(href\)|kst-33694-11/);
  // The letter stays readable: no address after each mission link, but after a cited paper.
  const minusma = page.locator('#s-10').getByRole('link', { name: 'VN-missie MINUSMA in Mali', exact: true });
  await expect(minusma).toBeVisible();
  expect(await afterContent(minusma)).toBe('none');
  // In print the written-out address joins the link's accessible name.
  const paper = page.locator('#s-10').getByRole('link', { name: /^Kamerstuk 27 925, nr\. 611/ });
  expect(await afterContent(paper)).toMatch(/attr\(href\)|kst-27925-611/);

  await page.emulateMedia({ media: 'screen' });
  await expect(screenOnly[0]).toBeVisible();
  await expect(screenOnly[1]).toBeVisible();
});

test('in print media, the timeline fits the page and loses its zoom buttons', async ({ page }) => {
  await openApp(page, './timeline/');
  const zoom = page.getByRole('button', { name: 'Zoom in', includeHidden: true });
  await expect(zoom).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(zoom).toBeHidden();
  const chart = page.locator('.mk-timeline__svg');
  await expect(chart).toBeVisible();
  const main = await page.locator('main').boundingBox();
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(main!.x + main!.width + 1);
  const frame = page.locator('.mk-timeline__frame');
  expect(await frame.evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
  expect(await frame.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});

test('in print media, a mission page writes out where its evidence links go', async ({ page }) => {
  const mission = new MissionPage(page);
  await mission.open('atalanta');
  const first = mission.evidence().first();
  await expect(first).toBeVisible();
  expect(await afterContent(first)).toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await afterContent(first)).toMatch(/attr\(href\)|\/letter\/#s-\d+/);
  await expect(page.getByRole('navigation', { name: 'Main navigation', includeHidden: true })).toBeHidden();
});
