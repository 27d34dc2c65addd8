// Embedding as newsrooms do: a host page on another origin, with the real Pym.js parent or
// with our embed.js. The frame's height follows its content, growing and shrinking.
const { test, expect } = require('./fixtures');
const fs = require('fs');
const { ExplorerPage } = require('./pages');

const hosts = process.env.HOSTS_URL;
const app = process.env.BASE_URL || 'http://127.0.0.1:8080/';
// What an embed code opens: the section's own page (embed-timeline.html).
const embedded = app + 'embed-timeline.html#v=1&section=timeline&embed=1';

async function contentHeight(page) {
  const frame = page.frameLocator('iframe');
  return frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
}

async function frameHeight(page) {
  return page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
}

async function expectFrameFitsContent(page) {
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), { timeout: 10000 })
    .toBeLessThanOrEqual(2);
}

for (const host of ['pym.html', 'embed-js.html']) {
  for (const width of [320, 768, 1280]) {
    test(`${host} at ${width} px: the frame is as tall as its content`, async ({ page }) => {
      test.skip(!hosts, 'cargo xtask test serves the host pages');
      await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
      await page.goto(`${hosts}${host}?width=${width}&src=${encodeURIComponent(embedded)}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { name: 'Timeline' })).toBeVisible();
      // The frame is sized from the first paint; the app then lays the timeline out for the
      // width (a list on a phone), and the frame follows: measure from there.
      await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      // Embed mode: no page chrome inside the frame.
      await expect(frame.locator('.page-header')).toBeHidden();
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      await expectFrameFitsContent(page);

      // Opening the (folded) filters grows the content: the frame follows, and again on folding.
      const before = await frameHeight(page);
      await frame.getByText('Filter the events').click();
      await expectFrameFitsContent(page);
      expect(await frameHeight(page)).toBeGreaterThan(before);
      await frame.getByText('Filter the events').click();
      await expectFrameFitsContent(page);
      expect(Math.abs((await frameHeight(page)) - before)).toBeLessThanOrEqual(2);
    });
  }
}

test('a host page with no script at all: frame-sizing sizes the frame from the embed code', async ({ page }) => {
  test.skip(!hosts || !process.env.HOSTS_DIR, 'cargo xtask test serves the host pages');
  // The embed code as a reader copies it, without its optional script.
  await page.goto('./#v=1&section=timeline');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await page.getByRole('region', { name: 'Timeline' }).getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Embed (Timeline)' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
  expect(code).toContain('@supports (frame-sizing: content-height)');
  const iframe = code.replace(/<script[^>]*><\/script>/, '');
  expect(iframe).not.toContain('<script');
  // Pasted into a static page served from the host pages' origin (another origin than the
  // app's), with no script.
  require('fs').writeFileSync(`${process.env.HOSTS_DIR}/no-script-host.html`,
    `<!doctype html><html lang="en"><title>Host</title><body><h1>A news story</h1>${iframe}<p>After the frame.</p></body></html>`);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${hosts}no-script-host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expectFrameFitsContent(page);
  const before = await frameHeight(page);
  expect(before).not.toBe(900);
  await frame.getByText('Filter the events').click();
  await expectFrameFitsContent(page);
  expect(await frameHeight(page)).toBeGreaterThan(before);
});

test('embed.js ignores messages it does not understand or from other origins', async ({ page }) => {
  test.skip(!hosts, 'cargo xtask test serves the host pages');
  await page.goto(`${hosts}embed-js.html?width=768&src=${encodeURIComponent(embedded)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expectFrameFitsContent(page);
  const fitted = await frameHeight(page);
  // The host page itself (another origin than the frame) posts a forged height, and junk.
  // Messages are dispatched in order, and each to its listeners in the order they were added:
  // when the listener added here sees the last message, embed.js (added at load) has handled
  // every message before it. No waiting on time.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (event) => { if (event.data === 'test:all-handled') resolve(); });
    window.postMessage({ type: 'ottawa-explorer:height', height: 5 }, '*');
    window.postMessage({ type: 'ottawa-explorer:height', height: 'javascript:alert(1)' }, '*');
    window.postMessage('pymxPYMxexplainerxPYMxheightxPYMx7', '*');
    window.postMessage('test:all-handled', '*');
  }));
  expect(await frameHeight(page)).toBe(fitted);
});

test('the embed code and the link describe the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01');
  // The prerendered buttons work once the app has hydrated.
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await page.getByRole('region', { name: 'Timeline' }).getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Embed (Timeline)' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
  expect(code).toContain('<iframe src="');
  expect(code).toContain('/embed-timeline.html#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01&section=timeline&embed=1"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('lang="en"');
  expect(code).toMatch(/title="[^"]+"/);
  expect(code).toContain('embed.js" defer></script>');
  // All of it, from a page served at a folder's address (its siblings are in that folder).
  const folder = new URL('./', page.url()).href;
  expect(page.url().split('#')[0]).toBe(folder);
  expect(code).toBe('<style>@supports (frame-sizing: content-height) { iframe[data-ottawa-explorer] { height: auto; frame-sizing: content-height } }</style>\n'
    + `<iframe src="${folder}embed-timeline.html#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01&section=timeline&embed=1" title="${await page.title()}" `
    + 'lang="en" loading="lazy" height="900" style="width:100%;border:0" data-ottawa-explorer></iframe>\n'
    + `<script src="${folder}embed.js" defer></script>`);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  await page.getByRole('button', { name: 'Copy link (Timeline)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01$/);
});

test('Back closes a card opened after the page loaded', async ({ page }) => {
  await page.goto('./#v=1&from=2025-01-01&to=2026-01-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await page.locator('.marker[aria-label*="Seimas votes to denounce"]').click();
  await expect(page.locator('#event-card')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#event-card')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('#event-card')).toBeVisible();
});

test('an embed code opens a page of its section alone, in the view\'s language', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  // Even if the link names another section, the scenario's page holds the scenario only.
  await page.goto('./embed-scenario-lt.html#v=1&at=2025-12-27&section=timeline');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.locator('[data-section]')).toHaveCount(1);
  await expect(page.locator('[data-section="scenario"]')).toBeVisible();
  await expect(page.locator('.page-header, .page-footer, .timeline, .forecast')).toHaveCount(0);
  const names = await page.locator('[data-island]').evaluateAll((all) => all.map((el) => el.getAttribute('data-island')));
  expect(names).toEqual(['scenario', 'what-if']);
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /^2025 m\. gruodžio 27 d\./);
  // No service worker from a frame: it would download the whole explainer into the host's reader.
  expect(requests.filter((url) => /sw\.js$/.test(url))).toEqual([]);
  // The link a reader copies from the frame is the whole page's, in that language.
  await page.locator('.share-menu > summary').first().click();
  await page.locator('.share button').first().click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/lt\.html#v=1&.*at=2025-12-27/);
  expect(link).not.toContain('embed=1');
});

test('each section\'s page loads a smaller app that holds only its section, and it works', async ({ page }) => {
  const wasm = [];
  const sizes = {};
  page.on('response', async (res) => {
    const path = new URL(res.url()).pathname;
    if (!/\.wasm$/.test(path)) return;
    wasm.push(path);
    sizes[path] = (await res.body()).length;
  });
  const sizeOf = async (path) => {
    await expect.poll(() => sizes[path] ?? 0).toBeGreaterThan(0);
    return sizes[path];
  };

  await page.goto('./index.html#v=1');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  expect(wasm).toHaveLength(1);
  const full = await sizeOf(wasm[0]);
  expect(wasm[0]).not.toContain('embed');

  // Each section's page loads its own app, at least a tenth smaller than the full one.
  const openWithOwnApp = async (address, app) => {
    wasm.length = 0;
    await page.goto(address);
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(new RegExp(`/ottawa-explorer-embed-${app}-[0-9a-f]{16}_bg\\.wasm$`));
    expect(await sizeOf(wasm[0])).toBeLessThan(full * 0.9);
  };

  // The timeline's page: the timeline's app, and the chart zooms.
  await openWithOwnApp('./embed-timeline.html#v=1&section=timeline&embed=1', 'timeline');
  const explorer = new ExplorerPage(page);
  expect(await explorer.visibleRange()).toBeNull();
  await explorer.button('Zoom in').click();
  expect(await explorer.visibleRange()).not.toBeNull();

  // The scenario's page: the scenario's app, and the slider moves the map.
  await openWithOwnApp('./embed-scenario.html#v=1&section=scenario&embed=1&at=2025-12-26', 'scenario');
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 27, 2025: Estonia, Latvia, and Lithuania withdrawn');
  await expect(page.getByRole('button', { name: /^Lithuania: / })).toHaveAttribute('data-status', 'withdrawn');
});

test('a section with no island loads no app, and its share buttons work without one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const wasm = [];
  page.on('request', (req) => { if (/\.(wasm|js)$/.test(req.url()) && !/boot-|chart-export/.test(req.url())) wasm.push(req.url()); });
  await page.goto('./embed-forecast.html#v=1&section=forecast&embed=1');
  await page.waitForLoadState('networkidle');
  // The whole section is there, written at build time, and nothing else was downloaded.
  expect(await page.locator('.forecast-card').count()).toBeGreaterThan(5);
  await expect(page.locator('[data-score="hit-rate"]')).toHaveText('80%');
  await expect(page.locator('[data-island]')).toHaveCount(0);
  // The link from the frame is the whole page's, without the frame's section and embed mode.
  await page.locator('.share-menu > summary').first().click();
  await page.getByRole('button', { name: /^Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/index\.html$/);
  // The embed code opens this section's page.
  const embed = page.getByRole('button', { name: /^Embed/ });
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
  await embed.click();
  await expect(embed).toHaveAttribute('aria-expanded', 'true');
  const code = await page.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
  expect(code).toMatch(/<iframe src="[^"]*\/embed-forecast\.html#v=1&section=forecast&embed=1"/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await embed.click();
  await expect(page.getByRole('textbox', { name: 'Embed code for this view' })).toBeHidden();
  expect(wasm).toEqual([]);
  await expect(page.locator('#app-unavailable')).toBeHidden();
});

test('a chart downloads with no app at all: the export script comes on the first click', async ({ page }) => {
  const wasm = [];
  const scripts = [];
  page.on('request', (req) => {
    if (/\.wasm$/.test(req.url())) wasm.push(req.url());
    if (/chart-export\.js$/.test(req.url())) scripts.push(req.url());
  });
  await page.goto('./embed-forecast.html#v=1&section=forecast&embed=1');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.locator('.yardstick-fold > summary').click();
  const svgButton = page.getByRole('button', { name: 'Download this chart: SVG' });
  const [svg] = await Promise.all([page.waitForEvent('download'), svgButton.click()]);
  expect(svg.suggestedFilename()).toMatch(/^ottawa-explorer-yardstick-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = fs.readFileSync(await svg.path(), 'utf8');
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).toMatch(/fill="rgb\(/);
  // The PNG too, from the script already there; and no app was started for either.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this chart: PNG' }).click()]);
  expect(fs.readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
  expect(scripts).toHaveLength(1);
  expect(wasm).toEqual([]);
  await expect(page.locator('#app-unavailable')).toBeHidden();
});

test('the frame is sized from the first paint, before any app has started', async ({ page }) => {
  test.skip(!hosts, 'cargo xtask test serves the host pages');
  const wasm = [];
  page.on('request', (req) => { if (/\.wasm$/.test(req.url())) wasm.push(req.url()); });
  await page.setViewportSize({ width: 808, height: 900 });
  await page.goto(`${hosts}embed-js.html?width=768&src=${encodeURIComponent(app + 'embed-sources.html#v=1&section=sources&embed=1')}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expectFrameFitsContent(page);
  expect(await frameHeight(page)).toBeGreaterThan(900);
  expect(wasm).toEqual([]);
  // Opening a source's disclosure (no app needed) grows the frame with it.
  const before = await frameHeight(page);
  await frame.locator('.source-group > summary').first().click();
  await expectFrameFitsContent(page);
  expect(await frameHeight(page)).toBeGreaterThan(before);
});
