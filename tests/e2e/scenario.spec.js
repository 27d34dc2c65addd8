// The scenario explorer, built and served from dist/: the slider by keyboard, the map's details,
// what-ifs that change every figure and survive in the link, play, and accessibility.
const { test, expect, FIXED_DAY, addYears, longDate, localInstant } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('./pages');

const mapState = (page, name) => page.getByRole('button', { name: new RegExp(`^${name}: `) });

test('the slider moves by keyboard, says the day in words, and the map and the link follow', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2025-12-26');
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 26, 2025: no withdrawal in effect');
  await expect(mapState(page, 'Lithuania')).toHaveAttribute('aria-label', 'Lithuania: Withdrawal pending');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 27, 2025: Estonia, Latvia, and Lithuania withdrawn');
  await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', 'withdrawn');
  await expect(page.locator('.status-table tr[data-code="LT"]')).toContainText('Withdrawn');
  await expect(page.locator('[data-total="world"]')).toHaveText('163');
  await expect(page.locator('[data-total="border"]')).toHaveText('1,718 km');
  expect(await explorer.fragment()).toContain('at=2025-12-27');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /^December 27, 2026: Estonia, Finland, Latvia, Lithuania, and Poland withdrawn$/);
  // The slider ends three years after the (pinned) day the reader opens the page.
  await page.keyboard.press('End');
  await expect(page.locator('.date-slider output')).toHaveText(longDate(addYears(FIXED_DAY, 3)));
  explorer.expectCleanRun();
});

test('a state on the map shows its dates and its border figures with their sources', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2026-03-01');
  await mapState(page, 'Finland').focus();
  const details = page.getByRole('region', { name: 'Finland' });
  await expect(details).toContainText('Withdrawn');
  await expect(details).toContainText('July 10, 2025');
  await expect(details).toContainText('Russia: 1,309 km');
  await expect(details.getByRole('link', { name: 'CIA World Factbook' }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(details).toContainText('1,340 km');
  await expect(page.locator('.suwalki')).toContainText('Suwałki Gap');
  explorer.expectCleanRun();
});

test('what-ifs change every figure at once and survive in the link', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2026-03-01');
  await page.getByText('What if…').click();
  const poland = page.getByRole('group', { name: /^Poland/ });
  await poland.getByRole('checkbox', { name: 'Withdraws' }).uncheck();
  await expect(mapState(page, 'Poland')).toHaveAttribute('data-status', 'party');
  await expect(page.locator('[data-total="world"]')).toHaveText('162');
  await expect(page.locator('.rules li[data-code="PL"]')).toHaveText('Poland deposits no instrument of withdrawal, so it stays a party.');
  // Article 20's words above the rules are written at build time only: the app redraws the
  // rules around them and keeps them.
  await expect(page.locator('blockquote.article20')).toContainText('1. This Convention shall be of unlimited duration.');
  await expect(page.locator('[data-total="region"] + .hint')).toHaveText('of the six states and their neighbours Belarus and Russia');
  expect(await explorer.fragment()).toContain('w.PL=no');

  const ukraine = page.getByRole('group', { name: /^Ukraine/ });
  await ukraine.getByRole('combobox', { name: 'What it deposits' }).selectOption('withdrawal');
  await expect(page.locator('.rules li[data-code="UA"]')).toContainText('cannot take effect before that conflict ends');
  await expect(mapState(page, 'Ukraine')).toHaveAttribute('data-status', 'pending');
  await ukraine.getByLabel(/The conflict ends on/).fill('2027-05-09');
  await ukraine.getByLabel(/The conflict ends on/).dispatchEvent('change');
  await expect(page.locator('.status-table tr[data-code="UA"]')).toContainText('May 9, 2027');

  const link = await explorer.fragment();
  expect(link).toContain('w.UA=2025-07-18.war.2027-05-09');
  await explorer.open('#' + link);
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(mapState(page, 'Poland')).toHaveAttribute('data-status', 'party');
  await expect(page.locator('.status-table tr[data-code="UA"]')).toContainText('May 9, 2027');
  await expect(page.locator('blockquote.article20')).toContainText('withdraw [sic] to all other States Parties');
  explorer.expectCleanRun();
});

test('with reduced motion, play jumps from one change to the next', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The page's timers run on a clock the test moves, so each step is one known tick of play
  // (1.5 s), not a race against the machine's speed.
  await page.clock.install({ time: localInstant(FIXED_DAY, '12:00', 'UTC') });
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2025-06-01');
  await page.clock.pauseAt(localInstant(FIXED_DAY, '12:01', 'UTC'));
  const output = page.locator('.date-slider output');
  await explorer.button('Play').click();
  await expect(output).toHaveText('June 1, 2025');
  await page.clock.runFor(1500);
  await expect(output).toHaveText('June 25, 2025');
  await page.clock.runFor(1500);
  await expect(output).toHaveText('June 27, 2025');
  await explorer.button('Pause').click();
  await page.clock.runFor(3000);
  await expect(output).toHaveText('June 27, 2025');
  await expect(explorer.button('Play')).toBeVisible();
  explorer.expectCleanRun();
});

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations in the scenario explorer (${width} px, ${colorScheme}, page and embed)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const explorer = new ExplorerPage(page);
      for (const fragment of ['#v=1&at=2025-12-27', '#v=1&section=scenario&embed=1&at=2026-03-01']) {
        await explorer.open(fragment);
        await explorer.reveal('section.scenario');
        await page.getByText('What if…').click();
        await mapState(page, 'Latvia').click();
        const axe = await new AxeBuilder({ page }).include('.scenario').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
      }
      explorer.expectCleanRun();
    });
  }
}

// Wide screens put the map and its results side by side, so a reader moving the slider sees
// both change without scrolling; a phone stacks them. Checked on the whole page and on the
// scenario's own page (an embed), once the app has started.
test('the map and the results sit side by side at 1280 px and stack at 375 px', async ({ page }) => {
  for (const [width, fragment] of [[1280, ''], [1280, '#v=1&section=scenario'], [375, '']]) {
    await page.setViewportSize({ width, height: 900 });
    const explorer = new ExplorerPage(page);
    await explorer.open(fragment);
    await explorer.reveal('.region-map');
    // The layout as it settles: both boxes read together, again until they hold (the page
    // may still be scrolling to the section or starting its app when first read).
    await expect(async () => {
      const map = await page.locator('.region-map').boundingBox();
      const table = await page.locator('.status-table').boundingBox();
      expect(map && table, 'the map and the results are laid out').toBeTruthy();
      if (width >= 1024) {
        expect(table.x, `results right of the map (${width} px ${fragment})`).toBeGreaterThanOrEqual(map.x + map.width);
        expect(table.y, 'and beside it, not below').toBeLessThan(map.y + map.height);
      } else {
        expect(table.y, 'results under the map on a phone').toBeGreaterThanOrEqual(map.y + map.height);
      }
    }).toPass();
  }
});
