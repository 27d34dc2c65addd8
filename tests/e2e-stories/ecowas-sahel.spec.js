// The second story, the Sahel states leaving ECOWAS, built from data/ecowas-sahel/ by the same
// code and served on BASE_URL by `cargo xtask test`: its facts (Article 91's year of notice,
// 29 January 2025, "sans délai", the three states, the organisation's suspensions) as a reader
// meets them, in English and French, with the page's clock pinned like every other spec; and the
// flows every story shares (shared.js), on this story's build.
const { test, expect } = require('../e2e/fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('../e2e/pages');
const { sharedStoryTests } = require('./shared');

const mapState = (page, name) => page.getByRole('button', { name: new RegExp(`^${name}: `) });

test('the page tells the Sahel story in its own words', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(page).toHaveTitle('Leaving ECOWAS: Mali, Burkina Faso and Niger, 2024–2025');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main')).toContainText('sans délai');
  await expect(page.locator('main')).toContainText('29 January 2025');
  // Its lanes: the organisation, then the three states that left.
  const lanes = page.locator('.timeline-chart .lanes text');
  await expect(lanes).toHaveText(['ECOWAS', 'Mali', 'Burkina Faso', 'Niger']);
  // No mine-ban words leak from the first story.
  await expect(page.locator('body')).not.toContainText(/Ottawa|anti-personnel|States Parties|Suwałki/);
  explorer.expectCleanRun();
});

test('Article 91: a year after the notices of 29 January 2024, the three are no longer members', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2025-01-28');
  await expect(mapState(page, 'Mali')).toHaveAttribute('aria-label', 'Mali: Notice given');
  await expect(page.locator('.rules li[data-code="ML"]')).toContainText('Article 91');
  await expect(page.locator('.rules li[data-code="ML"]')).toContainText('January 29, 2025');
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  for (const name of ['Mali', 'Burkina Faso', 'Niger']) {
    await expect(mapState(page, name)).toHaveAttribute('data-status', 'withdrawn');
  }
  await expect(page.locator('[data-total="world"]')).toHaveText('12');
  // No border lengths in this story: no border totals.
  await expect(page.locator('[data-total="border"]')).toHaveCount(0);
  expect(await explorer.fragment()).toContain('at=2025-01-29');
  explorer.expectCleanRun();
});

test("the organisation's suspensions colour the map, and a notice outweighs one", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2023-12-31');
  // Niger suspended from 10 December 2023, Mali since May 2021, Guinea since September 2021.
  for (const name of ['Niger', 'Mali', 'Burkina Faso', 'Guinea']) {
    await expect(mapState(page, name)).toHaveAttribute('data-status', 'suspension');
  }
  await expect(mapState(page, 'Ghana')).toHaveAttribute('data-status', 'party');
  await expect(mapState(page, 'Mauritania')).toHaveAttribute('data-status', 'not-party');
  await explorer.open('#v=1&section=scenario&at=2024-06-01');
  await expect(mapState(page, 'Niger')).toHaveAttribute('data-status', 'pending');
  explorer.expectCleanRun();
});

test('the what-ifs: the states\' "sans délai" claim and Niger\'s notice of 30 January', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&sc=without-delay&at=2024-06-01');
  await expect(mapState(page, 'Burkina Faso')).toHaveAttribute('data-status', 'withdrawn');
  await expect(page.locator('.status-table tr[data-code="BF"]')).toContainText('January 28, 2024');
  await explorer.open('#v=1&section=scenario&sc=niger-30-january&at=2025-01-29');
  await expect(mapState(page, 'Mali')).toHaveAttribute('data-status', 'withdrawn');
  await expect(mapState(page, 'Niger')).toHaveAttribute('data-status', 'pending');
  await expect(page.locator('.status-table tr[data-code="NE"]')).toContainText('January 30, 2025');
  explorer.expectCleanRun();
});

test('the French edition reads in French from the server, and axe finds nothing', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await page.goto('./fr.html#v=1&section=scenario&at=2025-02-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('main')).toContainText('sans délai');
  await expect(mapState(page, 'Mali')).toHaveAttribute('data-status', 'withdrawn');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  explorer.expectCleanRun();
});

// The flows every story shares (shared.js), on this story's build.
sharedStoryTests();

test('without forecasts, its islands are the three it needs; its scenario page shows the three gone', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  // No forecasts in this story: no forecast section (and no section's buttons are islands).
  const names = await page.locator('[data-island]').evaluateAll((all) => all.map((el) => el.getAttribute('data-island')));
  expect(names).toEqual(['timeline', 'scenario', 'what-if']);
  await expect(page.locator('[data-section="forecast"]')).toHaveCount(0);
  await page.goto('./embed-scenario.html#v=1&section=scenario&embed=1&at=2025-02-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  for (const name of ['Mali', 'Burkina Faso', 'Niger']) {
    await expect(mapState(page, name)).toHaveAttribute('data-status', 'withdrawn');
  }
  explorer.expectCleanRun();
});

test("an event's card opens from a link, with where its sources disagree", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&ev=ne-notice');
  await expect(explorer.card().getByRole('heading')).toHaveText("Niger's written notice to the ECOWAS Commission");
  // Its text arrives with the first card; the other date a source gives is shown beside it.
  await expect(explorer.card()).toContainText('ECOWAS treated all three states as notified on 29 January');
  await expect(explorer.card().locator('.event-disagreement time')).toHaveText('January 30, 2024');
  await expect(explorer.card().getByRole('link', { name: /Yeni Şafak|Anadolu/ }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  explorer.expectCleanRun();
});
