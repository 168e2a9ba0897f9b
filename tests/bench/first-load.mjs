// Which files a cold visit to each entry page fetches, until the app has taken over the
// pre-rendered page and the network is idle. Usage: node first-load.mjs SITE_URL PATH...
// Prints JSON: { path: [url, ...] }. The xtask adds up their gzip sizes.
import { chromium } from '@playwright/test';

const [, , siteUrl, ...paths] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const report = {};
for (const path of paths) {
  // No service worker: it would fetch the whole site to precache it, after the load.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('.mk-app:not([hidden])') && !document.getElementById('mk-prerendered'));
  await page.waitForLoadState('networkidle');
  report[path] = urls;
  await context.close();
}
await browser.close();
console.log(JSON.stringify(report));
