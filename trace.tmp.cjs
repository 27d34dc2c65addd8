// Profiles N marker ArrowRight steps with Chrome tracing; sums main-thread events by name.
const { chromium } = require('playwright');
(async () => {
  const url = process.argv[2]; const what = process.argv[3] || 'marker';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url + '#v=1&from=2010-01-01&to=2020-01-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (what === 'marker') await page.locator('.timeline-chart [tabindex="0"]').first().focus();
  else { await page.evaluate(() => { location.hash = '#v=1&section=scenario&at=2025-06-01'; }); await page.waitForTimeout(500); await page.locator('#scenario-date').focus(); }
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
  const N = 10;
  for (let i = 0; i < N; i++) { await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight'); await page.waitForTimeout(300); }
  const buf = await browser.stopTracing();
  const trace = JSON.parse(buf.toString());
  const events = trace.traceEvents || trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const sums = {};
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
    const k = e.name; sums[k] = (sums[k] || 0) + e.dur / 1000;
  }
  const top = Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [k, v] of top) console.log(k.padEnd(40), (v / N).toFixed(1), 'ms/step');
  await browser.close();
})();
