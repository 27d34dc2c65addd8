// The side-by-side benchmark, run by `cargo xtask bench` (never by the tests): the app, the
// limit (the same page without scripts) and TimelineJS, in headless Chromium with 4x CPU
// throttling and a fast-4G-like network, then the app's interactions at 100 / 1,000 / 10,000
// synthetic events, memory, and Lighthouse. Prints tables and ratios; writes the JSON report.
//
// usage: BENCH_REPORT=... BENCH_OURS=url BENCH_STATIC=url BENCH_TIMELINEJS=url \
//        node tests/bench/bench.js SIZE=URL [SIZE=URL ...]
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require('@playwright/test');

const COLD_LOADS = 5;
const STEPS = 50;
const SLIDER_STEPS = 100;
const INTERACTIONS = 1000;
// Chrome DevTools' "Fast 4G": 9 Mbit/s down, 1.5 Mbit/s up, 60 ms round trip.
const NETWORK = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };
const CPU_SLOWDOWN = 4;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
const kb = (bytes) => (bytes / 1024).toFixed(1);

// Installed before any page script: when the app became interactive, long tasks, LCP, and the
// wasm memory (trunk's loader announces the instance).
function instrument() {
  window.__bench = { longTasks: [], lcp: 0, ready: null, firstLive: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  // The document itself exists before any element: watch the whole tree for the ready mark.
  // And for the first island that answers input (boot.js marks it data-live).
  new MutationObserver(() => {
    if (window.__bench.ready == null && document.documentElement && document.documentElement.hasAttribute('data-app-ready')) {
      window.__bench.ready = performance.now();
    }
    if (window.__bench.firstLive == null && document.querySelector('[data-island][data-live]')) {
      window.__bench.firstLive = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-ready', 'data-live'] });
}

async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(instrument);
  return { context, page, cdp };
}

// One cold load: FCP, LCP, when it became interactive, total blocking time (long tasks from
// FCP to interactive, less 50 ms each), and (first load only) every file it fetched.
async function coldLoad(browser, url, scriptless, late) {
  const { context, page, cdp } = await throttledPage(browser);
  const files = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      if (response.status() === 200) files.push({ url: response.url(), body });
    } catch { /* redirects and aborted requests have no body */ }
  });
  await page.goto(url, { waitUntil: 'load' });
  // A page that starts late loads no app until a reader reaches for a button: it is ready
  // when it has loaded, like the script-free page.
  if (!scriptless && !late) await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 120000 });
  await page.waitForTimeout(1500);
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp: fcp ? fcp.startTime : null, lcp: window.__bench.lcp, ready: window.__bench.ready, firstLive: window.__bench.firstLive, dcl: nav.domContentLoadedEventEnd, tasks: window.__bench.longTasks };
  });
  const interactive = scriptless || late ? m.dcl : m.ready;
  const tbt = m.tasks.filter(([start]) => start >= (m.fcp || 0) && start <= interactive)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  const memory = await heap(page, cdp);
  await context.close();
  return { fcp: m.fcp, lcp: m.lcp, interactive, firstLive: scriptless ? null : m.firstLive, tbt, files, memory };
}

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => (window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0));
  return { js_heap_bytes: usedSize, wasm_memory_bytes: wasm };
}

function transfer(files) {
  const rows = files.filter((f) => !f.url.startsWith('data:')).map((f) => ({
    file: decodeURIComponent(new URL(f.url).pathname.split('/').pop() || 'index.html'),
    raw: f.body.length,
    gzip: zlib.gzipSync(f.body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(f.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files: rows, total };
}

async function measureSite(browser, name, url, scriptless, interact, runs, late) {
  const load = {
    fcp_ms: round(median(runs.map((r) => r.fcp))),
    lcp_ms: round(median(runs.map((r) => r.lcp))),
    interactive_ms: round(median(runs.map((r) => r.interactive))),
    first_island_live_ms: runs[0].firstLive == null ? null : round(median(runs.map((r) => r.firstLive))),
    tbt_ms: round(median(runs.map((r) => r.tbt))),
    cold_loads: COLD_LOADS,
  };
  // Memory after 1,000 interactions, measured unthrottled (only the end state matters).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'load' });
  if (!scriptless && !late) await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const afterLoad = await heap(page, cdp);
  if (interact) await interact(page);
  const afterInteractions = interact ? await heap(page, cdp) : afterLoad;
  await context.close();
  return { name, transfer: transfer(runs[0].files), load, memory: { after_load: afterLoad, after_1000_interactions: afterInteractions } };
}

// The app: wheel zooms on the timeline and key presses on the scenario slider, alternating.
async function interactOurs(page) {
  await page.evaluate(async (count) => {
    const chart = document.querySelector('.timeline-chart');
    const slider = document.querySelector('#scenario-date');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    for (let i = 0; i < count; i++) {
      if (i % 2 === 0 && chart) {
        const box = chart.getBoundingClientRect();
        chart.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 4 === 0 ? -120 : 120, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
      } else if (slider) {
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: i % 4 === 1 ? 'PageDown' : 'PageUp', bubbles: true, cancelable: true }));
      }
      if (i % 10 === 0) await frame();
    }
  }, INTERACTIONS);
}

// TimelineJS: its own API, next/previous slide and zoom in/out, alternating.
async function interactTimelineJS(page) {
  await page.evaluate(async (count) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    for (let i = 0; i < count; i++) {
      const tl = window.timeline;
      [() => tl.goToNext(), () => tl.zoomIn(), () => tl.goToPrev(), () => tl.zoomOut()][i % 4]();
      if (i % 10 === 0) await frame();
    }
  }, INTERACTIONS);
}

