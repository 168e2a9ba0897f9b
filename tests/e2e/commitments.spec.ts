// The commitments table (/commitments/): every commitment of the built-in letter, sorted by a
// column's button with the order kept in the URL, filtered like the other views, a stack of
// cards on a phone, and free of serious accessibility problems in English and Dutch.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DESKTOP, PHONE, openApp, reloadApp, screenshot, seriousViolations, watchNetwork } from './pages/app-page';

class CommitmentsPage {
  constructor(readonly page: Page, readonly title = 'Commitments') {}

  open(query = '') {
    return openApp(this.page, `./commitments/${query}`);
  }

  /** The table, named by the page's heading. */
  table() {
    return this.page.getByRole('table', { name: this.title });
  }

  /** The body's rows, one per commitment. */
  rows() {
    return this.table().locator('tbody tr');
  }

  /** The row headers: each row's mission. */
  missions() {
    return this.table().getByRole('rowheader');
  }

  /** The row of the mission whose link is named `name`. */
  row(name: string) {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  column(name: string) {
    return this.table().getByRole('columnheader', { name, exact: true });
  }

  sortButton(name: string) {
    return this.column(name).getByRole('button');
  }

  cell(row: Locator, column: string) {
    return row.locator(`[data-column="${column}"]`);
  }

  /** Each row's period start (ISO date), or '' for a row without a period, in the table's order. */
  async periodStarts(): Promise<string[]> {
    return this.rows()
      .locator('td[data-column="period"]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-start') ?? ''));
  }

  /** Opens the filters' disclosure, unless it is open already (a filtered link opens it). */
  async openFilters() {
    const disclosure = this.page.locator('details.mk-filter-disclosure');
    if (!(await disclosure.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await disclosure.locator('summary').click();
    }
  }
}

/** Dated periods in ascending order, every undated one after them. */
function expectSortedByStart(starts: string[], descending = false) {
  const firstUndated = starts.indexOf('');
  const dated = firstUndated < 0 ? starts : starts.slice(0, firstUndated);
  expect(starts.slice(dated.length).every((s) => s === ''), `undated last: ${starts}`).toBe(true);
  const ordered = [...dated].sort();
  expect(dated).toEqual(descending ? ordered.reverse() : ordered);
}

