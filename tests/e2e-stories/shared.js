// The flows every story shares, declared once and run on each story's own build by its spec
// (`sharedStoryTests()` in tests/e2e-stories/NAME.spec.js). Nothing here knows which story it
// meets: the sections, the events, the languages, the dates and the section pages are read from
// the page (or from the built folder, DIST_DIR), so a story an editor adds is checked the same
// way. The clock is pinned by tests/e2e/fixtures.js, as everywhere.
//
// `options.fixme` names a flow (a key of FLOWS below) that a known product bug breaks on that
// story, with the reason: the test stays declared, marked test.fixme, so it shows in the report.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('../e2e/fixtures');
const { ExplorerPage } = require('../e2e/pages');
const { whenServiceWorkerControls } = require('../e2e/keyboard');
const { sectionPages, editionsOf, languagesOffered, openPage } = require('./story-page');
const { declareAccessFlows } = require('./shared-access');

/** The timeline's year button ("2024"), which shows that one year. */
function yearButton(page) {
  return page.locator('.timeline-controls button').filter({ hasText: /^\d{4}$/ }).first();
}

async function expectYearShown(page, explorer) {
  const year = Number(await yearButton(page).textContent());
  await yearButton(page).click();
  expect(await explorer.visibleRange()).toEqual([`${year}-01-01`, `${year + 1}-01-01`]);
}

// Each flow, by key, so that a story's spec can mark one fixme with the bug's reason.
const FLOWS = {
  islands: 'every island of the page hydrates, and the page runs clean',
  brokenLink: 'a broken link shows the default view with a notice, and opens no card',
  cardFromLink: "an event's card opens from a link to it, and closes again",
  offline: 'after the first visit it works offline',
  noWasm: 'if the WebAssembly cannot load, the content stays readable and a notice says so',
  csp: 'the page carries a strict Content-Security-Policy and still runs',
  sameOrigin: 'no request goes to any other origin, on any of its pages',
  slider: 'keyboard: the scenario slider moves by ArrowRight and PageDown, and the link follows',
  markers: 'keyboard: the timeline markers move by arrow keys and open by Enter; Zoom in by keys',
  zoomKeys: 'keyboard: + and 0 zoom the chart, and the focus stays on its events',
  focusRing: 'keyboard: Tab reaches every control of each section, each with a visible focus ring',
  axe: 'axe finds nothing on the page, in both themes, at 320 and 1280 px',
  axeSections: "axe finds nothing on each section's own page, and it holds that section alone",
  languages: 'every edition has its lang from the server, its language on offer, and passes axe',
  wholeSpan: 'the whole-span button names the year its view starts',
  oneFile: 'the one-file edition opens from disk, with no server, and works',
};

// Flows a product bug breaks on every story, with the bug: marked fixme until it is fixed.
// None at present (the zoom keys used to drop the focus to the page: fixed in
// src/views/timeline/input.rs and chart.rs).
const KNOWN_BUGS = {};

