// The forecast and the sources sections: forecast cards with their word and range, the
// corrections box, the downloads (files that parse and match the data), and accessibility.
const fs = require('fs');
const { test, expect, longDate } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage } = require('./pages');

// The data's own date (data/ottawa/sources.toml), which names the downloads: read, not typed here, so
// checking the data again does not break these tests.
const DATA_UPDATED = fs.readFileSync(`${__dirname}/../../data/ottawa/sources.toml`, 'utf8').match(/^updated = "(\d{4}-\d{2}-\d{2})"/m)[1];

test('a forecast card shows its word, its range on the yardstick and how it turned out', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=forecast');
  await expect(page.getByRole('heading', { name: 'Timeline' })).toHaveCount(0);
  const card = page.locator('#forecast-ee-lv-complete-withdrawal');
  await expect(card).toContainText('Estonia and Latvia are likely to complete their own withdrawal processes, aligning with Lithuania.');
  await expect(card.locator('.forecast-word')).toHaveText('Likely or probable: 55–75%');
  await expect(card).toContainText('Happened');
  // The yardstick folds (each card writes its own range) and opens on demand.
  await expect(page.getByRole('img', { name: /probability yardstick/ })).toBeHidden();
  await page.locator('.yardstick-fold > summary').click();
  await expect(page.getByRole('img', { name: /probability yardstick/ })).toBeVisible();

  // All ten of the article's forecasts, each with its word, its range and an outcome.
  const cards = page.locator('.forecast-card');
  await expect(cards).toHaveCount(10);
  for (const each of await cards.all()) {
    await expect(each.locator('.forecast-word')).toHaveText(/^.+: \d+–\d+%$/);
    await expect(each.locator('.forecast-range')).toHaveCount(1);
    await expect(each.locator('.outcome')).toHaveText(/^(Happened|Partly|Did not happen|Too early to say)$/);
  }
  await expect(cards.locator('.outcome', { hasText: 'Too early to say' })).toHaveCount(4);

  // The scorecard: six resolved (one partly), four too early; 4 hits of 5; Brier 0.1325.
  await expect(page.locator('[data-score="hit-rate"]')).toHaveText('80%');
  await expect(page.locator('[data-score="brier"]')).toHaveText(/^0\.13[23]$/);
  await expect(page.locator('.scoring-rule')).toContainText('Of the 10 forecasts, 6 have a known outcome');
  await expect(page.locator('.scorecard-table tr[data-band="likely"] td').last()).toHaveText('100%');

  // Evidence links open the event on the timeline.
  await explorer.open('#v=1');
  const evidence = page.locator('#forecast-ee-lv-complete-withdrawal');
  await evidence.getByText('How it turned out').click();
  await evidence.getByRole('link', { name: /Estonia deposits/ }).click();
  await expect(explorer.card().getByRole('heading')).toHaveText('Estonia deposits its instrument of withdrawal');
  explorer.expectCleanRun();
});

test('the corrections box sets the Myanmar figure straight, with the global counts', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=sources');
  const box = page.getByRole('region', { name: 'Corrections' });
  await expect(box).toContainText('In 2023, there were 1,052 verified civilian casualties');
  await expect(box).toContainText('all European Union member states are signatories');
  await expect(box).toContainText("UNICEF's counts for Myanmar alone");
  // The sources' answers and the casualty figures fold under the claims, and open on demand.
  await box.getByText('What the sources say').first().click();
  await expect(box.getByText("UNICEF's counts for Myanmar alone")).toBeVisible();
  await box.getByText('Casualties of mines and explosive remnants of war worldwide (Landmine Monitor)').click();
  await expect(box.getByRole('img', { name: /casualties of mines and explosive remnants of war worldwide/ })).toBeVisible();
  const rows = box.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // Numbers as readers write them: grouped, with the language's percent sign.
  await expect(rows.nth(2)).toContainText('6,279');
  await expect(rows.nth(2)).toContainText('90%');
  explorer.expectCleanRun();
});

test('downloads are files that parse and match the data', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=sources');
  // Links to files the build wrote: they need no app.
  const file = (name) => page.getByRole('link', { name, exact: true });
  const [csv] = await Promise.all([page.waitForEvent('download'), file('events (CSV)').click()]);
  expect(csv.suggestedFilename()).toBe(`ottawa-explorer-events-${DATA_UPDATED}.csv`);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('id,date,country,kind,treaty,title,text,votes_for,votes_against,votes_abstain,votes_absent,votes_required,confidence,disagreements,sources');
  expect(text).toContain('lt-seimas-vote,2025-05-08,LT,parliament_vote,mine_ban,Seimas votes to denounce the Ottawa Convention,');

  const [json] = await Promise.all([page.waitForEvent('download'), file('countries (JSON)').click()]);
  expect(json.suggestedFilename()).toBe(`ottawa-explorer-countries-${DATA_UPDATED}.json`);
  const data = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  expect(data.data_updated).toBe(DATA_UPDATED);
  const finland = data.countries.find((c) => c.code === 'FI');
  expect(finland).toMatchObject({ name: 'Finland', deposited: '2025-07-10', border_russia_km: 1309 });

  const [forecasts] = await Promise.all([page.waitForEvent('download'), file('forecasts (JSON)').click()]);
  const f = JSON.parse(fs.readFileSync(await forecasts.path(), 'utf8'));
  expect(f.forecasts).toHaveLength(10);
  expect(f.forecasts.find((x) => x.id === 'ee-lv-complete-withdrawal')).toMatchObject({ word: 'Likely or probable', min_percent: 55, max_percent: 75, outcome: 'happened' });
  explorer.expectCleanRun();
});

