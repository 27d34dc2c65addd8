// The third story, the same three Sahel states and the ICC's Rome Statute, built from
// data/sahel-icc/ by the same code and served on BASE_URL by `cargo xtask test`: a withdrawal
// announced "avec effet immédiat" but never notified (the states stay parties), Article 127's
// year from the UN's receipt, and the sheet's own what-if, "if Mali or Burkina Faso files on
// day X", with a later day the notice may name. The page's clock is pinned like every spec's.
const { test, expect } = require('../e2e/fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('../e2e/pages');
const { sharedStoryTests } = require('./shared');

const mapState = (page, name) => page.getByRole('button', { name: new RegExp(`^${name}: `) });
const resultRow = (page, code) => page.locator(`.status-table tr[data-code="${code}"]`);

test('the page tells the ICC story in its own words', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await expect(page).toHaveTitle('Leaving the ICC? Mali, Burkina Faso and Niger, 2025–2026');
  await expect(page.locator('main')).toContainText('avec effet immédiat');
  const lanes = page.locator('.timeline-chart .lanes text');
  await expect(lanes).toHaveText(['Rome Statute', 'Mali', 'Burkina Faso', 'Niger']);
  // No words of the other stories: no mines, no ECOWAS membership.
  await expect(page.locator('body')).not.toContainText(/Ottawa|anti-personnel|ECOWAS|Suwałki/);
  explorer.expectCleanRun();
});

test('an announcement without notice leaves the three States Parties', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2025-09-21');
  await expect(mapState(page, 'Mali')).toHaveAttribute('data-status', 'party');
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  for (const name of ['Mali', 'Burkina Faso', 'Niger']) {
    await expect(mapState(page, name)).toHaveAttribute('data-status', 'announced');
    await expect(mapState(page, name)).toHaveAttribute('aria-label', `${name}: Announced, not notified`);
  }
  await expect(page.locator('.legend')).toContainText('Announced, not notified');
  // Article 127's words for a state that has sent nothing.
  await expect(page.locator('.rules li[data-code="ML"]')).toContainText('no written notification to the UN Secretary-General');
  // Years later, still announced and still a party: nothing takes effect without a notice.
  await explorer.open('#v=1&section=scenario&at=2028-01-01');
  await expect(mapState(page, 'Burkina Faso')).toHaveAttribute('data-status', 'announced');
  explorer.expectCleanRun();
});

test('what if Mali notifies on a day the reader picks, naming a later day', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2026-12-03');
  const whatIf = page.locator('details.what-if');
  await whatIf.locator('summary').click();
  await expect(whatIf).toHaveAttribute('open', '');
  const mali = whatIf.locator('fieldset[data-code="ML"]');
  await mali.getByLabel('Withdraws').check();
  // Article 127 has no armed-conflict clause: no control for one.
  await expect(mali.getByLabel('Engaged in an armed conflict')).toHaveCount(0);
  await mali.getByLabel('The UN Secretary-General receives it on').fill('2027-01-05');
  await expect(resultRow(page, 'ML')).toContainText('January 5, 2028');
  await expect(page.locator('.rules li[data-code="ML"]')).toContainText('Article 127');
  expect(await explorer.fragment()).toContain('w.ML=2027-01-05');
  // A later day named in the notice, which Article 127 allows, moves the exit to that day.
  await mali.getByLabel('A later day its notice names (optional)').fill('2028-07-01');
  await expect(resultRow(page, 'ML')).toContainText('July 1, 2028');
  await expect(page.locator('.rules li[data-code="ML"]')).toContainText('names a later date');
  const fragment = await explorer.fragment();
  expect(fragment).toContain('w.ML=2027-01-05.later.2028-07-01');
  // The link reads back as written, and the exit shows on its day.
  await explorer.open(`#${fragment.replace(/at=[0-9-]+/, 'at=2028-07-01')}`);
  await expect(mapState(page, 'Mali')).toHaveAttribute('data-status', 'withdrawn');
  await expect(mapState(page, 'Burkina Faso')).toHaveAttribute('data-status', 'announced');
  explorer.expectCleanRun();
});

test("the states' claim and Niger's reported notice, as scenarios", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&sc=immediate-effect&at=2025-10-01');
  await expect(mapState(page, 'Niger')).toHaveAttribute('data-status', 'withdrawn');
  await expect(page.locator('.rules li[data-code="NE"]')).toContainText('Assumed in this what-if, not computed from Article 127');
  await explorer.open('#v=1&section=scenario&sc=niger-june-2026&at=2026-12-03');
  await expect(mapState(page, 'Niger')).toHaveAttribute('data-status', 'pending');
  await expect(resultRow(page, 'NE')).toContainText('June 18, 2027');
  await expect(mapState(page, 'Mali')).toHaveAttribute('data-status', 'announced');
  explorer.expectCleanRun();
});

test('the French edition reads in French from the server, and axe finds nothing', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await page.goto('./fr.html#v=1&section=scenario&at=2025-10-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('main')).toContainText('avec effet immédiat');
  await expect(mapState(page, 'Mali')).toHaveAttribute('aria-label', 'Mali: Annoncé, non notifié');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  explorer.expectCleanRun();
});

// The flows every story shares (shared.js), on this story's build.
sharedStoryTests();
