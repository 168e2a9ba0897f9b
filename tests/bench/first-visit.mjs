// What a first visit to the site transfers in all: the page until the app has taken over, then
// the service worker it registers and what that precaches. Usage: node first-visit.mjs SITE_URL.
// Prints JSON: { page: [url, ...], worker: [url, ...], httpCache: [url, ...] }: the requests of
// the page and of the worker that came over the network, and those the HTTP cache answered
// (the worker fetching a file the page had just loaded). The xtask adds up their gzip sizes.
import { chromium } from '@playwright/test';

const [, , siteUrl] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ serviceWorkers: 'allow' });
const report = { page: [], worker: [], httpCache: [] };
const pending = [];
context.on('requestfinished', (request) => {
  pending.push(
    request.sizes().then((sizes) => {
      // Chromium reports a body read from the HTTP cache as no bytes (or fewer than none); and
      // so the worker's own script, which registering always fetches from the network.
      const worker = new URL(request.url()).pathname.endsWith('/sw.js');
      if (sizes.responseBodySize <= 0 && !worker) report.httpCache.push(request.url());
      else (request.serviceWorker() || worker ? report.worker : report.page).push(request.url());
    }),
  );
});
const page = await context.newPage();
await page.goto(siteUrl, { waitUntil: 'networkidle' });
await page.waitForFunction(() => document.querySelector('.mk-app:not([hidden])') && !document.getElementById('mk-prerendered'));
// Ready once the worker has installed, which is once it has precached every file.
await page.evaluate(() => navigator.serviceWorker.ready);
await page.waitForLoadState('networkidle');
await Promise.all(pending);
await browser.close();
console.log(JSON.stringify(report));
