// The built app, as a reader meets it: the event list renders from the compiled data, the page
// is accessible (axe), it asks no other origin for anything, and it logs no console errors.
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');

test('shows the events as an accessible chronological list', async ({ page, baseURL }) => {
  const consoleErrors = [];
  const foreignRequests = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  const failed = [];
  page.on('response', (res) => { if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`); });
  page.on('request', (req) => { if (new URL(req.url()).origin !== origin) foreignRequests.push(req.url()); });

  await page.goto('./');

  await expect(page).toHaveTitle(/Ottawa Convention/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ottawa Convention');

  const events = page.getByRole('region', { name: 'Events, in date order' }).getByRole('listitem');
  await expect(events.first()).toBeVisible();
  expect(await events.count()).toBeGreaterThan(50);

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

  // The dates are in order, oldest first.
  const dates = await page.locator('.event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort());

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
