// How newsrooms deploy it: prerendered HTML that reads without JavaScript, a readable page when
// the WebAssembly cannot load, a strict policy, and any subpath of any static server.
const { test, expect } = require('./fixtures');
const { ExplorerPage } = require('./pages');
const { whenServiceWorkerControls } = require('./keyboard');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page has the title, the timeline and every event, in full one link away', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ottawa Convention');
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    // Every event in one line (date, state, title) in the page itself …
    const seimas = page.locator('#event-lt-seimas-vote');
    await expect(seimas).toHaveText('May 8, 2025 · Lithuania · Seimas votes to denounce the Ottawa Convention');
    await expect.poll(() => page.locator('.event-list > li').count()).toBeGreaterThan(80);
    // … and in full, with votes and sources, on a page of its own that needs no script either.
    // Followed by keyboard, not by a click: the link sits below sections whose height the
    // browser settles only as they come near (`content-visibility: auto`), so a click aimed at
    // where the link was a frame earlier can land beside it.
    await page.getByRole('link', { name: 'Every event with its text, votes and sources' }).press('Enter');
    await expect(page).toHaveURL(/\/events\.html$/);
    const full = page.locator('#event-lt-seimas-vote');
    await expect(full).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
    await expect(full.getByRole('link').first()).toHaveAttribute('href', /^https:/);
    await expect.poll(() => page.locator('.event-list > li').count()).toBeGreaterThan(80);
    await page.getByRole('link', { name: /^Leaving the mine ban/ }).click();
    await expect(page).toHaveURL(/\/index\.html$/);
  });

  test('the full list reads in each language', async ({ page }) => {
    await page.goto('./events-fi.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaikki tapahtumat teksteineen, äänestyksineen ja lähteineen');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Tapahtumat päivämäärän mukaan');
  });

  test('every source is one link away, in the page\'s language', async ({ page }) => {
    await page.goto('./fi.html');
    await page.getByRole('link', { name: 'Kaikki lähteet ja se, mitä kukin tukee' }).press('Enter');
    await expect(page).toHaveURL(/\/sources-fi\.html$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaikki lähteet, kukin kerran');
    await expect(page.locator('#source-lrytas')).toBeVisible();
    await page.getByRole('link', { name: /^Miinakiellosta luopuminen/ }).click();
    await expect(page).toHaveURL(/\/fi\.html$/);
  });

  test('the data files download with no script', async ({ page }) => {
    await page.goto('./');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'events (CSV)', exact: true }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^ottawa-explorer-events-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(require('fs').readFileSync(await csv.path(), 'utf8')).toContain('lt-seimas-vote,2025-05-08,LT,');
  });
});

test('if the WebAssembly cannot load, the content stays and a notice says so', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  await expect(page.locator('#app-unavailable')).toBeVisible();
  await expect(page.locator('#app-unavailable')).toHaveText(/could not start/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ottawa Convention');
  await expect(page.locator('#static-content-shown #event-lt-seimas-vote')).toContainText('Seimas votes');
});

test('the page carries a strict Content-Security-Policy and still runs', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).toContain("connect-src 'self'");
  await explorer.button('2025').click();
  expect(await explorer.visibleRange()).toEqual(['2025-01-01', '2026-01-01']);
  explorer.expectCleanRun();
});

test('it works under a subpath of a plain static server', async ({ page }) => {
  test.skip(!process.env.SUBPATH_URL, 'cargo xtask test serves the subpath copy');
  const explorer = new ExplorerPage(page);
  explorer.origin = new URL(process.env.SUBPATH_URL).origin;
  await page.goto(process.env.SUBPATH_URL + '#v=1&ev=ee-deposit');
  await expect(explorer.card().getByRole('heading')).toHaveText('Estonia deposits its instrument of withdrawal');
  expect(new URL(page.url()).pathname).toBe('/some/sub/path/');
  explorer.expectCleanRun();
});

test('after the first visit it works offline', async ({ page, context }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  await whenServiceWorkerControls(page);
  await context.setOffline(true);
  await page.reload();
  await expect(explorer.chart()).toBeVisible();
  await explorer.button('2025').click();
  expect(await explorer.visibleRange()).toEqual(['2025-01-01', '2026-01-01']);
  await context.setOffline(false);
});

