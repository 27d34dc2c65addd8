// Timeline benchmark (run by `cargo xtask bench`, never by the tests): for each build, time
// from an input (wheel zoom, horizontal-wheel pan) to the next painted frame, with the CPU
// throttled 4x through the DevTools protocol. Prints p50/p95 and writes a JSON report.
//
// usage: node tests/bench/timeline.bench.js REPORT.json SIZE=URL [SIZE=URL ...]
const fs = require('fs');
const { chromium } = require('@playwright/test');

const STEPS = 50;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// In the page: dispatch one wheel event on the chart, wait for the DOM to change, then for the
// frame after it to be painted (requestAnimationFrame, then a task after the paint).
async function timeInput(page, deltaX, deltaY) {
  return page.evaluate(([dx, dy]) => new Promise((resolve) => {
    const chart = document.querySelector('.timeline-chart');
    const box = chart.getBoundingClientRect();
    const start = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    const observer = new MutationObserver(finish);
    observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    chart.dispatchEvent(new WheelEvent('wheel', {
      deltaX: dx, deltaY: dy, clientX: box.left + box.width * 0.6, clientY: box.top + box.height / 2,
      bubbles: true, cancelable: true,
    }));
    // An input at a zoom limit changes nothing: still wait for the next frame.
    setTimeout(finish, 500);
  }), [deltaX, deltaY]);
}

async function bench(browser, size, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url + '#v=1&from=2010-01-01&to=2020-01-01');
  await page.locator('.timeline-chart').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const zoom = [];
  for (let i = 0; i < STEPS; i++) zoom.push(await timeInput(page, 0, i % 2 === 0 ? -120 : 120));
  const pan = [];
  for (let i = 0; i < STEPS; i++) pan.push(await timeInput(page, i % 2 === 0 ? 80 : -80, 0));
  const glyphs = await page.locator('.timeline-chart .marker, .timeline-chart .cluster').count();
  await page.close();
  const summary = (values) => ({ p50_ms: +percentile(values, 50).toFixed(1), p95_ms: +percentile(values, 95).toFixed(1) });
  return { events: size, glyphs_drawn: glyphs, zoom: summary(zoom), pan: summary(pan) };
}

(async () => {
  const [report, ...builds] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  for (const build of builds) {
    const [size, url] = build.split('=');
    results.push(await bench(browser, Number(size), url));
  }
  await browser.close();
  console.log('\ninput to next frame, 4x CPU throttling, 50 steps each (ms)');
  console.log('events   glyphs   zoom p50   zoom p95   pan p50   pan p95');
  for (const r of results) {
    console.log(`${String(r.events).padStart(6)}   ${String(r.glyphs_drawn).padStart(6)}   ${String(r.zoom.p50_ms).padStart(8)}   ` +
      `${String(r.zoom.p95_ms).padStart(8)}   ${String(r.pan.p50_ms).padStart(7)}   ${String(r.pan.p95_ms).padStart(7)}`);
  }
  fs.writeFileSync(report, JSON.stringify({ timeline: results }, null, 2) + '\n');
  console.log(`\nwritten: ${report}`);
})().catch((err) => { console.error(err); process.exit(1); });
