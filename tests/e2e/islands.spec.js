// Islands: each interactive part hydrates on its own. A reader's first click or key, made
// before the WebAssembly has arrived, is kept and replayed; a part that fails is put back as
// published with a notice, and the other parts go on working.
const { test, expect } = require('./fixtures');
const { ExplorerPage, holdWasm } = require('./pages');

test('every part of the page hydrates as its own island', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const names = await page.locator('[data-island]').evaluateAll((all) => all.map((el) => el.getAttribute('data-island')));
  // The forecast and sources sections are written at build time, and every section's share
  // and download buttons and the page's settings are boot.js's: no island of their own.
  expect(names).toEqual(['timeline', 'scenario', 'what-if']);
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
  // The app drew the part afresh in place of the prerendered one: the reader's focus is on
  // the new slider, which goes on answering keys.
  await expect(slider).toBeFocused();
  const day = await slider.inputValue();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(Number(day) + 1));
  explorer.expectCleanRun();
});

/** The timeline fails (the test switch); the page must say so there alone, and work on. */
async function expectOnePartFailed(page) {
  const explorer = new ExplorerPage(page);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const timeline = explorer.timeline();
  // The failed part reads as published, with a notice before it; the page's own notice (the
  // whole app could not start) stays hidden.
  await expect(page.locator('.island-unavailable')).toHaveCount(1);
  await expect(page.locator('.island-unavailable')).toBeVisible();
  await expect(page.locator('#app-unavailable')).toBeHidden();
  await expect(page.locator('[data-island="timeline"]')).not.toHaveAttribute('data-live', '');
  await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  // The scenario explorer and the settings still answer.
  const slider = page.getByRole('slider', { name: /Day shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => explorer.fragment()).toContain('at=');
  await expect(page.locator('[data-island="scenario"][data-live]')).toHaveCount(1);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => explorer.fragment()).toContain('theme=dark');
}

test('a part that fails shows a notice and leaves the others working', async ({ page }) => {
  await page.addInitScript(() => { window.ottawaExplorerFail = 'timeline'; });
  await page.goto('./');
  await expectOnePartFailed(page);
});

test('a part that fails recovers the same way when the service worker serves the page', async ({ page }) => {
  // A service worker answers from its cache, where a module's address loses its query: the
  // recovery must not depend on it.
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.addInitScript(() => { window.ottawaExplorerFail = 'timeline'; });
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expectOnePartFailed(page);
});

test('the browser\'s first formatters are built ahead of the islands, one task each, even on a page that never idles', async ({ page }) => {
  // The browser's first Intl formatter starts its ICU: ≈ 60–130 ms at 4× CPU in one task if
  // a DateTimeFormat pays it alone. boot.js builds a Collator, a NumberFormat, then the
  // DateTimeFormat, each in a task of its own (a microtask queued by one runs before the
  // next), so that the cost is split and is not part of an island's hydration.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.formatsBuilt = [];
    for (const name of ['Collator', 'NumberFormat', 'DateTimeFormat']) {
      const Real = Intl[name];
      Intl[name] = function (...args) {
        window.formatsBuilt.push(`${name}:${/boot-[0-9a-f]+\.js/.test(new Error().stack) ? 'boot' : 'app'}`);
        queueMicrotask(() => window.formatsBuilt.push('|'));
        return new Real(...args);
      };
      Intl[name].prototype = Real.prototype;
      Intl[name].supportedLocalesOf = Real.supportedLocalesOf;
    }
  });
  await page.goto('./embed-scenario.html#v=1&section=scenario&embed=1');
  await page.locator('[data-island="scenario"][data-live]').waitFor({ state: 'attached' });
  const built = await page.evaluate(() => window.formatsBuilt);
  expect(built.slice(0, 6)).toEqual(['Collator:boot', '|', 'NumberFormat:boot', '|', 'DateTimeFormat:boot', '|']);
  expect(built).toContain('DateTimeFormat:app');
});

test('a throwaway island is hydrated first, in a task of its own, so that the first real one is shorter', async ({ page }) => {
  // The browser compiles wasm as it first runs: the warm-up (views/warm.rs) compiles yew's
  // shared code ahead of the timeline's hydration. A microtask queued by one hydration runs
  // before the next only if they are in different tasks.
  await page.addInitScript(() => {
    window.hydratedInOrder = [];
    let islands;
    Object.defineProperty(window, 'ottawaExplorerIslands', {
      configurable: true,
      get: () => islands,
      set: (value) => {
        const hydrated = value.hydrated;
        value.hydrated = (name) => {
          window.hydratedInOrder.push(name);
          queueMicrotask(() => window.hydratedInOrder.push('|'));
          return hydrated(name);
        };
        islands = value;
      },
    });
  });
  await page.goto('./embed-timeline.html#v=1&section=timeline&embed=1');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => window.hydratedInOrder)).toEqual(['warm-up', '|', 'timeline', '|']);
  // It is never part of the page.
  await expect(page.locator('.warm-up')).toHaveCount(0);
});

test('on a phone a tap made before the app arrives is kept, though the timeline is drawn anew', async ({ page }) => {
  // On a phone the timeline island is drawn as the vertical list, unless a reader's input
  // waits on the prerendered controls: then it is drawn as they were, and the input replayed.
  await page.setViewportSize({ width: 375, height: 667 });
  const explorer = new ExplorerPage(page);
  const release = await holdWasm(page);
  await page.goto('./');
  await explorer.button('Show as a list').click();
  release();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(explorer.list()).toBeVisible();
  await expect(explorer.button('Show as a chart')).toHaveAttribute('aria-pressed', 'true');
  // Without an input waiting, the phone's vertical timeline, drawn afresh.
  await explorer.open();
  await expect(page.locator('[data-island="timeline"][data-live]')).toHaveCount(1);
  await expect(page.locator('.vt-event:visible')).not.toHaveCount(0);
  await expect(page.locator('.timeline-chart')).toHaveCount(0);
  explorer.expectCleanRun();
});

test('on a phone a fold opened before the app arrives is open again in the layout drawn anew, and no other', async ({ page }) => {
  // The phone's timeline is drawn in another layout than the prerendered chart: boot.js finds
  // the fold again by its place and its kind, and opens nothing else (the quiet years' fold).
  await page.setViewportSize({ width: 375, height: 667 });
  const explorer = new ExplorerPage(page);
  const release = await holdWasm(page);
  await page.goto('./');
  await page.getByText('Filter the events').click();
  release();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('.vt-event:visible')).not.toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /^Lithuania/ })).toBeChecked();
  await expect(page.locator('details.vt-quiet[open]')).toHaveCount(0);
  explorer.expectCleanRun();
});

test('a fold opened before the app arrives gets its controls once the app is live', async ({ page }) => {
  // The what-ifs and the filters draw their controls only as they open (none in the page as
  // built: without the app they would do nothing); a summary opens without the app.
  const explorer = new ExplorerPage(page);
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('details.what-if input')).toHaveCount(0);
  await page.getByText('What if…').click();
  await page.getByText('Filter the events').click();
  release();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('group', { name: /^Poland/ }).getByRole('checkbox', { name: 'Withdraws' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Lithuania/ })).toBeChecked();
  explorer.expectCleanRun();
});
