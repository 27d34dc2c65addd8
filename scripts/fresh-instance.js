// Starts a fresh instance of the app's WebAssembly for boot.js, which is a classic script:
// fresh-instance.js?island=NAME&n=2, after the app failed in one part (boot.js names it in
// `driver.recovering`): that part gets its published HTML back with a notice, and the others
// a fresh instance, from their published HTML (a panic leaves the old instance's state stuck;
// the view itself is in the address, which the new instance reads).
const driver = window.ottawaExplorerIslands;
const recovering = driver.recovering;
driver.recovering = null;
const failed = recovering && driver.islands[recovering.island];
const publish = (island) => {
  if (!island.pristine) return;
  const fresh = island.pristine.cloneNode(true);
  island.el.replaceWith(fresh);
  island.el = fresh;
};
if (failed) {
  publish(failed);
  const notice = document.createElement('p');
  notice.className = 'island-unavailable';
  notice.setAttribute('role', 'status');
  notice.textContent = document.getElementById('app-unavailable')?.textContent ?? '';
  failed.el.before(notice);
  for (const island of Object.values(driver.islands)) {
    if (island.state === 'failed') continue;
    publish(island);
    island.state = 'waiting';
  }
}
const glue = document.querySelector('link[rel="modulepreload"]')?.getAttribute('href');
const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]')?.getAttribute('href');
if (!glue || !wasm) {
  driver.unavailable();
} else {
  const url = new URL(glue, document.baseURI);
  if (failed) url.searchParams.set('instance', recovering.attempt);
  try {
    const bindings = await import(url.href);
    await bindings.default({ module_or_path: new URL(wasm, document.baseURI).href });
    driver.restart(bindings);
  } catch (error) {
    driver.unavailable();
  }
}