test('every source is listed once, with what it supports, on a page of its own', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=sources');
  // The page names each kind of source with its count, strongest first, each a link into
  // the list's own page; the list itself is not in the page.
  const kinds = page.locator('.source-kinds a');
  await expect(kinds.first()).toHaveText(/^Primary sources \(\d+\)$/);
  await expect(kinds.first()).toHaveAttribute('href', 'sources.html#sources-primary');
  const counts = await kinds.evaluateAll((links) => links.map((a) => Number(a.textContent.match(/\((\d+)\)$/)[1])));
  expect(page.locator('.source-list')).toHaveCount(0);
  await page.getByRole('link', { name: 'Every source, with what it supports' }).click();
  await expect(page).toHaveURL(/\/sources\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every source, once');
  // The heading can show while the parser is still inside the list: wait for every item.
  const items = page.locator('.source-list > li');
  const listed = counts.reduce((a, b) => a + b);
  expect(listed).toBeGreaterThan(100);
  await expect(items).toHaveCount(listed);
  // Each source once, open on its page; what it supports is folded under it, and an event
  // there opens in the edition, its card open.
  const lrytas = page.locator('#source-lrytas');
  await expect(lrytas).toBeVisible();
  await lrytas.getByText(/Supports/).click();
  const seimas = lrytas.getByRole('link', { name: /Seimas votes to denounce/ });
  await expect(seimas).toHaveAttribute('href', 'index.html#v=1&ev=lt-seimas-vote');
  await seimas.click();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(explorer.card()).toContainText('Seimas votes to denounce');
  await expect(page.locator('footer')).toContainText(`Data last checked against its sources: ${longDate(DATA_UPDATED)}`);
  explorer.expectCleanRun();
});

test('no axe violations in the forecast and sources sections', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  for (const section of ['forecast', 'sources']) {
    await explorer.open(`#v=1&section=${section}`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${section}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
  }
  explorer.expectCleanRun();
});

test('charts download as SVG and PNG, as drawn', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&from=2025-01-01&to=2026-01-01');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const [svg] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('button', { name: 'Download this chart: SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe(`ottawa-explorer-timeline-${DATA_UPDATED}.svg`);
  const text = fs.readFileSync(await svg.path(), 'utf8');
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).toContain('Lithuania');
  expect(text).toMatch(/fill="rgb\(/);
  const [png] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('button', { name: 'Download this chart: PNG' }).click()]);
  expect(png.suggestedFilename()).toBe(`ottawa-explorer-timeline-${DATA_UPDATED}.png`);
  const bytes = fs.readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5000);
  explorer.expectCleanRun();
});

test('the map downloads as an SVG file that stands alone, each state drawn by its own outline', async ({ page }) => {
  // In the page the states are <use>s of outlines drawn once beside the map; the file holds
  // the outlines themselves, with the colours as drawn.
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&section=scenario');
  const scenario = page.getByRole('region', { name: 'Scenarios: who is bound, and when' });
  const [svg] = await Promise.all([page.waitForEvent('download'), scenario.getByRole('button', { name: 'Download this chart: SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe(`ottawa-explorer-map-${DATA_UPDATED}.svg`);
  const text = fs.readFileSync(await svg.path(), 'utf8');
  expect(text).not.toContain('<use');
  const outline = await page.locator('#outline-LT').getAttribute('d');
  expect(outline.length).toBeGreaterThan(100);
  expect(text).toContain(`d="${outline}"`);
  expect(text).toMatch(/<path(?=[^>]*class="state-fill withdrawn")(?=[^>]*fill="rgb\()/);
  explorer.expectCleanRun();
});

test('numbers are written as each language writes them, in tables, charts and the scorecard', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&lang=fi&section=sources');
  const row2024 = page.locator('.casualties tbody tr').nth(2);
  // Finnish groups with a no-break space and puts a space before the percent sign.
  await expect(row2024).toContainText('6\u00a0279');
  await expect(row2024).toContainText('90\u00a0%');
  await expect(page.locator('.casualties svg text', { hasText: '6\u00a0279' })).toHaveCount(1);
  await explorer.open('#v=1&lang=fi&section=forecast');
  await expect(page.locator('[data-score="hit-rate"]')).toHaveText('80\u00a0%');
  await expect(page.locator('[data-score="brier"]')).toHaveText(/^0,13[23]$/);
  await explorer.open('#v=1&section=sources');
  await expect(page.locator('.casualties svg text', { hasText: '6,279' })).toHaveCount(1);
  explorer.expectCleanRun();
});
