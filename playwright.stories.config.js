// The end-to-end tests of the stories besides the default one (`tests/e2e-stories/`), run by
// `cargo xtask test` against each story's own build on BASE_URL. The same browser, locale,
// zone and pinned clock as playwright.config.js.
const main = require('./playwright.config.js');

module.exports = {
  ...main,
  testDir: 'tests/e2e-stories',
  outputDir: 'target/e2e-stories-results',
  projects: [{ name: 'utc', use: { timezoneId: 'UTC' } }],
};
