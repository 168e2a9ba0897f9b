// Parsing a pasted letter in the browser, on the release build's /open/ page: the letter's
// text is pasted and opened, and the app's own `mk-parse` performance measure (around the
// parse, in the parser's chunk; see src/open_parser.rs) is read. Each run is a fresh load of
// the page, so each parse pays what a reader's first one does (the lexicon is read then).
// Usage: node parse.mjs APP_URL TEXT_FILE RUNS. Prints JSON: { "parse": [ms, …] }.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [, , appUrl, textFile, runsArg] = process.argv;
const runs = Number(runsArg ?? 7);
const text = readFileSync(textFile, 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const parse = [];
for (let i = 0; i < runs; i += 1) {
  await page.goto(new URL('open/', appUrl).href);
  await page.waitForFunction(() => !document.getElementById('mk-prerendered'));
  await page.fill('#letter-text', text);
  await page.click('.mk-open__form button[type=submit]');
  await page.waitForURL(/[?&]letter=[0-9a-f]{12}/);
  const ms = await page.evaluate(() => {
    const entries = performance.getEntriesByName('mk-parse', 'measure');
    return entries.length ? entries[entries.length - 1].duration : null;
  });
  if (ms === null) throw new Error('the page recorded no mk-parse measure');
  parse.push(ms);
}
await browser.close();
console.log(JSON.stringify({ parse }));
