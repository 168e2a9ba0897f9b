// Cold-load time from navigation start until the mission list is painted, for the app and
// for the floor page; and, for the app, until it has taken over the pre-rendered page (its own
// markup in place, every control live). Usage: node load-time.mjs APP_URL FLOOR_URL RUNS.
// Prints JSON.
import { chromium } from '@playwright/test';

const [, , appUrl, floorUrl, runsArg] = process.argv;
const runs = Number(runsArg ?? 7);

const browser = await chromium.launch({
  executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// Runs before any of the page's own script: notes the frame in which the first mission
// first stands in the document.
function watchForMissionList() {
  const seen = () => document.querySelector('[data-testid="mission-list"] li');
  const live = () => document.querySelector('.mk-app:not([hidden])') && !document.getElementById('mk-prerendered');
  const observer = new MutationObserver(() => {
    if (seen() && window.__mkVisibleAt === undefined) {
      window.__mkVisibleAt = null;
      requestAnimationFrame(() => { window.__mkVisibleAt = performance.now(); });
    }
    if (live() && window.__mkLiveAt === undefined) {
      window.__mkLiveAt = null;
      observer.disconnect();
      requestAnimationFrame(() => { window.__mkLiveAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function measure(url, live) {
  const times = [];
  const liveTimes = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchForMissionList);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__mkVisibleAt === 'number', null, { timeout: 20_000 });
    times.push(await page.evaluate(() => window.__mkVisibleAt));
    if (live) {
      await page.waitForFunction(() => typeof window.__mkLiveAt === 'number', null, { timeout: 20_000 });
      liveTimes.push(await page.evaluate(() => window.__mkLiveAt));
    }
    await context.close();
  }
  return [times, liveTimes];
}

const [app, appLive] = await measure(appUrl, true);
const [floor] = await measure(floorUrl, false);
await browser.close();
console.log(JSON.stringify({ app, appLive, floor }));