test('the header links to the table, which lists every commitment with its facts', async ({ page }) => {
  const problems = watchNetwork(page);
  await openApp(page, './');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Commitments' }).click();
  await expect(page).toHaveURL(/\/commitments\/$/);
  const view = new CommitmentsPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Commitments' })).toHaveAttribute('aria-current', 'page');
  await expect(view.rows()).toHaveCount(10);
  // Without a sort, the letter's order, and no column claims an order.
  await expect(view.missions().first()).toContainText('Fight against ISIS');
  await expect(view.table().locator('th[aria-sort]')).toHaveCount(0);
  await expect(view.table().locator('caption')).toContainText("In the letter's order.");

  const minusma = view.row('MINUSMA');
  await expect(minusma).toHaveCount(1);
  await expect(view.cell(minusma, 'contribution')).toContainText('het verzamelen van informatie');
  await expect(view.cell(minusma, 'period')).toHaveText(/^2018/);
  await expect(view.cell(minusma, 'decision')).toContainText('Decision pending');
  await expect(view.cell(minusma, 'decision')).toContainText('Decision due: 4 September – 4 December 2017');
  await expect(view.cell(minusma, 'parties')).toContainText('Partners: Germany');
  const paper = view.cell(minusma, 'papers').getByRole('link', { name: 'Kamerstuk 27 925, nr. 611' });
  await expect(paper).toHaveAttribute('href', /kst-27925-611/);
  await expect(view.cell(view.row('enhanced Forward Presence'), 'parties')).toContainText('Lead nation: Germany');
  await expect(view.cell(view.row('EUCAP Sahel Mali'), 'period')).toHaveText('no period given');

  // A mission's name opens its page.
  await minusma.getByRole('link', { name: 'MINUSMA', exact: true }).click();
  await expect(page).toHaveURL(/\/missions\/minusma\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('/commitments/ sorts by period, keeps the order in the URL, and turns it on a second click', async ({ page }) => {
  const view = new CommitmentsPage(page);
  await view.open();
  const period = view.column('Period');
  await expect(period).not.toHaveAttribute('aria-sort');

  await view.sortButton('Period').click();
  await expect(page).toHaveURL(/\/commitments\/\?sort=period$/);
  await expect(period).toHaveAttribute('aria-sort', 'ascending');
  await expect(view.table().locator('th[aria-sort]')).toHaveCount(1);
  await expect(view.table().locator('caption')).toContainText('Sorted by ‘Period’, ascending.');
  // The first row's period is the earliest (every dated one starts on 1 January 2018; of
  // those, MINUSMA's ends first), and the rows without a period come last.
  await expect(view.missions().first()).toContainText('MINUSMA');
  await expect(view.cell(view.rows().first(), 'period')).toHaveText(/^2018/);
  expectSortedByStart(await view.periodStarts());
  await expect(view.cell(view.rows().last(), 'period')).toHaveText('no period given');
  await screenshot(page, 'commitments-sorted-desktop');

  await view.sortButton('Period').click();
  await expect(page).toHaveURL(/\/commitments\/\?sort=-period$/);
  await expect(period).toHaveAttribute('aria-sort', 'descending');
  // The open-ended period runs longest; the undated rows stay last.
  await expect(view.missions().first()).toContainText('Fight against ISIS');
  await expect(view.cell(view.rows().first(), 'period')).toHaveText('from 1 January 2018, no end date given');
  expectSortedByStart(await view.periodStarts(), true);
  await expect(view.cell(view.rows().last(), 'period')).toHaveText('no period given');

  // Another column starts ascending again.
  await view.sortButton('Mission').click();
  await expect(page).toHaveURL(/\/commitments\/\?sort=mission$/);
  await expect(view.column('Mission')).toHaveAttribute('aria-sort', 'ascending');
  await expect(period).not.toHaveAttribute('aria-sort');
  await expect(view.missions().first()).toContainText('Atalanta');
});

test('a filter and the order survive a reload', async ({ page }) => {
  const view = new CommitmentsPage(page);
  await view.open('?sort=period');
  await view.openFilters();
  await page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { name: 'EU' }).check();
  await expect(page).toHaveURL(/\/commitments\/\?org=eu&sort=period$/);
  const eu = [/^Atalanta/, /^EU Battlegroup/, /^EUCAP Sahel Mali/, /^EUCAP Sahel Niger/];
  await expect(view.missions()).toHaveText(eu);

  await reloadApp(page);
  await expect(page).toHaveURL(/\/commitments\/\?org=eu&sort=period$/);
  await expect(view.missions()).toHaveText(eu);
  await expect(view.column('Period')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { name: 'EU' })).toBeChecked();
  expectSortedByStart(await view.periodStarts());

  // Clearing the filters keeps the order: it is no filter.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/commitments\/\?sort=period$/);
  await expect(view.rows()).toHaveCount(10);
});

test('a filter in the link narrows the table, and the language is kept by the mission links', async ({ page }) => {
  const view = new CommitmentsPage(page, 'Bijdragen');
  await view.open('?lang=nl&status=past');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijdragen' })).toBeVisible();
  await expect(view.missions()).toHaveText([/^Border Security Teams/]);
  await expect(view.cell(view.rows().first(), 'period')).toHaveText('geen periode genoemd');
  const link = view.rows().first().getByRole('link', { name: 'Border Security Teams', exact: true });
  await expect(link).toHaveAttribute('href', /\/missions\/border-security-teams\/\?lang=nl$/);
});

test('at phone width the rows are cards, each cell named, with no sideways scroll', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const view = new CommitmentsPage(page);
  await view.open();
  await expect(view.rows()).toHaveCount(10);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll').toBeLessThanOrEqual(0);

  const first = view.rows().first();
  expect(await first.evaluate((row) => getComputedStyle(row).display)).toBe('block');
  const contribution = await view.cell(first, 'contribution').boundingBox();
  const period = await view.cell(first, 'period').boundingBox();
  expect(contribution && period && period.y >= contribution.y + contribution.height - 1, 'cells stack').toBe(true);
  const label = await view.cell(first, 'period').evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toBe('"Period"');
  // Every card fits the screen.
  const widths = await view.rows().evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().right));
  for (const right of widths) expect(right).toBeLessThanOrEqual(PHONE.width);

  // The column buttons still sort.
  await view.sortButton('Period').click();
  await expect(page).toHaveURL(/\?sort=period$/);
  expectSortedByStart(await view.periodStarts());
  const sortedOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sortedOverflow, 'no sideways scroll once sorted').toBeLessThanOrEqual(0);
  await screenshot(page, 'commitments-phone');
});

for (const [lang, query, title, periodLabel] of [
  ['English', '', 'Commitments', 'Period'],
  ['Dutch', '?lang=nl', 'Bijdragen', 'Periode'],
] as const) {
  test(`the table passes axe in ${lang}, sorted, on a desktop and a phone`, async ({ page }) => {
    const problems = watchNetwork(page);
    const view = new CommitmentsPage(page, title);
    const response = await view.open(query);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'Dutch' ? 'nl' : 'en');
    await view.sortButton(periodLabel).click();
    await expect(view.column(periodLabel)).toHaveAttribute('aria-sort', 'ascending');
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${size} has no sideways scroll`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), `${lang}, ${size}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
