// End-to-end tests against the built dist/, served by `cargo xtask test` on BASE_URL.
// The browser is Debian's Chromium: Playwright must never download one.
//
// Nothing here depends on the machine: the locale is pinned to en-US, the time zone to UTC,
// and every page's clock to one day (tests/e2e/fixtures.js). Two more projects run the
// date-sensitive specs in the zones furthest from UTC, UTC+14 and UTC−10, so a civil date
// that moved across a zone boundary would fail there. `E2E_ALL_ZONES=1` runs every spec in
// all three zones.
const { defineConfig } = require('@playwright/test');

const DATE_SENSITIVE = /(any-day|scenario|events)\.spec\.js$/;
const zone = (name, timezoneId) => ({
  name,
  use: { timezoneId },
  ...(process.env.E2E_ALL_ZONES ? {} : { testMatch: DATE_SENSITIVE }),
});

module.exports = defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'target/e2e-results',
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8080/',
    locale: 'en-US',
    timezoneId: 'UTC',
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
        '--lang=en-US',
      ],
    },
  },
  projects: [
    { name: 'utc', use: { timezoneId: 'UTC' } },
    zone('kiritimati', 'Pacific/Kiritimati'),
    zone('adak', 'America/Adak'),
  ],
});
