// Pre-renders the built site in headless Chromium, for `cargo xtask build`.
//
// The app renders each entry page itself; this script only records what it rendered (the body,
// the title, the description and the language) and takes the pictures the build needs: a
// 1200×630 link-preview card of each page and the app icons. The xtask then writes the
// recorded HTML into each page's file, so crawlers, link previews and readers without
// JavaScript see the content, and the app takes over the same markup.
//
// usage: node xtask/prerender.mjs JOB.json RESULT.json
// JOB: { chromium, pages: [{ url, card?, variants: [lang] }], icons: [{ svg, size, out }] }
// RESULT: [{ url, title, description, lang, body, variants: [{ lang, title, body }] }]
// A variant is the same page in another interface language (`?lang=nl`).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [jobPath, resultPath] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobPath, 'utf8'));
const browser = await chromium.launch({
  executablePath: job.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // No service worker: the snapshot must be what the network gave, not a cache.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const results = [];
  const snapshot = async (url) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response || !response.ok()) throw new Error(`${url}: HTTP ${response && response.status()}`);
    await page.locator('#main > *').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return page.evaluate(() => {
      const body = document.body.cloneNode(true);
      body.querySelectorAll('script, noscript').forEach((n) => n.remove());
      // Country outlines are fetched after start, so the app's first render has none; the
      // snapshot leaves them out too, which keeps each page small.
      body.querySelectorAll('.mk-map__land').forEach((n) => n.replaceChildren());
      return {
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.content ?? '',
        lang: document.documentElement.lang,
        body: body.innerHTML,
      };
    });
  };
  for (const { url, card, variants } of job.pages) {
    const others = [];
    for (const lang of variants ?? []) {
      const { title, body } = await snapshot(`${url}?lang=${lang}`);
      others.push({ lang, title, body });
    }
    results.push({ url, ...(await snapshot(url)), variants: others });
    if (card) {
      await page.setViewportSize({ width: 1200, height: 630 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: card, animations: 'disabled' });
    }
  }
  for (const { svg, size, out } of job.icons) {
    const data = readFileSync(svg).toString('base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0"><img alt="" width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: out, omitBackground: true });
  }
  writeFileSync(resultPath, JSON.stringify(results));
} finally {
  await browser.close();
}
