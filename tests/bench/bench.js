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
const STEPS = 40;
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
  // A page with no island (the forecasts' page for embedding) loads no app: it is ready when
  // it has loaded, like the script-free page.
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

// Installed before the app's scripts on the interaction pages: for every input the reader
// could make, the time from the input (the event's own timestamp) to just after the next frame
// is painted; and the Event Timing API's entries (input to next paint, the measure behind INP;
// the API reports only entries of 16 ms or more, and covers keys, clicks and pointer
// down/up, not wheel or pointermove).
function instrumentInput() {
  window.__input = { frames: [], timings: [] };
  for (const type of ['keydown', 'wheel', 'pointermove', 'input']) {
    addEventListener(type, (e) => {
      const at = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__input.frames.push(performance.now() - at), 0));
    }, { capture: true, passive: true });
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__input.timings.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

// One step: clear what was recorded, make the input, wait for the page to settle (a gesture
// rests after 100 ms, then lays out), and read back: the slowest input-to-frame time of the
// step's events, the slowest Event Timing entry (0 when none reached 16 ms), and the
// main-thread work the step caused (CDP's TaskDuration, which grows with every task the
// renderer runs, so its difference is the step's cost, layout after the gesture included).
async function step(page, cdp, input) {
  await page.evaluate(() => { window.__input.frames = []; window.__input.timings = []; });
  const before = await taskSeconds(cdp);
  await input();
  await page.waitForTimeout(400);
  const after = await taskSeconds(cdp);
  const { frames, timings } = await page.evaluate(() => window.__input);
  return {
    frame_ms: frames.length ? Math.max(...frames) : null,
    event_timing_ms: timings.length ? Math.max(...timings.map((t) => t.duration)) : 0,
    work_ms: (after - before) * 1000,
  };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function interaction(browser, size, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrumentInput);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url + '#v=1&from=2010-01-01&to=2020-01-01');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const glyphs = await page.locator('.timeline-chart .marker, .timeline-chart .cluster').count();
  const runs = {};
  const measure = async (name, steps, input) => {
    runs[name] = [];
    for (let i = 0; i < steps; i++) runs[name].push(await step(page, cdp, () => input(i)));
  };
  const chart = page.locator('.timeline-chart');
  // Keys on the timeline: the marker that holds the tab stop, then + and − in turn, with the
  // chart in the middle of the view, where a reader using keys looks. Left at the bottom edge
  // of the 900 px view (where the page opens), headless Chromium presented no frame for a
  // focus ring that moved between the lowest lanes, and Event Timing counted those keys
  // until the next frame that was presented, a second or more later: the "outlier" of the
  // earlier runs.
  await chart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator('.timeline-chart [tabindex="0"]').first().evaluate((el) => el.focus({ preventScroll: true }));
  await measure('marker ArrowRight', STEPS, (i) => page.keyboard.press(i % 10 < 5 ? 'ArrowRight' : 'ArrowLeft'));
  await measure('zoom +/−', STEPS, (i) => page.keyboard.press(i % 2 === 0 ? '+' : '-'));
  // The pointer: the wheel zooms about the pointer; a drag pans, one move per step. The chart
  // is placed in view first (the keys' focus may have scrolled the page).
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const [cx, cy] = [box.x + box.width * 0.6, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await measure('wheel zoom', STEPS, (i) => page.mouse.wheel(0, i % 2 === 0 ? -120 : 120));
  await page.mouse.down();
  await measure('drag pan', STEPS, (i) => page.mouse.move(cx + (i % 2 === 0 ? -40 : 40), cy));
  await page.mouse.up();
  // The scenario slider from mid-2025: a day, a year (Page Down), then dragged by the pointer.
  await page.evaluate(() => { location.hash = '#v=1&section=scenario&at=2025-06-01'; });
  const slider = page.locator('#scenario-date');
  await slider.waitFor();
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await measure('slider ArrowRight', STEPS, () => page.keyboard.press('ArrowRight'));
  await measure('slider Page Down', STEPS, (i) => page.keyboard.press(i % 2 === 0 ? 'PageDown' : 'PageUp'));
  await slider.scrollIntoViewIfNeeded();
  const track = await slider.boundingBox();
  const sy = track.y + track.height / 2;
  await page.mouse.move(track.x + track.width * 0.5, sy);
  await page.mouse.down();
  await measure('slider drag', STEPS, (i) => page.mouse.move(track.x + track.width * (0.5 + 0.004 * ((i % 10) - 5)), sy));
  await page.mouse.up();
  await context.close();
  const summary = (values) => ({ p50_ms: round(percentile(values, 50)), p95_ms: round(percentile(values, 95)) });
  const steps = {};
  for (const [name, list] of Object.entries(runs)) {
    steps[name] = {
      input_to_frame: summary(list.map((s) => s.frame_ms ?? 0)),
      event_timing: summary(list.map((s) => s.event_timing_ms)),
      main_thread_work: summary(list.map((s) => s.work_ms)),
    };
  }
  return { events: size, glyphs_drawn: glyphs, steps };
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

function printInteractions(interactions) {
  console.log(`\nInteraction, ${CPU_SLOWDOWN}x CPU, ${STEPS} steps each (ms, p50/p95): input to the next frame; Event Timing duration`);
  console.log('(input to next paint; "<16" when the API reported no entry, its threshold); main-thread work per step');
  console.log('events  glyphs  step                 to frame     Event Timing   work');
  const pair = (x) => `${x.p50_ms}/${x.p95_ms}`;
  const timing = (x) => `${x.p50_ms < 16 ? '<16' : x.p50_ms}/${x.p95_ms < 16 ? '<16' : x.p95_ms}`;
  for (const r of interactions) {
    for (const [name, s] of Object.entries(r.steps)) {
      console.log(`${String(r.events).padStart(6)}  ${String(r.glyphs_drawn).padStart(6)}  ${name.padEnd(19)} ${pair(s.input_to_frame).padStart(10)}   ${timing(s.event_timing).padStart(12)}   ${pair(s.main_thread_work).padStart(10)}`);
    }
  }
}

(async () => {
  const builds = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  // `cargo xtask bench --interaction`: only the interaction steps, at every event count.
  if (process.env.BENCH_INTERACTION_ONLY) {
    const interactions = [];
    for (const build of builds) {
      const [size, url] = build.split('=');
      interactions.push(await interaction(browser, Number(size), url));
    }
    await browser.close();
    printInteractions(interactions);
    fs.writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ settings: { cpu_slowdown: CPU_SLOWDOWN, steps: STEPS }, interaction: interactions }, null, 2) + '\n');
    console.log(`\nwritten: ${process.env.BENCH_REPORT}`);
    return;
  }
  const pages = [
    ['ours', process.env.BENCH_OURS, false, interactOurs],
    ['static', process.env.BENCH_STATIC, true, null],
    ['timelinejs', process.env.BENCH_TIMELINEJS, false, interactTimelineJS],
    // The pages embed codes open: a section alone, each with its own smaller app (the timeline;
    // the scenario; the forecasts, which have no island and load no app).
    ['embed-tl', `${process.env.BENCH_OURS}embed-timeline.html#v=1&section=timeline&embed=1`, false, null],
    ['embed-sc', `${process.env.BENCH_OURS}embed-scenario.html#v=1&section=scenario&embed=1`, false, null],
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
  printInteractions(interactions);
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
