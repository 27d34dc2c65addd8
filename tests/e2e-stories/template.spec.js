// The template story (data/template/: the smallest complete story, Lithuania leaving the
// Convention on Cluster Munitions), built by the same code and served on BASE_URL by
// `cargo xtask test`: it builds, and a reader sees its events, its one state's dates and its
// map, in its one language; and the flows every story shares (shared.js) hold on it too.
const { test, expect } = require('../e2e/fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('../e2e/pages');
const { sharedStoryTests } = require('./shared');

test('the template story shows its events, its dates and its map', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(page).toHaveTitle('Lithuania leaves the Convention on Cluster Munitions');
  await expect(page.getByText('Events shown: 5')).toBeVisible();
  // One language: no switcher offers another.
  await expect(page.getByRole('combobox', { name: 'Language' }).locator('option')).toHaveCount(1);
  await explorer.open('#v=1&section=scenario&at=2025-03-06');
  await expect(page.getByRole('button', { name: /^Lithuania: / })).toHaveAttribute('data-status', 'withdrawn');
  await expect(page.locator('.rules li[data-code="LT"]')).toContainText('March 6, 2025');
  // Its sources state no worldwide count of States Parties: no count, no step chart.
  await expect(page.locator('[data-total="world"]')).toHaveCount(0);
  await expect(page.locator('.step-chart')).toHaveCount(0);
  await explorer.open('#v=1&section=timeline');
  await page.getByRole('button', { name: 'Show as a list' }).click();
  await expect(page.getByRole('region', { name: 'Events, in date order' })).toContainText('Seimas votes to withdraw from the Convention on Cluster Munitions');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  explorer.expectCleanRun();
});

// The flows every story shares (shared.js), on this story's build.
sharedStoryTests();
