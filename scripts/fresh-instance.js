// Loaded by boot.js only after the app failed in one part (fresh-instance.js?island=NAME&n=2):
// that part gets its published HTML back with a notice, and the others a fresh instance of the
// app's WebAssembly, from their published HTML (a panic leaves the old instance's state stuck;
// the view itself is in the address, which the new instance reads). A module of its own,
// because boot.js is a classic script.
const driver = window.ottawaExplorerIslands;
const own = new URL(import.meta.url).searchParams;
const failed = driver.islands[own.get('island')];
const publish = (island) => {
  if (!island.pristine) return;
  const fresh = island.pristine.cloneNode(true);
  island.el.replaceWith(fresh);
  island.el = fresh;
};
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
const glue = document.querySelector('link[rel="modulepreload"]');
const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]');
if (!glue || !wasm) {
  driver.unavailable();
} else {
  const url = new URL(glue.getAttribute('href'), document.baseURI);
  url.searchParams.set('instance', own.get('n'));
  try {
    const bindings = await import(url.href);
    await bindings.default({ module_or_path: new URL(wasm.getAttribute('href'), document.baseURI).href });
    driver.restart(bindings);
  } catch (error) {
    driver.unavailable();
  }
}
