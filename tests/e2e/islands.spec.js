// Islands: each interactive part hydrates on its own. A reader's first click or key, made
// before the WebAssembly has arrived, is kept and replayed; a part that fails is put back as
// published with a notice, and the other parts go on working.
const { test, expect } = require('./fixtures');
const { ExplorerPage } = require('./pages');

/** Holds the WebAssembly back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return release;
}

test('every part of the page hydrates as its own island', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const names = await page.locator('[data-island]').evaluateAll((all) => all.map((el) => el.getAttribute('data-island')));
  // The forecast and sources sections are written at build time: only their buttons hydrate.
  expect(names).toEqual(['settings', 'timeline', 'scenario', 'what-if', 'share-forecast', 'yardstick-downloads', 'share-sources']);
  await expect(page.locator('[data-island]:not([data-live])')).toHaveCount(0);
  explorer.expectCleanRun();
});

test('a click on Zoom in and a key on the slider made before hydration are not lost', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  const release = await holdWasm(page);
  await page.goto('./');
  // The prerendered page, no app yet.
  await explorer.button('Zoom in').click();
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  expect(await explorer.fragment()).toBe('');
  release();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect.poll(() => explorer.visibleRange()).not.toBeNull();
  await expect.poll(() => explorer.fragment()).toContain('at=');
  explorer.expectCleanRun();
});

test('a part that fails shows a notice and leaves the others working', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await page.addInitScript(() => { window.ottawaExplorerFail = 'timeline'; });
  await page.goto('./');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const timeline = explorer.timeline();
  // The failed part reads as published, with a notice before it.
  await expect(page.locator('.island-unavailable')).toHaveCount(1);
  await expect(page.locator('.island-unavailable')).toBeVisible();
  await expect(page.locator('[data-island="timeline"]')).not.toHaveAttribute('data-live', '');
  await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  // The scenario explorer and the settings still answer.
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => explorer.fragment()).toContain('at=');
  await expect(page.locator('[data-island="scenario"][data-live]')).toHaveCount(1);
});
