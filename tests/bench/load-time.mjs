// Cold-load time from navigation start until the mission list is painted, for the app and
// for the floor page. Usage: node load-time.mjs APP_URL FLOOR_URL RUNS. Prints JSON.
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
  const observer = new MutationObserver(() => {
    if (seen() && window.__mkVisibleAt === undefined) {
      window.__mkVisibleAt = null;
      observer.disconnect();
      requestAnimationFrame(() => { window.__mkVisibleAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function measure(url) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchForMissionList);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__mkVisibleAt === 'number', null, { timeout: 20_000 });
    times.push(await page.evaluate(() => window.__mkVisibleAt));
    await context.close();
  }
  return times;
}

const app = await measure(appUrl);
const floor = await measure(floorUrl);
await browser.close();
console.log(JSON.stringify({ app, floor }));
