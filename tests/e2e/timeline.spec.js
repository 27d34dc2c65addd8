// The timeline chart end to end: zoom, keyboard, cards, links, narrow screens, accessibility.
const { test, expect } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('./pages');

const days = ([from, to]) => (Date.parse(to) - Date.parse(from)) / 86400000;

test('zoom buttons and the wheel change the visible range', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  expect(await explorer.visibleRange()).toBeNull();
  // It opens on the withdrawals (a range computed from the data), not on 1997 to today: the
  // first and the last step, and the busy spring of 2025, are markers of their own.
  for (const title of ['President Stubb says Finland will study withdrawing', 'Seimas votes to denounce',
    'Finland deposits its instrument', "Lithuania's withdrawal from the Ottawa Convention takes effect"]) {
    await expect(explorer.chart().locator(`.marker[aria-label*="${title}"]`)).toHaveCount(1);
  }

  await explorer.button('Zoom in').click();
  const zoomed = await explorer.visibleRange();
  expect(zoomed).not.toBeNull();

  await explorer.button('2025').click();
  expect(await explorer.visibleRange()).toEqual(['2025-01-01', '2026-01-01']);
  await expect(explorer.chart().locator('.tick text').first()).toHaveText('Jan 2025');

  await explorer.chart().scrollIntoViewIfNeeded();
  const box = await explorer.chart().boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => days(await explorer.visibleRange())).toBeLessThan(200);

  // Dragging to the left shows later days.
  const before = await explorer.visibleRange();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = await explorer.visibleRange();
  expect(Date.parse(after[0])).toBeGreaterThan(Date.parse(before[0]));
  expect(days(after)).toBeCloseTo(days(before), -1);

  await explorer.button('Reset view').click();
  expect(await explorer.visibleRange()).toBeNull();
  explorer.expectCleanRun();
});

test('keyboard alone reaches the Seimas vote and opens its card', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();

  // Tab through the page until the timeline's single tab stop.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.classList.contains('marker'))); i++) {
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => explorer.focusedLabel()).toMatch(/^\w+ \d+, \d{4}, /);
  await page.keyboard.press('Home');
  await expect.poll(() => explorer.focusedLabel()).toContain('Mine Ban Convention adopted in Oslo');

  // Each press moves the focus once: wait for it to move before pressing again.
  let label = await explorer.focusedLabel();
  for (let i = 0; i < 80 && !label.includes('Seimas votes to denounce'); i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => explorer.focusedLabel()).not.toBe(label);
    label = await explorer.focusedLabel();
  }
  await expect.poll(() => explorer.focusedLabel()).toBe(
    'May 8, 2025, Lithuania: Seimas votes to denounce the Ottawa Convention (Parliament vote)');

  await page.keyboard.press('Enter');
  await expect(explorer.card().getByRole('heading')).toHaveText('Seimas votes to denounce the Ottawa Convention');
  await expect(explorer.card()).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
  await expect(explorer.card().getByRole('img', { name: /Vote tally/ })).toBeVisible();
  expect(await explorer.fragment()).toContain('ev=lt-seimas-vote');

  await page.keyboard.press('Escape');
  await expect(explorer.card()).toHaveCount(0);
  await expect.poll(() => explorer.focusedLabel()).toContain('Seimas votes to denounce');

  // Down moves across lanes: from Lithuania to Latvia.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => explorer.focusedLabel()).toContain('Latvia');
  explorer.expectCleanRun();
});

test('a link reopens the same view; a broken link shows the default and a notice', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&ev=fi-deposit&from=2025-06-01&to=2025-09-01&off=report');
  await expect(explorer.card().getByRole('heading')).toHaveText('Finland deposits its instrument of withdrawal');
  expect(await explorer.visibleRange()).toEqual(['2025-06-01', '2025-09-01']);
  await expect(page.getByRole('checkbox', { name: /Report/ })).not.toBeChecked();
  await expect(explorer.notice()).toHaveCount(0);

  await explorer.open('#v=1&ev=%3Cscript%3Ealert(1)%3C/script%3E&from=1999-99-99&to=x');
  await expect(explorer.notice()).toBeVisible();
  expect(await explorer.visibleRange()).toBeNull();
  await expect(explorer.card()).toHaveCount(0);
  await explorer.button('Dismiss').click();
  await expect(explorer.notice()).toHaveCount(0);
  explorer.expectCleanRun();
});

test('filters update the counts and the chart', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&from=2025-01-01&to=2026-03-01');
  const before = await explorer.markers().count();
  // The filters are folded behind one control; the legend stays in view.
  await expect(page.getByRole('checkbox', { name: /^Lithuania/ })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Kinds of event (legend)' })).toContainText('Parliament vote');
  await page.getByText('Filter the events').click();
  await page.getByRole('checkbox', { name: /^Lithuania/ }).uncheck();
  await expect.poll(() => explorer.markers().count()).toBeLessThan(before);
  await expect(page.locator('.shown-count')).toHaveText(/^Events shown: \d+$/);
  expect(await explorer.fragment()).toContain('off=LT');
  await expect(page.getByRole('checkbox', { name: /^Parliament vote/ })).toHaveAccessibleName(/\(6\)$/);
});

test('no axe violations in the chart with a card open, nor in the list', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&ev=lv-saeima-vote');
  await expect(explorer.card()).toContainText('Sources disagree');
  let axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
  await explorer.button('Show as a list').click();
  axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  explorer.expectCleanRun();
});

test('at 320 px the timeline runs down the page, without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const timeline = explorer.timeline();
  await expect(timeline.locator('.vtimeline')).toBeVisible();
  await expect(explorer.chart()).toHaveCount(0);
  // The story's years are open, the quiet years before them one fold.
  await expect(timeline.getByRole('heading', { name: /^2025 \(\d+\)$/ })).toBeVisible();
  await expect(timeline.locator('.vt-quiet > summary')).toHaveText(/^1997–2023 \(\d+\)$/);
  await expect(timeline.locator('[data-index]', { hasText: 'Mine Ban Convention adopted in Oslo' })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The full list is one button away.
  await explorer.button('Show as a list').click();
  await expect(explorer.list()).toBeVisible();
  explorer.expectCleanRun();
});

test('on a phone an event opens its card under its row, and closes back to it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const row = explorer.timeline().getByRole('button', { name: /Seimas votes to denounce the Ottawa Convention/ });
  await row.click();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  const card = explorer.card();
  await expect(card).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
  await expect(page.locator('.vt-event', { has: card })).toContainText('Seimas votes to denounce');
  expect(await explorer.fragment()).toContain('ev=lt-seimas-vote');
  await card.getByRole('button', { name: 'Next event' }).click();
  await expect(card.getByRole('heading')).not.toHaveText(/Seimas votes to denounce/);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // A link to an event in a quiet year opens its fold.
  await explorer.open('#v=1&ev=apmbc-adopted');
  await expect(explorer.card()).toContainText('Mine Ban Convention adopted in Oslo');
  await expect(explorer.card()).toBeVisible();
  explorer.expectCleanRun();
});

test('a link can force the dark theme, which stays accessible', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&ev=lv-saeima-vote&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 20, 20)');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
  explorer.expectCleanRun();
});