// Input to the next painted frame: dispatch, wait for the DOM under `selector` to change, then
// for the frame after it to be painted.
async function timeInput(page, selector, dispatch) {
  return page.evaluate(([selector, dispatch]) => new Promise((resolve) => {
    const root = document.querySelector(selector);
    const start = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    const observer = new MutationObserver(finish);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    new Function('root', dispatch)(root);
    setTimeout(finish, 500); // an input at a limit changes nothing: still wait for the frame
  }), [selector, dispatch]);
}

async function interaction(browser, size, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url + '#v=1&from=2010-01-01&to=2020-01-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const wheel = (dx, dy) => `const b = root.getBoundingClientRect(); root.dispatchEvent(new WheelEvent('wheel', { deltaX: ${dx}, deltaY: ${dy}, clientX: b.left + b.width * 0.6, clientY: b.top + b.height / 2, bubbles: true, cancelable: true }));`;
  const zoom = []; const pan = []; const slider = [];
  for (let i = 0; i < STEPS; i++) zoom.push(await timeInput(page, '.timeline-chart', wheel(0, i % 2 === 0 ? -120 : 120)));
  for (let i = 0; i < STEPS; i++) pan.push(await timeInput(page, '.timeline-chart', wheel(i % 2 === 0 ? 80 : -80, 0)));
  const glyphs = await page.locator('.timeline-chart .marker, .timeline-chart .cluster').count();
  // Scrubbing: the slider a week on per step from mid-2025, the map and the panel repainted.
  await page.evaluate(() => { location.hash = '#v=1&section=scenario&at=2025-06-01'; });
  await page.locator('#scenario-date').waitFor();
  const key = "root.querySelector('#scenario-date').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: false, bubbles: true, cancelable: true }));";
  for (let i = 0; i < SLIDER_STEPS; i++) slider.push(await timeInput(page, '.scenario', key.repeat(1)));
  await context.close();
  const summary = (values) => ({ p50_ms: round(percentile(values, 50)), p95_ms: round(percentile(values, 95)) });
  return { events: size, glyphs_drawn: glyphs, zoom: summary(zoom), pan: summary(pan), slider: summary(slider) };
}

function lighthouse(url, label) {
  const out = path.join(path.dirname(process.env.BENCH_REPORT), `lighthouse-${label}.json`);
  execFileSync('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'], { stdio: 'inherit' });
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  const score = (id) => Math.round(result.categories[id].score * 100);
  return { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo') };
}

