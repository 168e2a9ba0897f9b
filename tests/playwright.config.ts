// Browser tests run against the release build, served by `cargo xtask test` the way a
// static host serves it, under a sub-path. `MK_BASE_URL` is that site's root.
import { defineConfig } from '@playwright/test';

const baseURL = process.env.MK_BASE_URL;
if (!baseURL) {
  throw new Error('MK_BASE_URL is not set: run the browser tests with `cargo xtask test`');
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'artifacts/results.json' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    // The service worker would answer requests that tests route or count; the offline test
    // allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.MK_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
});
