// Page objects: one per route, finding elements by role and accessible name.
import { expect, type Page, type Response } from '@playwright/test';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Every response with an error status, and every request that failed, while a page is used. */
export function watchNetwork(page: Page): string[] {
  const problems: string[] = [];
  page.on('response', (response: Response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Opens a path and waits until the app has taken over the pre-rendered page, so that what a
 * test types reaches the app rather than the static snapshot before it.
 */
export async function openApp(page: Page, path: string) {
  const response = await page.goto(path);
  await expect(page.locator('#mk-prerendered')).toHaveCount(0);
  return response;
}

/** Reloads and waits until the app has taken over again: the pre-rendered snapshot shows the
 * page's default view, never what the URL's query asks for. */
export async function reloadApp(page: Page) {
  await page.reload();
  await expect(page.locator('#mk-prerendered')).toHaveCount(0);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png`, fullPage: true });
}

/** A screenshot of what the viewport shows, as a reader sees the page on arrival. */
export async function viewportScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png` });
}

export class OverviewPage {
  constructor(readonly page: Page) {}

  async open() {
    return openApp(this.page, './');
  }

  title() {
    return this.page.getByRole('heading', { level: 1, name: 'Dutch contributions to missions in 2018' });
  }

  missions() {
    return this.page.getByRole('list').filter({ has: this.page.getByRole('heading', { level: 3 }) }).getByRole('listitem');
  }

  mission(name: string) {
    return this.page.getByRole('heading', { level: 3, name, exact: true });
  }

  sectionHeadings() {
    return this.page.getByRole('region', { name: 'The letter' }).getByRole('listitem');
  }

  async expectLoaded() {
    await expect(this.title()).toBeVisible();
    await expect(this.missions().first()).toBeVisible();
  }
}

export class NotFoundPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Page not found' });
  }

  homeLink() {
    return this.page.getByRole('link', { name: 'Go to the overview of all missions' });
  }
}

export class TimelinePage {
  constructor(readonly page: Page) {}

  open(query = '') {
    return openApp(this.page, `./timeline/${query}`);
  }

  chart() {
    return this.page.getByRole('group', { name: 'Timeline' });
  }

  async spanDays(): Promise<number> {
    return Number(await this.page.locator('.mk-timeline__svg').getAttribute('data-span-days'));
  }

  /** Every mark on the chart: bars, decision windows and ticks (SVG links). */
  marks() {
    return this.page.locator('.mk-timeline__svg a.mk-timeline__mark');
  }

  /** The marks of one mission's lane, of one kind (`period`, `decision`, `history`). */
  laneMarks(mission: string, kind: string) {
    return this.page.locator(`.mk-timeline__lane[data-mission="${mission}"] a[data-kind="${kind}"]`);
  }

  /** The visible text drawn on the chart, without hovering anything. */
  async chartText(): Promise<string> {
    return (await this.page.locator('.mk-timeline__svg text').allTextContents()).join(' | ');
  }

  legend() {
    return this.page.getByRole('list', { name: 'Legend' });
  }

  /** The list the chart becomes at phone width. */
  list() {
    return this.page.locator('ol.mk-timeline__list');
  }
}

export class MapPage {
  constructor(readonly page: Page) {}

  open(query = '') {
    return openApp(this.page, `./map/${query}`);
  }

  marker(name: string) {
    return this.page.getByRole('link', { name });
  }

  /** A marker, which opens a popover in place; its name says the mission, place and contribution. */
  markerButton(name: string) {
    return this.page.getByRole('button', { name });
  }

  popover(name: string) {
    return this.page.getByRole('dialog', { name });
  }
}

export class MissionPage {
  constructor(readonly page: Page) {}

  open(id: string) {
    return openApp(this.page, `./missions/${id}/`);
  }

  evidence() {
    return this.page.getByRole('region', { name: 'Every sentence about this mission' }).getByRole('link');
  }

  contribution() {
    return this.page.getByRole('region', { name: 'Dutch contribution' });
  }
}

export class SearchPage {
  constructor(readonly page: Page) {}

  open(query = '') {
    return openApp(this.page, `./search/${query}`);
  }

  box() {
    return this.page.getByRole('searchbox', { name: 'Search the letter and the missions' }).last();
  }

  group(name: RegExp) {
    return this.page.locator('.mk-results__group').filter({ has: this.page.getByRole('heading', { name }) });
  }
}

export async function seriousViolations(page: Page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}
