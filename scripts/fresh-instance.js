// Loaded by boot.js only after the app failed in one part: a fresh instance of the app's
// WebAssembly for the other parts (a panic leaves the old instance's state stuck). Its own
// address names the glue and the wasm: fresh-instance.js?glue=…&wasm=…&n=2. A separate file,
// loaded as a module, because boot.js is a classic script.
const own = new URL(import.meta.url);
const glue = new URL(own.searchParams.get('glue'), document.baseURI);
glue.searchParams.set('instance', own.searchParams.get('n'));
const bindings = await import(glue.href);
await bindings.default({ module_or_path: new URL(own.searchParams.get('wasm'), document.baseURI).href });
window.ottawaExplorerIslands.restart(bindings);
