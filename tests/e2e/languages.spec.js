// Six languages and the theme: from the link, from the reader's browser, from the switchers;
// dates by the browser's Intl; every section usable and accessible in each language.
const { test, expect } = require('./fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { ExplorerPage, holdWasm } = require('./pages');

// Each language's page title, read from its translation file: the page must show what the
// translators wrote, whatever they write next.
const TITLES = Object.fromEntries(['en', 'lt', 'lv', 'et', 'pl', 'fi'].map((lang) => [lang,
  require('fs').readFileSync(`${__dirname}/../../data/ottawa/i18n/${lang}.toml`, 'utf8').match(/^page_title = "(.*)"$/m)[1]]));

test('a link names the language: the page, its lang attribute and its dates follow', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&lang=lt&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lt);
  await expect(explorer.card().getByRole('heading')).toHaveText('Seimas balsuoja už Otavos konvencijos denonsavimą');
  // The event's own text arrives after the rest (i18n-lt-texts.txt), for the card that needs it.
  await expect(explorer.card()).toContainText('reikėjo ne mažiau kaip 85 balsų (3/5 iš 141)');
  // Intl formats the date in Lithuanian; nothing in the wasm knows Lithuanian month names.
  await expect(explorer.card()).toContainText('2025 m. gegužės 8 d.');
  await expect(page.locator('.translation-note')).toContainText('mašininiam vertimui');
  explorer.expectCleanRun();
});

