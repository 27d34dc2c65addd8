// End-to-end tests against the built dist/, served by `cargo xtask test` on BASE_URL.
// The browser is Debian's Chromium: Playwright must never download one.
const { defineConfig } = require('@playwright/test');

module.exports = defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'target/e2e-results',
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8080/',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
