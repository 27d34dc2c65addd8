// Screenshots of each section in each theme at 320 and 1280 px, attached to the test report and
// written to target/e2e-results/screenshots/ for a person to look at (they assert nothing a
// machine can judge, except that each section is there and fits the width).
const path = require('path');
const { test, expect } = require('./fixtures');
const { ExplorerPage } = require('./pages');

const SECTIONS = { timeline: '', scenario: '&at=2025-12-27', forecast: '', sources: '' };

for (const width of [320, 1280]) {
  for (const theme of ['light', 'dark']) {
    test(`screenshots at ${width} px, ${theme}`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      const explorer = new ExplorerPage(page);
      for (const [section, extra] of Object.entries(SECTIONS)) {
        await explorer.open(`#v=1&section=${section}${extra}`);
        const element = page.locator('main section:visible').first();
        await expect(element).toBeVisible();
        const file = path.join('target', 'e2e-results', 'screenshots', `${section}-${theme}-${width}.png`);
        await element.screenshot({ path: file });
        await testInfo.attach(`${section}-${theme}-${width}`, { path: file, contentType: 'image/png' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${section} fits ${width} px`).toBeLessThanOrEqual(0);
      }
      explorer.expectCleanRun();
    });
  }
}
