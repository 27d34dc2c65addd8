// The accessibility matrix and a keyboard-only walkthrough: axe in every section, in light and
// dark, at 320 and 1280 px, on the page and in embed mode; then Tab through each section and
// check that every control is reached, shows a focus ring, and that focus never gets stuck.
const { test, expect } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('./pages');
const { expectedStops, focusRing } = require('./keyboard');

const SECTIONS = ['timeline', 'scenario', 'forecast', 'sources'];

for (const section of SECTIONS) {
  test(`axe: ${section} in both themes, at 320 and 1280 px, page and embed`, async ({ page }) => {
    test.setTimeout(120_000);
    const explorer = new ExplorerPage(page);
    const found = [];
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        for (const embed of ['', '&embed=1']) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await explorer.open(`#v=1&section=${section}${embed}`);
          const axe = await new AxeBuilder({ page }).analyze();
          for (const v of axe.violations) {
            found.push(`${width} ${colorScheme}${embed}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
          }
        }
      }
    }
    expect(found).toEqual([]);
    explorer.expectCleanRun();
  });
}


test('axe: the pages of every event and every source, in both themes, at 320 and 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  const found = [];
  for (const file of ['events.html', 'sources.html', 'sources-lt.html']) {
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto('./' + file);
        const axe = await new AxeBuilder({ page }).analyze();
        for (const v of axe.violations) {
          found.push(`${file} ${width} ${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
        }
      }
    }
  }
  expect(found).toEqual([]);
});

for (const section of SECTIONS) {
  test(`keyboard only: Tab reaches every control of ${section}, each with a visible focus ring`, async ({ page }) => {
    test.setTimeout(120_000);
    const explorer = new ExplorerPage(page);
    await explorer.open(`#v=1&section=${section}&embed=1`);
    const expected = await expectedStops(page);
    const reached = new Set();
    const withoutRing = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await focusRing(page);
      if (!info) continue;
      reached.add(info.id);
      if (!info.ring) withoutRing.push(info.name);
    }
    expect(withoutRing, 'every focused control shows a focus ring').toEqual([]);
    expect(reached.size, 'Tab reaches every control').toBeGreaterThanOrEqual(expected);
    explorer.expectCleanRun();
  });
}

test('keyboard only: operate the scenario explorer end to end', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario&at=2025-12-26');
  // Presets: arrow keys move within the radio group.
  await page.locator('#preset-record').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#preset-baltics-only')).toBeChecked();
  // The presets' names and descriptions are written at build time only: redrawn, they stay.
  await expect(page.getByRole('radio', { name: 'Baltic states only', checked: true })).toBeVisible();
  await expect(page.locator('#preset-baltics-only-text')).toHaveText('Only Estonia, Latvia and Lithuania withdraw.');
  // Slider by keys.
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.date-slider output')).toHaveText('December 27, 2025');
  // A map state by Enter.
  await page.getByRole('button', { name: /^Poland: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Poland' })).toBeVisible();
  // What-ifs: open with Enter, toggle with Space.
  await page.locator('.what-if summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('#what-if-pl-withdraws').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#what-if-pl-withdraws')).toBeChecked();
  expect(await explorer.fragment()).toContain('w.PL=');
  explorer.expectCleanRun();
});