function sharedStoryTests(options = {}) {
  const fixme = { ...KNOWN_BUGS, ...options.fixme };
  const flow = (key, body, timeout) => {
    const title = FLOWS[key];
    if (!title) throw new Error(`no shared flow ${key}`);
    // Playwright reads which fixtures a test needs from its own parameter list.
    test(title, async ({ page, context, request }) => {
      test.fixme(Boolean(fixme[key]), fixme[key]);
      if (timeout) test.setTimeout(timeout);
      await body({ page, context, request });
    });
  };

  test.describe('shared flows', () => {
    flow('islands', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      const islands = page.locator('[data-island]');
      expect(await islands.count()).toBeGreaterThan(0);
      await expect(page.locator('[data-island]:not([data-live])')).toHaveCount(0);
      await expect(page.locator('.island-unavailable')).toHaveCount(0);
      await expect(page.locator('#app-unavailable')).toBeHidden();
      explorer.expectCleanRun();
    });

    flow('brokenLink', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open('#v=1&ev=%3Cscript%3Ealert(1)%3C/script%3E&at=2025-99-99&from=1999-99-99&to=x');
      await expect(explorer.notice()).toBeVisible();
      await expect(explorer.card()).toHaveCount(0);
      expect(await explorer.visibleRange()).toBeNull();
      await explorer.button('Dismiss').click();
      await expect(explorer.notice()).toHaveCount(0);
      explorer.expectCleanRun();
    });

    flow('cardFromLink', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      // Any event the chart shows: its card names the event, and the link names the card.
      const marker = explorer.markers().first();
      const label = await marker.getAttribute('aria-label');
      await marker.click();
      const heading = await explorer.card().getByRole('heading').first().textContent();
      expect(label).toContain(heading);
      const id = new URLSearchParams(await explorer.fragment()).get('ev');
      expect(id).toBeTruthy();
      // The same link, opened afresh, opens the same card.
      await page.goto('about:blank');
      await explorer.open(`#v=1&ev=${encodeURIComponent(id)}`);
      await expect(explorer.card().getByRole('heading').first()).toHaveText(heading);
      await expect(explorer.notice()).toHaveCount(0);
      await explorer.card().getByRole('button', { name: 'Close' }).click();
      await expect(explorer.card()).toHaveCount(0);
      expect(await explorer.fragment()).not.toContain('ev=');
      explorer.expectCleanRun();
    });

    flow('offline', async ({ page, context }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      await whenServiceWorkerControls(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(explorer.chart()).toBeVisible();
      await expectYearShown(page, explorer);
      await context.setOffline(false);
    });

    flow('noWasm', async ({ page, request }) => {
      // How many events the page was published with, counted in what the server sends.
      const html = await (await request.get('./')).text();
      const published = (html.match(/<li id="event-[^"]+" class="event"/g) || []).length;
      expect(published).toBeGreaterThan(0);
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto('./');
      await expect(page.locator('#app-unavailable')).toBeVisible();
      await expect(page.locator('#app-unavailable')).toHaveText(/could not start/);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(await page.title());
      const events = page.locator('#static-content-shown .event-list > li');
      await expect(events).toHaveCount(published);
      await expect(events.first()).toBeVisible();
      await expect(events.last()).toHaveText(/\d{4}.*\S/);
    });

    flow('csp', async ({ page }) => {
      // A policy violation is reported to the page as an event: collect them all.
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const explorer = new ExplorerPage(page);
      await explorer.open();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).toContain("connect-src 'self'");
      await expectYearShown(page, explorer);
      await explorer.button('Show as a list').click();
      await expect(explorer.list()).toBeVisible();
      expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      explorer.expectCleanRun();
    });

    flow('sameOrigin', async ({ page, context }) => {
      const origin = new URL(process.env.BASE_URL || 'http://127.0.0.1:8080/').origin;
      const requested = [];
      // The context sees the service worker's requests too, not only the page's.
      context.on('request', (req) => requested.push(req.url()));
      const explorer = new ExplorerPage(page);
      await explorer.open();
      const pages = [...(await editionsOf(page)).map((e) => e.url), ...(await sectionPages(page)).map((s) => s.url)];
      await explorer.markers().first().click();
      await expect(explorer.card()).toBeVisible();
      await explorer.button('Show as a list').click();
      await expect(explorer.list()).toBeVisible();
      for (const url of pages) await openPage(page, url);
      expect(requested.length).toBeGreaterThan(pages.length);
      const foreign = requested.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
      expect(foreign).toEqual([]);
      explorer.expectCleanRun();
    });

    declareAccessFlows(flow);

    flow('wholeSpan', async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.open();
      const button = page.locator('.timeline-controls button').filter({ hasText: /^\d{4}\D/ });
      await expect(button).toHaveCount(1);
      const year = (await button.textContent()).slice(0, 4);
      await button.click();
      const range = await explorer.visibleRange();
      expect(range, `"${await button.textContent()}" shows a range`).not.toBeNull();
      expect(range[0].slice(0, 4), `"${await button.textContent()}" starts in its year`).toBe(year);
      explorer.expectCleanRun();
    });

    flow('oneFile', async ({ page }) => {
      const dist = process.env.DIST_DIR;
      test.skip(!dist, 'DIST_DIR (the story\'s built folder) is not set, so the one-file edition cannot be found');
      const files = fs.readdirSync(dist).filter((name) => /-one-file(-[A-Za-z-]+)?\.html$/.test(name));
      const main = files.filter((name) => /-one-file\.html$/.test(name));
      expect(main, `one default one-file edition in ${dist}`).toHaveLength(1);
      const errors = [];
      const requests = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('request', (req) => { if (!req.url().startsWith('data:')) requests.push(req.url()); });
      await page.goto('file://' + path.join(dist, main[0]));
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page.locator('#app-unavailable')).toBeHidden();
      // An event's card, by a click on the chart.
      const explorer = new ExplorerPage(page);
      const label = await explorer.markers().first().getAttribute('aria-label');
      await explorer.markers().first().click();
      const heading = await explorer.card().getByRole('heading').first().textContent();
      expect(label).toContain(heading);
      await explorer.card().getByRole('button', { name: 'Close' }).click();
      await explorer.button('Show as a list').click();
      await expect(page.locator('.event-list > li').first()).toBeVisible();
      // The data files are inside the file too: the events download, a row for each in the list.
      const ids = await page.locator('.event-list > li[id^="event-"]').evaluateAll((all) => all.map((li) => li.id.slice(6)));
      expect(ids.length).toBeGreaterThan(0);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'events (CSV)', exact: true }).click()]);
      const text = fs.readFileSync(await csv.path(), 'utf8');
      expect(text).toMatch(/^id,date,/);
      expect(ids.filter((id) => !text.includes(`\r\n${id},`)), 'events missing from the CSV').toEqual([]);
      // Each other language opens its own one-file edition beside it, in that language.
      const langs = await languagesOffered(page);
      const own = await page.locator('html').getAttribute('lang');
      const others = langs.filter((lang) => lang !== own);
      expect(files.length, 'a one-file edition for each language').toBe(langs.length);
      for (const lang of others) {
        await page.getByRole('combobox', { name: /^Language/ }).selectOption(lang);
        await expect(page).toHaveURL(new RegExp(`-one-file-${lang}\\.html#`));
        await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('.event-list > li').first()).toBeVisible();
      }
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    });
  });
}

module.exports = { sharedStoryTests, FLOWS };