test('the one-file edition opens from disk, with no server, and works', async ({ page }) => {
  test.skip(!process.env.DIST_DIR, 'cargo xtask test names the dist folder');
  const errors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('request', (req) => { if (!req.url().startsWith('data:')) requests.push(req.url()); });
  const file = 'file://' + process.env.DIST_DIR + '/ottawa-explorer-one-file.html#v=1&ev=lt-seimas-vote';
  await page.goto(file);
  await expect(page.locator('#event-card')).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Show as a list', exact: true }).click();
  await expect(page.locator('.event-list > li').first()).toBeVisible();
  // Every source is inside the file too, folded by kind, where an edition links to its page.
  await expect(page.locator('.source-group > summary').first()).toHaveText(/^Primary sources \(\d+\)$/);
  await expect.poll(() => page.locator('.source-list > li').count()).toBeGreaterThan(100);
  await expect(page.locator('a[href^="sources"]')).toHaveCount(0);
  // The data files are inside the file too.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'countries (JSON)', exact: true }).click()]);
  expect(JSON.parse(require('fs').readFileSync(await json.path(), 'utf8')).countries.find((c) => c.code === 'FI'))
    .toMatchObject({ border_russia_km: 1309 });
  // So is the charts' export (fetched on a first click elsewhere).
  await page.locator('.yardstick-fold > summary').click();
  const [chart] = await Promise.all([page.waitForEvent('download'), page.locator('.yardstick-fold').getByRole('button', { name: 'Download this chart: SVG' }).click()]);
  expect(require('fs').readFileSync(await chart.path(), 'utf8')).toMatch(/^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // Each language has its one-file edition beside it, and the language select opens it on the same view.
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('et');
  await expect(page).toHaveURL(/ottawa-explorer-one-file-et\.html#.*view=list/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Miinikeelust loobumine: 2025. aasta väljaastumised Ottawa konventsioonist');
  await expect(page.locator('html')).toHaveAttribute('lang', 'et');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('.event-list > li').first()).toBeVisible();
  expect(errors).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
});

test('fifty malformed links all show the default view with a notice, and inject nothing', async ({ page }) => {
  test.setTimeout(180_000); // fifty page loads
  const explorer = new ExplorerPage(page);
  const bad = [
    'v=1&ev=', 'v=1&ev=nope', 'v=2', 'v=x', 'v=1&from=2025-01-01', 'v=1&to=2025-01-01', 'v=1&from=2025-1-1&to=2026-01-01',
    'v=1&from=99999-01-01&to=2026-01-01', 'v=1&from=2026-01-01&to=2025-01-01', 'v=1&from=2025-02-30&to=2025-03-01',
    'v=1&from=-1&to=1', 'v=1&from=1e309&to=2e309', 'v=1&off=XX', 'v=1&off=LT.nope', 'v=1&off=%00', 'v=1&view=3d',
    'v=1&view=', 'v=1&lang=xx', 'v=1&lang=', 'v=1&section=map', 'v=1&section=', 'v=1&embed=2', 'v=1&embed=yes',
    'v=1&ev=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'v=1&ev=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'v=1&ev=lt-seimas-vote%27', 'v=1&off=%3Csvg%20onload%3Dalert(1)%3E', 'v=1&lang=%3Cscript%3E', 'v=1&view=javascript:alert(1)',
    'v=1&from=2025-01-01&to=' + '9'.repeat(400), 'v=1&ev=' + 'a'.repeat(5000), 'v=1&' + 'off=LT&'.repeat(200) + 'off=zz',
    'v=1&from=2025-01-01&to=2025-01-01', 'v=1&ev=LT-SEIMAS-VOTE', 'v=1&off=lt', 'v=1&view=LIST', 'v=1&embed=%31%31',
    'v=1&from=20250101&to=20260101', 'v=1&from=2025/01/01&to=2026/01/01', 'v=1&ev=lt-seimas-vote&off=LT',
    'v=1&ev=lt-seimas-vote&off=vote', 'v=%F0%9F%92%A3', 'v=1&ev=%E2%80%AE', 'v=1&from=%20&to=%20', 'v=1&off=...',
    'v=1&section=timeline%00', 'v=1&lang=en-GB', 'v=1&from=0000-00-00&to=0000-00-01', 'v=1&ev=%25', 'v=1&view=list&view=chart%3E',
  ];
  expect(bad.length).toBe(50);
  await page.exposeFunction('injected', () => explorer.consoleErrors.push('script ran from a link'));
  for (const fragment of bad) {
    await page.goto('./#' + fragment);
    await expect(explorer.notice(), fragment).toBeVisible();
    await expect(explorer.card(), fragment).toHaveCount(0);
    await expect(page.locator('img[src=x], script:not([src]):not([type])', { hasText: 'alert' })).toHaveCount(0);
    await page.goto('about:blank');
  }
  explorer.expectCleanRun();
});
