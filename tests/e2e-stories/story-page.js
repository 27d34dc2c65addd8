// What the shared story flows (shared.js) read from a story's page instead of knowing it: its
// sections and their own pages, its editions, the dates in its labels, and what the keyboard
// should reach. Nothing here names a story's facts.
const { expect } = require('../e2e/fixtures');
const { default: AxeBuilder } = require('@axe-core/playwright');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** The first English date in a label ("July 18, 2024, Lithuania: …"), as a UTC time. */
function dateIn(label) {
  const [, month, day, year] = label.match(/(\w+) (\d+), (\d{4})/);
  return Date.UTC(Number(year), MONTHS.indexOf(month), Number(day));
}

/** `iso` moved by `days` (negative: earlier), as an ISO date. */
function plusDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

/** The same civil day a year earlier (the pinned day is never 29 February). */
function yearEarlier(iso) {
  return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
}

/** axe's findings, one line each, prefixed with where they were found. */
async function axeFindings(page, where) {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
}

/** The sections of the page, in order, as the page itself marks them. */
function sectionsOf(page) {
  return page.locator('main [data-section]').evaluateAll((all) => all.map((el) => el.dataset.section));
}

/**
 * Each section's own page, as the embed code a reader copies from that section names it (found
 * by what the Embed button controls, so in any language).
 */
async function sectionPages(page) {
  const pages = [];
  for (const section of await sectionsOf(page)) {
    const slot = page.locator(`[data-section="${section}"]`);
    await slot.locator('.share-menu > summary').first().click();
    const embed = slot.locator('.share-panel button[aria-controls]');
    await embed.click();
    const code = page.locator(`#${await embed.getAttribute('aria-controls')} textarea`);
    await expect(code, `the ${section} section's embed code names a page`).toHaveValue(/<iframe src="[^"]+"/);
    const src = (await code.inputValue()).match(/<iframe src="([^"]+)"/)[1];
    pages.push({ section, url: src.replace(/&amp;/g, '&') });
  }
  return pages;
}

/** The editions the page names (its hreflang alternates), without the x-default. */
function editionsOf(page) {
  return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links
    .filter((l) => l.hreflang !== 'x-default')
    .map((l) => ({ lang: l.hreflang, url: new URL(l.getAttribute('href'), location.href).href })));
}

/** The languages the language switcher offers. */
function languagesOffered(page) {
  return page.locator('.page-settings select').first().locator('option').evaluateAll((all) => all.map((o) => o.value));
}

/**
 * Opens `url` afresh and waits until it has settled: a page whose only islands are buttons
 * loads no app until a reader reaches for one, so the app is waited for only if it was fetched.
 */
async function openPage(page, url) {
  const wasm = [];
  const listen = (req) => { if (/\.wasm$/.test(new URL(req.url()).pathname)) wasm.push(req.url()); };
  await page.goto('about:blank');
  page.on('request', listen);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('request', listen);
  if (wasm.length) await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}


/** Whether the focus is on one of the timeline chart's events (a marker or a cluster). */
function onChart(page) {
  return page.evaluate(() => document.activeElement.matches('.timeline-chart .marker, .timeline-chart .cluster'));
}

/** Tabs through the page until the timeline chart's single tab stop. */
async function tabToChart(page) {
  for (let i = 0; i < 80 && !(await onChart(page)); i++) await page.keyboard.press('Tab');
  expect(await onChart(page), 'Tab reaches the timeline').toBe(true);
}


const { expectedStops, focusRing } = require('../e2e/keyboard');

module.exports = {
  dateIn, plusDays, yearEarlier, axeFindings, sectionsOf, sectionPages, editionsOf, languagesOffered,
  openPage, expectedStops, focusRing, tabToChart, onChart,
};