(async () => {
  const builds = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const pages = [
    ['ours', process.env.BENCH_OURS, false, interactOurs],
    ['static', process.env.BENCH_STATIC, true, null],
    ['timelinejs', process.env.BENCH_TIMELINEJS, false, interactTimelineJS],
    // The pages embed codes open: a section alone (the timeline, the heaviest; the forecasts,
    // whose only islands are buttons).
    ['embed-tl', `${process.env.BENCH_OURS}embed-timeline.html#v=1&section=timeline&embed=1`, false, null],
    ['embed-fc', `${process.env.BENCH_OURS}embed-forecast.html#v=1&section=forecast&embed=1`, false, null, true],
  ];
  // Cold loads interleaved (ours, static, TimelineJS, ours, ...), so that no page gets a
  // warmer or colder machine than the others.
  const runs = pages.map(() => []);
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const [index, [, url, scriptless, , late]] of pages.entries()) runs[index].push(await coldLoad(browser, url, scriptless, late));
  }
  const sites = [];
  for (const [index, [name, url, scriptless, interact, late]] of pages.entries()) {
    sites.push(await measureSite(browser, name, url, scriptless, interact, runs[index], late));
  }
  const interactions = [];
  for (const build of builds) {
    const [size, url] = build.split('=');
    interactions.push(await interaction(browser, Number(size), url));
  }
  await browser.close();
  const scores = {
    ours_page: lighthouse(process.env.BENCH_OURS, 'page'),
    ours_embed: lighthouse(process.env.BENCH_OURS + 'embed-timeline.html#v=1&section=timeline&embed=1', 'embed'),
    timelinejs: lighthouse(process.env.BENCH_TIMELINEJS, 'timelinejs'),
  };

  const [ours, limit, tl] = sites;
  const ratio = (a, b) => (a == null || !b ? null : Math.round((a / b) * 100) / 100);
  const ratios = {
    transfer_gzip_vs_static: ratio(ours.transfer.total.gzip, limit.transfer.total.gzip),
    transfer_gzip_vs_timelinejs: ratio(ours.transfer.total.gzip, tl.transfer.total.gzip),
    fcp_vs_static: ratio(ours.load.fcp_ms, limit.load.fcp_ms),
    fcp_vs_timelinejs: ratio(ours.load.fcp_ms, tl.load.fcp_ms),
    lcp_vs_static: ratio(ours.load.lcp_ms, limit.load.lcp_ms),
    lcp_vs_timelinejs: ratio(ours.load.lcp_ms, tl.load.lcp_ms),
    interactive_vs_static: ratio(ours.load.interactive_ms, limit.load.interactive_ms),
    interactive_vs_timelinejs: ratio(ours.load.interactive_ms, tl.load.interactive_ms),
    js_heap_after_1000_vs_timelinejs: ratio(ours.memory.after_1000_interactions.js_heap_bytes + ours.memory.after_1000_interactions.wasm_memory_bytes,
      tl.memory.after_1000_interactions.js_heap_bytes),
  };

  console.log(`\nTransfer, first load (KB; gzip and brotli at maximum level)`);
  console.log('page         files   raw       gzip     brotli');
  for (const s of sites) console.log(`${s.name.padEnd(12)} ${String(s.transfer.files.length).padStart(5)}   ${kb(s.transfer.total.raw).padStart(7)}   ${kb(s.transfer.total.gzip).padStart(6)}   ${kb(s.transfer.total.brotli).padStart(6)}`);
  for (const s of sites) for (const f of s.transfer.files) console.log(`  ${s.name.padEnd(10)} ${f.file.padEnd(44)} ${kb(f.raw).padStart(7)} ${kb(f.gzip).padStart(7)} ${kb(f.brotli).padStart(7)}`);
  console.log(`\nLoad, median of ${COLD_LOADS} cold loads (ms; ${CPU_SLOWDOWN}x CPU, 9 Mbit/s, 60 ms RTT)`);
  console.log('page           FCP      LCP   first island   interactive    TBT');
  for (const s of sites) console.log(`${s.name.padEnd(12)} ${String(s.load.fcp_ms).padStart(6)}   ${String(s.load.lcp_ms).padStart(6)}   ${String(s.load.first_island_live_ms ?? '–').padStart(12)}   ${String(s.load.interactive_ms).padStart(11)}   ${String(s.load.tbt_ms).padStart(5)}`);
  console.log('\nMemory (MB): JS heap + wasm memory, after load and after 1,000 interactions');
  const mb = (m) => `${(m.js_heap_bytes / 1048576).toFixed(1)} + ${(m.wasm_memory_bytes / 1048576).toFixed(1)}`;
  for (const s of sites) console.log(`${s.name.padEnd(12)} ${mb(s.memory.after_load).padStart(12)}   ${mb(s.memory.after_1000_interactions).padStart(12)}`);
  console.log(`\nInteraction, input to next frame (ms, ${CPU_SLOWDOWN}x CPU): zoom and pan ${STEPS} steps, slider ${SLIDER_STEPS} steps`);
  console.log('events   glyphs   zoom p50/p95    pan p50/p95    slider p50/p95');
  for (const r of interactions) console.log(`${String(r.events).padStart(6)}   ${String(r.glyphs_drawn).padStart(6)}   ${`${r.zoom.p50_ms}/${r.zoom.p95_ms}`.padStart(12)}   ${`${r.pan.p50_ms}/${r.pan.p95_ms}`.padStart(12)}   ${`${r.slider.p50_ms}/${r.slider.p95_ms}`.padStart(14)}`);
  console.log('\nLighthouse (performance, accessibility, best practices, SEO)');
  for (const [name, s] of Object.entries(scores)) console.log(`${name.padEnd(12)} ${s.performance} ${s.accessibility} ${s.best_practices} ${s.seo}`);
  const wasm = ours.transfer.files.find((f) => f.file.endsWith('.wasm'));
  const mapShare = { map_paths_gzip_bytes: Number(process.env.BENCH_MAP_GZIP), wasm_gzip_bytes: wasm ? wasm.gzip : null,
    share_of_wasm: wasm ? ratio(Number(process.env.BENCH_MAP_GZIP), wasm.gzip) : null };
  console.log(`\nThe map's path data: ${mapShare.map_paths_gzip_bytes} bytes gzip, ${Math.round(mapShare.share_of_wasm * 1000) / 10} % of the wasm (gzip)`);
  console.log('\nRatios, ours / other (below 1: ours is smaller or faster)');
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(36)} ${v}`);
  const report = { settings: { cold_loads: COLD_LOADS, cpu_slowdown: CPU_SLOWDOWN, network: NETWORK }, sites, interaction: interactions, lighthouse: scores, map: mapShare, ratios };
  fs.writeFileSync(process.env.BENCH_REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwritten: ${process.env.BENCH_REPORT}`);
})().catch((err) => { console.error(err); process.exit(1); });
