// How newsrooms deploy it: prerendered HTML that reads without JavaScript, a readable page when
// the WebAssembly cannot load, a strict policy, and any subpath of any static server.
const { test, expect } = require('@playwright/test');
const { ExplorerPage } = require('./pages');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page has the title, the timeline and every event with its sources', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ottawa Convention');
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    const seimas = page.locator('#event-lt-seimas-vote');
    await expect(seimas).toContainText('107 for, 0 against, 3 abstentions; 85 needed');
    await expect(seimas.getByRole('link').first()).toHaveAttribute('href', /^https:/);
    expect(await page.locator('.event-list > li').count()).toBeGreaterThan(50);
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
