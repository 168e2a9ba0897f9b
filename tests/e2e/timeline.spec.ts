// The timeline of commitments: labelled bars, decision windows drawn as their own shape,
// a legend, the list form at phone width, keyboard reach and accessibility.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, TimelinePage, seriousViolations, viewportScreenshot, watchNetwork } from './pages/app-page';

test('each commitment is a bar with its label in visible text, without hovering', async ({ page }) => {
  const problems = watchNetwork(page);
  const timeline = new TimelinePage(page);
  await page.setViewportSize(DESKTOP);
  await timeline.open();
  await expect(timeline.marks().first()).toBeVisible();
  const text = await timeline.chartText();
  expect(text).toContain('F-16’s');
  expect(text).toContain('from 1 January 2018');
  expect(text).toContain('decision: soon');
  expect(text).toContain('decision: this autumn');
  expect(text).toContain('Contribution in 2018');
  // The letter's date is marked with words, not only a line.
  expect(text).toContain('Letter: 4 September 2017');
  // The old timeline's lane of undated and unmissioned events is gone.
  expect(text).not.toContain('General');
  await viewportScreenshot(page, 'timeline-commitments-desktop');
  expect(problems).toEqual([]);
});

test('the counter-ISIS lane has no bar before 2017, and its period runs on open-ended', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  const bars = timeline.laneMarks('counter-isis', 'period');
  await expect(bars).not.toHaveCount(0);
  for (const bar of await bars.all()) {
    expect(await bar.getAttribute('data-start')).toBe('2018-01-01');
    expect(await bar.getAttribute('data-end')).toBeNull();
    await expect(bar.locator('.mk-mark--open')).toHaveCount(1);
  }
  // No mark of a commitment or decision starts before the letter's year.
  for (const mark of await page.locator('.mk-timeline__svg a[data-kind="period"], .mk-timeline__svg a[data-kind="decision"]').all()) {
    expect(Number((await mark.getAttribute('data-start'))!.slice(0, 4))).toBeGreaterThanOrEqual(2017);
  }
});

test('pending decisions are dashed windows with their own legend entry and say where their dates come from', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  const decision = timeline.laneMarks('counter-isis', 'decision').first();
  await expect(decision.locator('rect.mk-mark--dashed')).toHaveCount(1);
  await expect(decision).toHaveAttribute('aria-label', /decision: soon.*read from ‘Op korte termijn’/);
  const dash = await decision.locator('rect.mk-mark--dashed').evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(dash).not.toBe('none');
  const legend = timeline.legend();
  await expect(legend.getByRole('listitem')).toHaveText(['Commitment period', 'Open end', 'Decision window', 'Earlier event', 'Date of the letter']);
});

test('the keyboard reaches every mark, and a focused mark shows its sentence', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  const count = await timeline.marks().count();
  expect(count).toBeGreaterThan(5);
  await timeline.chart().focus();
  const reached = new Set<string>();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('.mk-timeline__svg a.mk-timeline__mark') ? `${el.closest('[data-mission]')?.getAttribute('data-mission')}/${el.getAttribute('data-sel')}` : null;
    });
    expect(focused, `Tab ${i + 1} lands on a mark`).not.toBeNull();
    reached.add(focused!);
  }
  expect(reached.size).toBe(count);
  await expect(page.getByTestId('timeline-detail').locator('blockquote').first()).not.toBeEmpty();
  await expect(page).toHaveURL(/[?&]sel=(c-\d+(-due)?|ev-\d+)/);
});

test('a link selects a commitment by its id', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  const sel = await timeline.laneMarks('counter-isis', 'period').first().getAttribute('data-sel');
  expect(sel).toMatch(/^c-\d+$/);
  await timeline.open(`?sel=${sel}`);
  const detail = page.getByTestId('timeline-detail');
  await expect(detail).toContainText('from 1 January 2018');
  await expect(detail).toContainText('read from ‘vanaf 1 januari 2018’');
  await expect(detail.locator('blockquote').first()).toContainText('F-16');
  await expect(page.locator('.mk-timeline__mark--selected')).toHaveAttribute('data-kind', 'period');
});

test('in Dutch the labels are Dutch', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open('?lang=nl');
  await expect(timeline.marks().first()).toBeVisible();
  const text = await timeline.chartText();
  expect(text).toContain('vanaf 1 januari 2018');
  expect(text).toContain('besluit: op korte termijn');
  expect(text).toContain('Brief: 4 september 2017');
  await viewportScreenshot(page, 'timeline-commitments-desktop-nl');
});

for (const lang of ['en', 'nl']) {
  test(`at phone width the timeline is a list, with no sideways scroll (${lang})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    const timeline = new TimelinePage(page);
    await timeline.open(lang === 'nl' ? '?lang=nl' : '');
    await expect(timeline.list()).toBeVisible();
    await expect(page.locator('.mk-timeline__svg')).toHaveCount(0);
    const isis = timeline.list().locator('.mk-timeline__list-lane[data-mission="counter-isis"]');
    await expect(isis.locator('li[data-kind="period"]')).toContainText(lang === 'nl' ? 'vanaf 1 januari 2018' : 'from 1 January 2018');
    await expect(isis.locator('li[data-kind="decision"] a')).toHaveText(lang === 'nl' ? 'besluit: op korte termijn' : 'decision: soon');
    // The filters fold away, so the list starts on the first screen.
    await expect(page.locator('details.mk-filter-disclosure > summary')).toHaveText(/^Filters \(0\)$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await viewportScreenshot(page, `timeline-commitments-phone-${lang}`);
  });
}

test('the chart turns into the list when its container narrows, and back', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await page.setViewportSize(DESKTOP);
  await timeline.open();
  await expect(timeline.marks().first()).toBeVisible();
  await page.setViewportSize(PHONE);
  await expect(timeline.list()).toBeVisible();
  await page.setViewportSize(DESKTOP);
  await expect(timeline.marks().first()).toBeVisible();
});

test('the timeline has no serious accessibility violations at desktop', async ({ page }) => {
  await new TimelinePage(page).open();
  await expect(page.locator('.mk-timeline__svg')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
