// The main flows on other days: before the first 2025 event, the suite's fixed day, and years
// ahead. What depends on "today" (the slider's span, its default day, the statuses on it, the
// today line and the timeline's default view) must follow the pinned clock, and nothing may be
// blank or log an error. The `kiritimati` and `adak` projects run this file again in UTC+14 and
// UTC−10, at both ends of the local day, to show the day shown never jumps a zone boundary.
const { test, expect, FIXED_DAY, addYears, longDate } = require('./fixtures');
const { ExplorerPage } = require('./pages');

const mapState = (page, name) => page.getByRole('button', { name: new RegExp(`^${name}: `) });

// What the record says on each day (data/ottawa/events.toml): nothing in effect before June 2025; all
// five withdrawals in effect from 20 February 2026; Ukraine's "suspension" from July 2025.
const DAYS = [
  { day: '2024-06-01', LT: 'party', PL: 'party', UA: 'party' },
  { day: FIXED_DAY, LT: 'withdrawn', PL: 'withdrawn', UA: 'suspension' },
  { day: '2031-03-01', LT: 'withdrawn', PL: 'withdrawn', UA: 'suspension' },
];

for (const { day, ...statuses } of DAYS) {
  test.describe(`on ${day}`, () => {
    test.use({ fixedDay: day });

    test('the page loads in full, the timeline opens on its default view and draws today', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      expect(await explorer.visibleRange(), 'the default view has no range in the link').toBeNull();
      expect(await explorer.markers().count(), 'the chart draws its markers').toBeGreaterThan(0);
      // The default view is the withdrawals, whatever the day; a range around the day draws it.
      await expect(explorer.chart().locator('.marker[aria-label*="Seimas votes"]')).toHaveCount(1);
      await explorer.open(`#v=1&from=${addYears(day, -1)}&to=${addYears(day, 1)}`);
      await expect(explorer.chart().locator('.today')).toHaveCount(1);
      // An event after the pinned day is drawn as still to come; one before it is not.
      await explorer.open('#v=1&from=2025-01-01&to=2026-01-01');
      const vote = explorer.chart().locator('.marker[aria-label*="Seimas votes"]');
      await expect(vote).toHaveCount(1);
      if (day < '2025-05-08') await expect(vote).toHaveClass(/\bfuture\b/);
      else await expect(vote).not.toHaveClass(/\bfuture\b/);
      explorer.expectCleanRun();
    });

    test('the slider opens on that day, ends three years on, and the map shows that day', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open('#v=1&section=scenario');
      const output = page.locator('.date-slider output');
      await expect(output).toHaveText(longDate(day));
      for (const [code, status] of Object.entries(statuses)) {
        await expect(page.locator(`.status-table tr[data-code="${code}"]`)).toBeVisible();
        await expect(page.locator(`.map-state[data-code="${code}"]`)).toHaveAttribute('data-status', status);
      }
      const slider = page.getByRole('slider', { name: /Day shown/ });
      await slider.focus();
      await page.keyboard.press('End');
      await expect(output).toHaveText(longDate(addYears(day, 3)));
      await page.keyboard.press('Home');
      await expect(output).toHaveText('January 1, 1997');
      await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', 'not-party');
      await explorer.button('Today').click();
      await expect(output).toHaveText(longDate(day));
      explorer.expectCleanRun();
    });

    test('a preset and a what-if change the map on that day', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open('#v=1&section=scenario');
      await page.locator('#preset-baltics-only').check();
      expect(await explorer.fragment()).toContain('sc=baltics-only');
      await expect(mapState(page, 'Poland')).toHaveAttribute('data-status', 'party');
      await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', statuses.LT);
      // Open the what-ifs, and make sure they are open: a click landing in the frame the
      // preset's change is being drawn in has been seen to leave them closed (once in about
      // seventy runs; noted on issue 14), which is a reader clicking again, not a broken flow.
      const whatIf = page.locator('details.what-if');
      await expect(async () => {
        if (!(await whatIf.evaluate((d) => d.open))) await page.getByText('What if…').click();
        await expect(whatIf).toHaveAttribute('open', '', { timeout: 1000 });
      }).toPass({ timeout: 10000 });
      const lithuania = page.getByRole('group', { name: /^Lithuania/ });
      await lithuania.getByRole('checkbox', { name: 'Withdraws' }).uncheck();
      await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', 'party');
      expect(await explorer.fragment()).toContain('w.LT=no');
      explorer.expectCleanRun();
    });

    test('a card opens from the timeline with its date in words', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open('#v=1&ev=lt-seimas-vote');
      await expect(explorer.card()).toContainText('Seimas votes to denounce');
      await expect(explorer.card().locator('time').first()).toHaveText('May 8, 2025');
      explorer.expectCleanRun();
    });
  });
}

// Civil dates at both ends of the reader's local day, in whatever zone the project sets.
for (const clockTime of ['00:05', '23:55']) {
  test.describe(`at ${clockTime} local time`, () => {
    test.use({ clockTime });

    test('today is the reader\'s calendar day and event dates do not move', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open('#v=1&section=scenario');
      await expect(page.locator('.date-slider output')).toHaveText(longDate(FIXED_DAY));
      await explorer.open('#v=1&section=scenario&at=2025-12-27');
      await expect(page.locator('.date-slider output')).toHaveText('December 27, 2025');
      await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', 'withdrawn');
      await explorer.open('#v=1&section=scenario&at=2025-12-26');
      await expect(mapState(page, 'Lithuania')).toHaveAttribute('data-status', 'pending');
      explorer.expectCleanRun();
    });
  });
}
