// Interaction latency in the release build: a filter change on the overview and a zoom step
// on the timeline. Usage: node interaction.mjs APP_URL RUNS. Prints JSON.
//
// For each interaction two times, from just before the event:
// - `work`: until the app's handlers, the reactive updates and the layout have run;
// - `frame`: until the next animation frame has been produced (work plus waiting for it).
import { chromium } from '@playwright/test';

const [, , appUrl, runsArg] = process.argv;
const runs = Number(runsArg ?? 21);

const browser = await chromium.launch({
  executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

// Runs in the page: fires `act` `runs` times and times each.
async function timeInPage({ selector, kind, runs }) {
  const target = document.querySelector(selector);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const work = [];
  const frame = [];
  for (let i = 0; i < runs; i += 1) {
    await nextFrame();
    const t0 = performance.now();
    if (kind === 'click') {
      target.click();
    } else {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 === 0 ? '+' : '-', bubbles: true, cancelable: true }));
    }
    await settle();
    document.body.getBoundingClientRect();
    work.push(performance.now() - t0);
    await nextFrame();
    frame.push(performance.now() - t0);
  }
  return { work, frame };
}

// Measure the app in a steady state: after it has taken over the pre-rendered page, and after
// the service worker it then registers has precached the site.
async function settle() {
  await page.waitForFunction(() => !document.getElementById('mk-prerendered') && document.querySelector('.mk-app:not([hidden])'));
  await page.evaluate(() => navigator.serviceWorker?.ready);
  await page.waitForLoadState('networkidle');
}

await page.goto(appUrl);
await page.waitForSelector('[data-testid="mission-list"] li');
await settle();
const filter = await page.evaluate(timeInPage, { selector: '.mk-filters input[type="checkbox"]', kind: 'click', runs });

await page.goto(new URL('timeline/', appUrl).href);
await page.waitForSelector('.mk-timeline__svg');
await settle();
const zoom = await page.evaluate(timeInPage, { selector: '.mk-timeline__frame', kind: 'key', runs });

await browser.close();
console.log(JSON.stringify({ filter, zoom }));
