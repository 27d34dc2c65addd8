// The keyboard and accessibility flows every story shares (declared by sharedStoryTests() in
// shared.js, whose FLOWS names each): the slider and the timeline by keys, a focus ring on every
// control, axe on the page, on each section's own page and on each language's edition. Like the
// rest of shared.js, they read the story's sections, dates and languages from its pages.
const { test, expect, longDate } = require('../e2e/fixtures');
const { ExplorerPage } = require('../e2e/pages');
const {
  dateIn, plusDays, yearEarlier, axeFindings, sectionsOf, sectionPages, editionsOf, languagesOffered,
  openPage, expectedStops, focusRing, tabToChart, onChart,
} = require('./story-page');

/** Declares the flows with `flow(key, body, timeout)` (see sharedStoryTests). */
function declareAccessFlows(flow) {
  flow('slider', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open('#v=1&section=scenario');
    const slider = page.getByRole('slider', { name: /Day shown/ });
    test.skip(await slider.count() === 0, 'this story has no scenario explorer');
    const output = page.locator('.date-slider output');
    const value = Number(await slider.inputValue());
    await slider.focus();
    // ArrowRight: the next day, in the link, in words, and in what a screen reader hears.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => new URLSearchParams(await explorer.fragment()).get('at')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = new URLSearchParams(await explorer.fragment()).get('at');
    await expect(output).toHaveText(longDate(day));
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${longDate(day)}: `));
    expect(Number(await slider.inputValue())).toBe(value + 1);
    await page.keyboard.press('ArrowRight');
    await expect(output).toHaveText(longDate(plusDays(day, 1)));
    expect(await explorer.fragment()).toContain(`at=${plusDays(day, 1)}`);
    // PageDown: a year earlier.
    await page.keyboard.press('PageDown');
    const earlier = yearEarlier(plusDays(day, 1));
    await expect(output).toHaveText(longDate(earlier));
    expect(await explorer.fragment()).toContain(`at=${earlier}`);
    expect(Number(await slider.inputValue())).toBe(value + 2 - (Date.parse(plusDays(day, 1)) - Date.parse(earlier)) / 86400000);
    explorer.expectCleanRun();
  });

  flow('markers', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await tabToChart(page);
    const onMarker = () => onChart(page);
    const moveTo = async (key) => {
      const before = await explorer.focusedLabel();
      await page.keyboard.press(key);
      await expect.poll(() => explorer.focusedLabel()).not.toBe(before);
      return explorer.focusedLabel();
    };
    await page.keyboard.press('End');
    await expect.poll(onMarker).toBe(true);
    const last = await explorer.focusedLabel();
    const first = await moveTo('Home');
    expect(dateIn(first)).toBeLessThanOrEqual(dateIn(last));
    // Right goes forward in time, Left back to where it was.
    const second = await moveTo('ArrowRight');
    expect(dateIn(second)).toBeGreaterThanOrEqual(dateIn(first));
    expect(await moveTo('ArrowLeft')).toBe(first);
    // Enter opens the focused event (markers only: a cluster zooms in instead).
    const onSingle = () => page.evaluate(() => document.activeElement.matches('.marker'));
    for (let i = 0; i < 50 && !(await onSingle()); i++) await moveTo('ArrowRight');
    const label = await explorer.focusedLabel();
    await page.keyboard.press('Enter');
    const heading = await explorer.card().getByRole('heading').first().textContent();
    expect(label).toContain(heading);
    expect(await explorer.fragment()).toContain('ev=');
    await page.keyboard.press('Escape');
    await expect(explorer.card()).toHaveCount(0);
    await expect.poll(() => explorer.focusedLabel()).toBe(label);
    // Reset view and Zoom in, as buttons, by Enter and by Space: each zoom narrows the view.
    // (Moving to an event off the chart has moved the view: reset it first.)
    await explorer.button('Reset view').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => explorer.visibleRange()).toBeNull();
    await explorer.button('Zoom in').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => explorer.visibleRange()).not.toBeNull();
    const span = ([from, to]) => Date.parse(to) - Date.parse(from);
    const once = span(await explorer.visibleRange());
    await page.keyboard.press('Space');
    await expect.poll(async () => span(await explorer.visibleRange())).toBeLessThan(once);
    explorer.expectCleanRun();
  });

  flow('zoomKeys', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await tabToChart(page);
    // "+" zooms in about the focused event; the reader's place stays on an event, so
    // the next key still works.
    await page.keyboard.press('+');
    await expect.poll(() => explorer.visibleRange()).not.toBeNull();
    await expect.poll(() => onChart(page), { message: 'the focus stays on the chart after +' }).toBe(true);
    // "0" goes back to the first view.
    await page.keyboard.press('0');
    await expect.poll(() => explorer.visibleRange()).toBeNull();
    await expect.poll(() => onChart(page), { message: 'the focus stays on the chart after 0' }).toBe(true);
    explorer.expectCleanRun();
  });

  flow('focusRing', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const sections = await sectionsOf(page);
    expect(sections.length).toBeGreaterThan(0);
    const withoutRing = [];
    const missed = [];
    // Each section as an embed shows it, then the whole page with its header and footer.
    for (const [where, fragment] of [...sections.map((s) => [s, `#v=1&section=${s}&embed=1`]), ['page', '#v=1']]) {
      await page.goto('about:blank');
      await explorer.open(fragment);
      const expected = await expectedStops(page);
      expect(expected, `${where} has controls`).toBeGreaterThan(0);
      const reached = new Set();
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await focusRing(page);
        if (!info) continue;
        reached.add(info.id);
        if (!info.ring) withoutRing.push(`${where}: ${info.name}`);
      }
      if (reached.size < expected) missed.push(`${where}: ${reached.size} of ${expected}`);
    }
    expect(withoutRing, 'every focused control shows a focus ring').toEqual([]);
    expect(missed, 'Tab reaches every control').toEqual([]);
    explorer.expectCleanRun();
  }, 240_000);

  flow('axe', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    const found = [];
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto('about:blank');
        await explorer.open();
        found.push(...await axeFindings(page, `${width} ${colorScheme}`));
        // With a card open (from a marker on the chart; on a phone, from a row of a year that
        // is not folded away), and with the events as a list.
        await explorer.timeline().locator('.marker, .vt-group:not(.vt-quiet) .vt-row').first().click();
        await expect(explorer.card()).toBeVisible();
        found.push(...await axeFindings(page, `${width} ${colorScheme}, a card open`));
        await explorer.card().getByRole('button', { name: 'Close' }).click();
        await explorer.button('Show as a list').click();
        await expect(explorer.list()).toBeVisible();
        found.push(...await axeFindings(page, `${width} ${colorScheme}, the list`));
      }
    }
    expect(found).toEqual([]);
    explorer.expectCleanRun();
  }, 300_000);

  flow('axeSections', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const pages = await sectionPages(page);
    expect(pages.length).toBeGreaterThan(0);
    const found = [];
    for (const { section, url } of pages) {
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        await openPage(page, url);
        // The section alone, with no page chrome around it.
        await expect(page.locator('[data-section]')).toHaveCount(1);
        await expect(page.locator(`[data-section="${section}"]`)).toBeVisible();
        await expect(page.locator('.page-header, .page-footer')).toHaveCount(0);
        found.push(...await axeFindings(page, `${section} (${colorScheme})`));
      }
    }
    expect(found).toEqual([]);
    explorer.expectCleanRun();
  }, 300_000);

  flow('languages', async ({ page, request }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const editions = await editionsOf(page);
    expect(editions.length).toBeGreaterThan(0);
    // The language switcher offers each edition, and nothing else.
    const offered = await languagesOffered(page);
    expect([...offered].sort()).toEqual(editions.map((e) => e.lang).sort());
    const found = [];
    for (const { lang, url } of editions) {
      // The server's own HTML says the language, before any script runs.
      const html = await (await request.get(url)).text();
      expect(html.match(/<html[^>]*\slang="?([^"\s>]+)/)[1], url).toBe(lang);
      await page.goto('about:blank');
      await page.goto(url);
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(/\S/);
      // Every edition names the same editions, and its sections' embed codes name pages in
      // its own language.
      expect(await editionsOf(page)).toEqual(editions);
      found.push(...await axeFindings(page, lang));
      for (const section of await sectionPages(page)) {
        const embedded = await (await request.get(section.url)).text();
        expect(embedded.match(/<html[^>]*\slang="?([^"\s>]+)/)[1], section.url).toBe(lang);
      }
    }
    expect(found).toEqual([]);
    explorer.expectCleanRun();
  }, 120_000);
}

module.exports = { declareAccessFlows };
