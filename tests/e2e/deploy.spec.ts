// A deploy while a page is open: the reader's page keeps working on the version it loaded,
// although the host now has only the new one, and the next link loads the new version.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';

const SITE_DIR = process.env.MK_SITE_DIR ?? '';
const PREFIX = '/missiekaart/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.tsv': 'text/tab-separated-values',
  '.webmanifest': 'application/manifest+json',
};

/** A static host over `root()`, which the test swaps: the file, else `dir/index.html`, else 404.html. */
function host(root: () => string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const local = path.startsWith(PREFIX) ? path.slice(PREFIX.length) : null;
    const candidates = local === null ? [] : [join(root(), local), join(root(), local, 'index.html')];
    const file = candidates.find((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    const [status, body, type] = file
      ? [200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream']
      : [404, readFileSync(join(root(), '404.html')), TYPES['.html']];
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    resolve({ server, url: `http://127.0.0.1:${port}${PREFIX}` });
  }));
}

/** Every file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Version B of the built site A: what a new build looks like to a browser, with its wasm in
 * a folder of another name (A's folder is gone from the host) and a new worker version. */
function nextVersion(a: string): string {
  const b = mkdtempSync(join(tmpdir(), 'mk-deploy-b-'));
  cpSync(a, b, { recursive: true });
  const folder = readdirSync(b).find((name) => /^wasm-[0-9a-f]+$/.test(name))!;
  const renamed = `wasm-${'0123456789abcdef'.slice(0, folder.length - 5)}`;
  renameSync(join(b, folder), join(b, renamed));
  for (const file of files(b).filter((f) => /\.(html|js)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    let next = text.replaceAll(folder, renamed);
    // The start-up script names the folder, so its hash in the page's policy changes too.
    for (const [, script] of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
      const hash = (code: string) => createHash('sha256').update(code).digest('base64');
      next = next.replace(`'sha256-${hash(script)}'`, `'sha256-${hash(script.replaceAll(folder, renamed))}'`);
    }
    if (file.endsWith('sw.js')) next = next.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1b'");
    if (next !== text) writeFileSync(file, next);
  }
  return b;
}

test.use({ serviceWorkers: 'allow' });

test('a page open during a deploy keeps every view, and the next link loads the new version', async ({ browser }) => {
  test.setTimeout(90_000);
  expect(SITE_DIR, 'MK_SITE_DIR names the built site').not.toBe('');
  const a = mkdtempSync(join(tmpdir(), 'mk-deploy-a-'));
  cpSync(SITE_DIR, a, { recursive: true });
  const b = nextVersion(a);
  let live = a;
  const { server, url } = await host(() => live);
  const context = await browser.newContext();
  try {
    // Tab 1 opens the overview of version A, and A's worker takes control.
    const tab1 = await context.newPage();
    await tab1.goto(url);
    await expect(tab1.getByRole('heading', { level: 1 })).toBeVisible();
    await tab1.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => tab1.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const versionA = await tab1.evaluate(() => document.querySelector('script[type=module]')?.textContent ?? '');
    // Tab 1 notes when a new worker takes it over (the app listens to the same event).
    await tab1.evaluate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => ((window as unknown as { tookOver: boolean }).tookOver = true));
    });

    // Version B is deployed; tab 2 loads a page, and B's worker installs and takes over.
    live = b;
    const tab2 = await context.newPage();
    await tab2.goto(`${url}map/`);
    await tab2.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => tab1.evaluate(async () => (await caches.keys()).filter((k) => /^missiekaart-[0-9a-f]+b$/.test(k)).length), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(() => tab1.evaluate(() => (window as unknown as { tookOver?: boolean }).tookOver === true), { timeout: 30_000 }).toBe(true);

    // Tab 1 still opens every view of its version, their code coming from the kept cache:
    // moving within the app, as Back and Forward do.
    for (const [link, heading] of [['Timeline', 'Timeline'], ['Map', 'Map'], ['Search', 'Search'], ['Letter', null]] as const) {
      await tab1.evaluate((name) => {
        const a = [...document.querySelectorAll('nav a')].find((e) => e.textContent?.trim() === name) as HTMLAnchorElement;
        // In-app navigation, as before the deploy: the app's own router, not a page load.
        history.pushState(null, '', a.href);
        dispatchEvent(new PopStateEvent('popstate'));
      }, link);
      if (heading) await expect(tab1.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      else await expect(tab1.locator('.mk-sentence').first()).toBeVisible();
      await expect(tab1.getByText('This view could not be loaded')).toHaveCount(0);
    }
    await tab1.evaluate(() => {
      history.pushState(null, '', 'missions/minusma/');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(tab1.getByRole('heading', { level: 1, name: 'MINUSMA' })).toBeVisible();

    // The next link the reader follows loads version B.
    await tab1.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overview' }).click();
    await expect(tab1.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => tab1.evaluate(() => document.querySelector('script[type=module]')?.textContent ?? '')).not.toBe(versionA);
  } finally {
    await context.close();
    server.close();
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
