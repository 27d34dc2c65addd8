// Page objects: how the specs find things, by role and accessible name (which also checks
// that the names are there).
const { expect } = require('./fixtures');

class ExplorerPage {
  constructor(page) {
    this.page = page;
    this.origin = new URL(process.env.BASE_URL || 'http://127.0.0.1:8080/').origin;
    this.consoleErrors = [];
    this.failedResponses = [];
    this.foreignRequests = [];
    page.on('console', (msg) => { if (msg.type() === 'error') this.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
    page.on('response', (res) => { if (res.status() >= 400) this.failedResponses.push(`${res.status()} ${res.url()}`); });
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== this.origin) this.foreignRequests.push(req.url());
    });
  }

  async open(fragment = '') {
    await this.page.goto('./' + fragment);
    // Prerendered content shows before the app has hydrated: wait for the app itself.
    await this.page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  }

  /** Scrolls `selector`'s section into view. The page lays out only the sections near the
   * viewport (`content-visibility: auto`), and the app draws a part afresh as it starts: a
   * control drawn in a section far below has no box, for Playwright to see, until then. */
  async reveal(selector) {
    await this.page.locator(selector).first().evaluate((el) => (el.closest('section') || el).scrollIntoView());
  }

  chartOrList() { return this.page.locator('.timeline-chart, .event-list').first(); }
  timeline() { return this.page.getByRole('region', { name: 'Timeline' }); }
  chart() { return this.page.getByRole('group', { name: /Timeline of the events/ }); }
  markers() { return this.chart().locator('.marker'); }
  card() { return this.page.locator('#event-card'); }
  button(name) { return this.page.getByRole('button', { name, exact: true }); }
  list() { return this.page.getByRole('region', { name: 'Events, in date order' }); }
  notice() { return this.page.getByRole('status').filter({ hasText: 'could not be read' }); }

  // The address once the app has written the last change: after the next paint, and no
  // sooner than 350 ms after its last write (store::LINK_WRITE_GAP_MS; Safari caps how often a
  // page may change its address). Wait out the gap, then a frame and the task after it.
  async fragment() {
    return this.page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(
      () => resolve(location.hash.replace(/^#/, '')), 0)), 400)));
  }

  async visibleRange() {
    const params = new URLSearchParams(await this.fragment());
    return params.get('from') ? [params.get('from'), params.get('to')] : null;
  }

  async focusedLabel() {
    return this.page.evaluate(() => document.activeElement && document.activeElement.getAttribute('aria-label'));
  }

  expectCleanRun() {
    expect(this.failedResponses).toEqual([]);
    expect(this.consoleErrors).toEqual([]);
    expect(this.foreignRequests).toEqual([]);
  }
}

/** Holds the WebAssembly back until the returned function is called: the page as published,
 * before any app runs. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return release;
}

module.exports = { ExplorerPage, holdWasm };
