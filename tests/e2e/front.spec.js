// The story first: what a reader meets at the top of the page before touching anything — the
// headline, the key figures (computed by the model from the data, as of the day it was
// checked), then the timeline opening on the withdrawals, reached in a few Tab presses.
const { test, expect } = require('./fixtures');
const { ExplorerPage } = require('./pages');

test('on a phone the first screen holds the headline and the key figures, and no checkbox', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const figures = page.getByRole('region', { name: 'Where things stand' });
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(figures.locator('[data-key="withdrawn"]')).toBeInViewport();
  const checkboxes = await page.locator('input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.filter((box) => { const r = box.getBoundingClientRect(); return r.width > 0 && r.top < innerHeight; }).length);
  expect(checkboxes).toBe(0);
  explorer.expectCleanRun();
});

test('the key figures are the scenario explorer\'s figures for the day the data was checked', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  const figures = page.getByRole('region', { name: 'Where things stand' });
  await expect(figures.locator('[data-key="withdrawn"]')).toHaveText('5');
  await expect(figures).toContainText('Estonia, Latvia, Lithuania, Finland, and Poland');
  await expect(figures.locator('[data-key="latest"]')).toHaveText('February 20, 2026');
  const checked = await figures.locator('p time').getAttribute('datetime');
  const parties = await figures.locator('[data-key="parties"]').textContent();
  const border = await figures.locator('[data-key="border"]').textContent();
  await explorer.open(`#v=1&section=scenario&at=${checked}`);
  await expect(page.locator('[data-total="world"]')).toHaveText(parties);
  await expect(page.locator('[data-total="border"]')).toHaveText(border);
  explorer.expectCleanRun();
});

test('at most 12 Tab presses from the top of the page to the first timeline marker', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open();
  let presses = 0;
  const onMarker = () => page.evaluate(() => document.activeElement.matches('.timeline-chart .marker, .timeline-chart .cluster'));
  while (presses < 30 && !(await onMarker())) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await onMarker(), 'the keyboard reaches the chart').toBe(true);
  expect(presses).toBeLessThanOrEqual(12);
  explorer.expectCleanRun();
});

// Folded parts open on demand: the timeline by year on phones, the sources by kind, the
// evidence behind each forecast, the tables behind the charts.
for (const [width, most] of [[375, 12000], [1280, 7000]]) {
  test(`at ${width} px the page is at most ${most} px tall`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // Sections far below are drawn as they come near (content-visibility): scroll through the
    // page once, as a reader would, so that each has its real height.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      window.scrollTo(0, 0);
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(most);
    expect(height).toBeGreaterThan(most / 3);
    explorer.expectCleanRun();
  });
}

// Nothing below a one-section link's last control is drawn late: the control holds still in the
// frames after it is scrolled into view, so a click lands on it (a footer the browser sized only
// as it came near once moved it 164 px, and the click went beside it).
test('the end of a one-section link holds still as it comes into view', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario');
  const tops = await page.evaluate(() => new Promise((resolve) => {
    const summary = document.querySelector('details.what-if > summary');
    summary.scrollIntoView({ block: 'center' });
    const seen = [Math.round(summary.getBoundingClientRect().top)];
    const next = () => {
      seen.push(Math.round(summary.getBoundingClientRect().top));
      if (seen.length < 5) requestAnimationFrame(next);
      else resolve(seen);
    };
    requestAnimationFrame(next);
  }));
  expect(new Set(tops).size, `the fold's place, frame by frame: ${tops.join(', ')}`).toBe(1);
  explorer.expectCleanRun();
});

// WCAG 2.2, 2.5.8: every button, select, toggle and disclosure is a target of at least 24 × 24
// px (a checkbox or radio counts with its label, which toggles it too), with every fold open.
for (const width of [320, 1280]) {
  test(`at ${width} px every control is at least 24 × 24 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    // Every section laid out: the page lays out only those near the viewport
    // (`content-visibility: auto`), and a control never laid out has no box to measure.
    await page.evaluate(() => document.querySelectorAll('section').forEach((s) => { s.style.contentVisibility = 'visible'; }));
    // Opened as a reader opens them (a fold draws its controls as it opens), outer ones first.
    await page.evaluate(() => document.querySelectorAll('details:not([open]) > summary').forEach((s) => s.click()));
    await expect(page.locator('details:not([open])')).toHaveCount(0);
    const small = await page.evaluate(() => {
      const controls = document.querySelectorAll('button, select, summary, a.button, input[type="checkbox"], input[type="radio"], input[type="range"], input[type="date"]');
      const found = [];
      for (const el of controls) {
        const target = (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')) || el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.width < 23.5 || box.height < 23.5) {
          found.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
      return found;
    });
    expect(small).toEqual([]);
    explorer.expectCleanRun();
  });
}
