// The built app, as a reader meets it: the list view renders every event from the compiled
// data, the page is accessible (axe), it asks no other origin for anything, and it logs no
// console errors.
const { test, expect } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('./pages');

test('the list view shows the events in date order, with sources', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();

  await expect(page).toHaveTitle(/Ottawa Convention/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ottawa Convention');

  await explorer.button('Show as a list').click();
  const events = explorer.list().getByRole('listitem');
  await expect.poll(() => events.count()).toBeGreaterThan(50);

  // Lithuania's Seimas vote: the tally against the threshold, with a readable date.
  const seimas = page.locator('#event-lt-seimas-vote');
  await expect(seimas.getByRole('heading')).toHaveText('Seimas votes to denounce the Ottawa Convention');
  await expect(seimas).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
  await expect(seimas.locator('time')).toHaveAttribute('datetime', '2025-05-08');
  await expect(seimas.locator('time')).toHaveText('May 8, 2025');

  // Where sources disagree (Latvia's Saeima: 66 or 68 for), both values are shown.
  const saeima = page.locator('#event-lv-saeima-vote');
  await expect(saeima).toContainText('66 for, 14 against');
  await expect(saeima).toContainText('Sources disagree: votes for 68');

  // Sources open in a new tab without handing over the page.
  const link = seimas.getByRole('link').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');

  // Each event's own day (a disagreement's other date is a <time> too, and out of order).
  const dates = await page.locator('.event time').evaluateAll((els) => els
    .filter((e) => !e.closest('.event-disagreement'))
    .map((e) => e.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort());
  expect(await explorer.fragment()).toBe('v=1&view=list');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  explorer.expectCleanRun();
});