test('only the language a reader needs is downloaded', async ({ page }) => {
  const fetched = [];
  page.on('request', (req) => { if (/i18n-[a-z]+\.txt$/.test(req.url())) fetched.push(req.url().split('/').pop()); });
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('lv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lv);
  expect(fetched).toEqual(['i18n-lv.txt']);
  explorer.expectCleanRun();
});

test("the events' own texts come with the first card a reader opens, once", async ({ page }) => {
  const fetched = [];
  page.on('request', (req) => { if (/i18n-/.test(req.url())) fetched.push(req.url().split('/').pop()); });
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&lang=lt&from=2025-01-01&to=2026-01-01');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  expect(fetched).toEqual(['i18n-lt.txt']);
  await page.locator('section.timeline').getByRole('button', { name: /Seimas balsuoja už Otavos konvencijos denonsavimą/ }).click();
  await expect(explorer.card()).toContainText('reikėjo ne mažiau kaip 85 balsų (3/5 iš 141)');
  await explorer.card().getByRole('button', { name: /^Kitas įvykis/ }).click();
  await expect(explorer.card().getByRole('heading')).not.toHaveText('Seimas balsuoja už Otavos konvencijos denonsavimą');
  await explorer.button('Rodyti sąrašą').click();
  await expect(page.locator('.event-list')).toContainText('reikėjo ne mažiau kaip 85 balsų (3/5 iš 141)');
  expect(fetched).toEqual(['i18n-lt.txt', 'i18n-lt-texts.txt']);
  explorer.expectCleanRun();
});

test("in English too, the events' own texts and the sources are not in the app: the first card fetches them, once", async ({ page }) => {
  const fetched = [];
  page.on('request', (req) => { if (/i18n-/.test(req.url())) fetched.push(req.url().split('/').pop()); });
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&from=2025-01-01&to=2026-01-01');
  await expect(page.locator('[data-island="timeline"][data-live]')).toBeAttached();
  expect(fetched).toEqual([]);
  await page.locator('section.timeline').getByRole('button', { name: /Seimas votes to denounce the Ottawa Convention/ }).click();
  await expect(explorer.card()).toContainText('at least 85 votes required (3/5 of 141)');
  // The sources' titles, publishers and addresses arrive in the same file.
  const lrytas = explorer.card().getByRole('link', { name: 'Lrytas' });
  await expect(lrytas).toHaveAttribute('href', /^https:\/\/www\.lrytas\.lt\/english\/politics\/2025\/05\/08\//);
  await expect(lrytas).toHaveAttribute('title', /^Decision is made lithuania withdraws from the ottawa convention \(/);
  await explorer.card().getByRole('button', { name: /^Next event/ }).click();
  await expect(explorer.card().getByRole('heading')).not.toHaveText('Seimas votes to denounce the Ottawa Convention');
  await explorer.button('Show as a list').click();
  await expect(page.locator('.event-list')).toContainText('at least 85 votes required (3/5 of 141)');
  await expect(page.locator('#event-lt-seimas-vote').getByRole('link', { name: 'Lrytas' })).toBeVisible();
  expect(fetched).toEqual(['i18n-en-texts.txt']);
  // What the app's wasm holds: neither the text nor the source.
  const wasm = await page.evaluate(async () => {
    const url = document.querySelector('link[rel=preload][href$="_bg.wasm"]').href;
    return new TextDecoder('latin1').decode(await (await fetch(url)).arrayBuffer());
  });
  expect(wasm.length).toBeGreaterThan(100000);
  expect(wasm).toContain('lt-seimas-vote');
  expect(wasm).not.toContain('at least 85 votes required');
  expect(wasm).not.toContain('Decision is made lithuania withdraws');
  expect(wasm).not.toContain('www.lrytas.lt');
  explorer.expectCleanRun();
});

test('the language switcher changes every section and the link', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1');
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fi);
  await expect(page.getByRole('heading', { name: 'Skenaariot: ketä sopimus sitoo ja milloin' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ennusteet ja miten niille kävi' })).toBeVisible();
  await expect(page.locator('#forecast-ee-lv-complete-withdrawal blockquote')).toHaveText('Viro ja Latvia todennäköisesti saattavat omat irtisanoutumisprosessinsa päätökseen linjassa Liettuan kanssa.');
  expect(await explorer.fragment()).toContain('lang=fi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  explorer.expectCleanRun();
});

test.describe('a reader whose browser prefers Polish', () => {
  test.use({ locale: 'pl-PL' });
  test('gets Polish without asking, and a link that says so', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open('#v=1&section=scenario&at=2025-12-27');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.pl);
    const slider = page.getByRole('slider');
    await expect(slider).toHaveAttribute('aria-valuetext', /^27 grudnia 2025: wypowiedzenie skuteczne – Estonia, Litwa i Łotwa$/);
    // The states' names in Polish came with the Polish file: the app holds only English's.
    const wasm = await page.evaluate(async () => {
      const url = document.querySelector('link[rel=preload][href$="_bg.wasm"]').href;
      return new TextDecoder('latin1').decode(await (await fetch(url)).arrayBuffer());
    });
    expect(wasm).toContain('Lithuania');
    expect(wasm).not.toContain('Litwa');
    // Controls that read the view state themselves follow the language too, once it arrives.
    await expect(page.getByRole('group', { name: 'Pobierz ten wykres' })).toBeVisible();
    await page.getByRole('group', { name: 'Udostępnij ten widok' }).getByText('Udostępnij', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Kopiuj link (Scenariusze)' })).toBeVisible();
    expect(await explorer.fragment()).toContain('lang=pl');
    explorer.expectCleanRun();
  });
});

test('the theme switcher forces a theme and puts it in the link', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await explorer.fragment()).toContain('theme=dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 20, 20)');
  await page.getByLabel('Theme').selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  explorer.expectCleanRun();
});

test('the settings are no island: a link\'s theme shows in its select, and a language chosen before the app is opened once it runs, on the same view', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('#v=1&theme=dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  // The app held back: the choice waits for it, then opens the edition on the same view.
  const release = await holdWasm(page);
  await page.goto('./#v=1&section=scenario&at=2025-12-27');
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('lt');
  expect(page.url()).not.toContain('lt.html');
  release();
  await page.waitForURL(/lt\.html#/);
  for (const part of ['section=scenario', 'at=2025-12-27', 'lang=lt']) expect(await explorer.fragment()).toContain(part);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /^2025 m\. gruodžio 27 d\./);
});

for (const lang of ['lt', 'lv', 'et', 'pl', 'fi']) {
  test(`${lang}: every section is accessible and fits 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    const explorer = new ExplorerPage(page);
    await explorer.open(`#v=1&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[lang]);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
    explorer.expectCleanRun();
  });
}

test.describe('each language is its own page (an edition)', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the Lithuanian page reads in Lithuanian, its lang from the server, and names the other editions', async ({ page }) => {
      await page.goto('./lt.html');
      await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
      await expect(page).toHaveTitle(TITLES.lt);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lt);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Lietuva/);
      // Dates and numbers as Lithuanian writes them, with no script to write them: the build did.
      const lithuanian = (day) => new Intl.DateTimeFormat('lt', { dateStyle: 'long', timeZone: 'UTC' })
        .format(new Date(`${day}T00:00:00Z`));
      const times = await page.locator('.forecast time, .page-footer time').all();
      expect(times.length).toBeGreaterThan(10);
      for (const time of times) await expect(time).toHaveText(lithuanian(await time.getAttribute('datetime')));
      await expect(page.locator('.casualties tbody tr').nth(2)).toContainText('6\u00a0279');
      await expect(page.locator('[data-score="hit-rate"]')).toHaveText('80\u00a0%');
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll(
        (links) => links.map((l) => `${l.hreflang} ${l.getAttribute('href')}`));
      expect(alternates).toEqual(['en index.html', 'lt lt.html', 'lv lv.html', 'et et.html', 'pl pl.html', 'fi fi.html', 'x-default index.html']);
      // The other editions are links a reader without JavaScript can follow.
      await page.getByRole('navigation', { name: 'Šis puslapis kitomis kalbomis' }).getByRole('link', { name: 'Suomi' }).press('Enter');
      await expect(page).toHaveURL(/\/fi\.html$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fi);
    });
  });

  test('choosing a language opens its edition on the same view', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open('#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01');
    await page.getByRole('combobox', { name: /^Language/ }).selectOption('lt');
    await expect(page).toHaveURL(/\/lt\.html#/);
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await expect(explorer.card().getByRole('heading')).toHaveText('Seimas balsuoja už Otavos konvencijos denonsavimą');
    await expect(explorer.card()).toContainText('reikėjo ne mažiau kaip 85 balsų (3/5 iš 141)');
    const fragment = await explorer.fragment();
    expect(fragment).toContain('ev=lt-seimas-vote');
    expect(fragment).toContain('from=2025-01-01');
    explorer.expectCleanRun();
  });

  test.describe('a reader whose browser prefers Finnish', () => {
    test.use({ locale: 'fi-FI' });
    test('opens the Finnish edition from a bare link, and stays in English once they choose it', async ({ page }) => {
      await page.goto('./#v=1');
      await expect(page).toHaveURL(/\/fi\.html#v=1/);
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await page.locator('.page-settings select').first().selectOption('en');
      await expect(page).toHaveURL(/\/index\.html#.*lang=en/);
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
      // The app keeps the choice in the link, so a reload stays in English.
      await expect(page).toHaveURL(/\/index\.html#.*lang=en/);
      await page.reload();
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await expect(page).toHaveURL(/\/index\.html#.*lang=en/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
});
