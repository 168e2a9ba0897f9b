// Cold-load time from navigation start until the mission list is painted, for the app and
// for the floor page; and, for the app, until it has taken over the pre-rendered page (its own
// markup in place, every control live). Usage: node load-time.mjs APP_URL FLOOR_URL RUNS.
// The runs alternate between the two. Prints JSON.
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

// One cold load in a fresh context: when the mission list was first painted and, if `live`,
// when the app had taken over.
async function measure(url, live) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchForMissionList);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__mkVisibleAt === 'number', null, { timeout: 20_000 });
  const visible = await page.evaluate(() => window.__mkVisibleAt);
  let takenOver = null;
  if (live) {
    await page.waitForFunction(() => typeof window.__mkLiveAt === 'number', null, { timeout: 20_000 });
    takenOver = await page.evaluate(() => window.__mkLiveAt);
  }
  await context.close();
  return [visible, takenOver];
}

// Side by side: the app and the floor alternate, so that what else the machine is doing
// weighs on both alike.
const app = [];
const appLive = [];
const floor = [];
for (let i = 0; i < runs; i += 1) {
  const [visible, takenOver] = await measure(appUrl, true);
  app.push(visible);
  appLive.push(takenOver);
  floor.push((await measure(floorUrl, false))[0]);
}
await browser.close();
console.log(JSON.stringify({ app, appLive, floor }));
