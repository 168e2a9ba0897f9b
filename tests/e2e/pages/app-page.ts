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

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png`, fullPage: true });
}

export class OverviewPage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('./');
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
