// Runs before the app. If the WebAssembly cannot be fetched or started, the prerendered page
// stays as it is: this shows a short notice and the full event list (kept in a <noscript> for
// readers without JavaScript). No dependencies; nothing here talks to another origin.
(function () {
  'use strict';
  // A link may force a theme (theme=dark): apply it before the first paint, not after the
  // WebAssembly has loaded. Only the two known values are ever written.
  var theme = /(?:^#|&)theme=(light|dark)(?:&|$)/.exec(window.location.hash);
  if (theme) document.documentElement.setAttribute('data-theme', theme[1]);
  // Each language has its own page (an edition, listed in <link rel="alternate" hreflang>).
  // Open the edition a link names (lang=lt), in a frame too (the host's link asks for it);
  // at the top of a window (never inside a frame, which the host page chose) and from the
  // English page, the first of the reader's browser languages that has one. The rest of the
  // link stays as it is. This runs before the first paint, so no English flashes by; without
  // JavaScript the page stays as it is.
  {
    var page = document.documentElement.lang;
    var editions = {};
    var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
    for (var i = 0; i < links.length; i++) editions[links[i].hreflang] = links[i].getAttribute('href');
    var named = /(?:^#|&)lang=([a-z]{2})(?:&|$)/.exec(window.location.hash);
    var wanted = named ? named[1] : null;
    // The reader's own: the first of the browser's languages that has an edition. The app
    // reads it back (data-reader-lang) to keep a chosen lang=en in the link of such a reader.
    var reader = null;
    var preferred = navigator.languages || [navigator.language];
    for (var j = 0; j < preferred.length && !reader; j++) {
      var primary = String(preferred[j]).split(/[-_]/)[0].toLowerCase();
      if (primary === 'en' || editions[primary]) reader = primary;
    }
    if (reader) document.documentElement.setAttribute('data-reader-lang', reader);
    if (!wanted && page === 'en' && window.top === window && reader !== 'en') wanted = reader;
    if (wanted && wanted !== page && editions[wanted] && window.location.protocol !== 'file:') {
      window.location.replace(editions[wanted] + window.location.hash);
      return;
    }
  }
  var shown = false;
  function unavailable() {
    // A failed preload in <head> can report before the body (notice, list) is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', unavailable);
      return;
    }
    if (shown) return;
    shown = true;
    var notice = document.getElementById('app-unavailable');
    if (notice) notice.hidden = false;
    var fallback = document.getElementById('static-content');
    if (fallback && fallback.textContent) {
      var list = document.createElement('div');
      list.id = 'static-content-shown';
      // The <noscript> holds our own prerendered HTML (scripting on, so it reads as text).
      list.innerHTML = fallback.textContent;
      fallback.parentNode.insertBefore(list, fallback.nextSibling);
    }
  }

  // Islands: each interactive part (data-island) is hydrated on its own, in its own task:
  // the ones in view first, the rest as they come near or when the browser is idle, and any
  // of them at once when a reader uses it first. That first input is kept and replayed once
  // the part is live, so no click or key is lost. If the app fails in one part, that part is
  // put back as published with a notice, and the others start again in a fresh instance.
  var islands = {};     // name -> { el, state: 'waiting'|'hydrating'|'live'|'failed', pristine, inputs }
  var app = null;       // the started app's bindings, once start_page has answered
  var hydrating = null; // the island hydrating now
  var lastUsed = null;  // the island that last had input (a later panic is blamed on it)
  var attempts = 0;
  var warm = [];        // the Intl formatters to build before the app needs them (see warmOne)
  function islandOf(node) {
    var el = node && node.closest ? node.closest('[data-island]') : null;
    return el ? islands[el.getAttribute('data-island')] || register(el) : null;
  }
  function register(el) {
    var name = el.getAttribute('data-island');
    islands[name] = { name: name, el: el, state: 'waiting', pristine: null, inputs: [] };
    return islands[name];
  }
  function ownKeys(el) {
    return el.matches('input[type="range"]') || !el.matches('button, a, input, select, textarea, summary, label');
  }
  function keep(event) {
    var island = islandOf(event.target);
    if (!island) return;
    lastUsed = island;
    if (island.state === 'live' || island.state === 'failed') return;
    var target = event.target;
    if (event.type === 'click') {
      // Links, disclosures and chart downloads (below) work without the app. (The share
      // buttons do too; they sit outside every island, so this never sees them.)
      if (target.closest('a[href], summary, [data-chart-download]')) return;
      event.preventDefault();
      event.stopPropagation();
      island.inputs.push({ type: 'click', target: target });
    } else if (event.type === 'keydown') {
      // Controls turn their own keys into clicks or input, which are kept instead; the app
      // handles a slider's keys and the chart's itself, so those are kept as keys.
      if (!ownKeys(target) || /^(Tab|Shift|Control|Alt|Meta)$/.test(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      island.inputs.push({ type: 'keydown', target: target, init: { key: event.key, code: event.code,
        shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey,
        bubbles: true, cancelable: true } });
    } else {
      island.inputs.push({ type: event.type, target: target, value: target.value });
    }
    urgent(island);
  }
  ['click', 'keydown', 'input', 'change'].forEach(function (type) {
    document.addEventListener(type, keep, true);
  });
  // The app draws an island afresh in place of its prerendered markup (views/islands.rs): what
  // a reader did to the old elements is carried to the new ones at the same place, counted in
  // elements (text nodes may split or join), if the element there is of the same tag and class
  // (a phone's timeline is drawn in another layout).
  function placeOf(root, el) {
    var place = [];
    for (var at = el; at && at !== root; at = at.parentElement) {
      place.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
    }
    return { path: place, kind: el.tagName + ' ' + el.getAttribute('class') };
  }
  function atPlace(root, place) {
    var el = root;
    for (var i = 0; el && i < place.path.length; i++) el = el.children[place.path[i]];
    return el && el.tagName + ' ' + el.getAttribute('class') === place.kind ? el : null;
  }
  function remember(island) {
    var el = island.el;
    island.inputs.forEach(function (input) { input.place = placeOf(el, input.target); });
    island.folds = Array.prototype.map.call(el.querySelectorAll('details[open]'), function (fold) {
      return placeOf(el, fold);
    });
    var focused = document.activeElement;
    island.focus = focused && focused !== el && el.contains(focused) ? placeOf(el, focused) : null;
  }
  function carryOver(island) {
    var el = island.el;
    // A fold the reader opened before the part was live is open again, and draws its contents.
    (island.folds || []).forEach(function (place) {
      var fold = atPlace(el, place);
      if (fold) fold.open = true;
    });
    el.querySelectorAll('details[open]').forEach(function (fold) {
      fold.dispatchEvent(new Event('toggle'));
    });
    var focus = island.focus && atPlace(el, island.focus);
    if (focus && !el.contains(document.activeElement)) focus.focus({ preventScroll: true });
    island.folds = island.focus = null;
  }
  function replay(island) {
    var inputs = island.inputs;
    island.inputs = [];
    inputs.forEach(function (input) {
      var target = input.target.isConnected ? input.target : input.place && atPlace(island.el, input.place);
      if (!target) return;
      if (input.type === 'click') target.click();
      else if (input.type === 'keydown') target.dispatchEvent(new KeyboardEvent('keydown', input.init));
      else {
        target.value = input.value;
        target.dispatchEvent(new Event(input.type, { bubbles: true }));
      }
    });
  }
  function hydrate(island) {
    if (!app || island.state !== 'waiting') return;
    island.state = 'hydrating';
    island.pristine = island.pristine || island.el.cloneNode(true);
    hydrating = island;
    remember(island);
    // With input waiting, the first render is the prerendered state, so that its control is
    // in the same place; otherwise the state as it is (on a phone, another layout).
    if (!app.hydrate_island(island.el, island.inputs.length > 0)) island.state = 'failed';
  }
  function urgent(island) {
    if (app) hydrate(island);
    else island.urgent = true;
  }
  // A chart's download button (data-chart-download="svg|png", data-chart: the <svg>'s
  // selector, data-file: the name) needs no app: chart-export.js, fetched on the first click
  // (the one-file edition has it inline), makes the file from the chart as drawn.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-chart-download]') : null;
    if (!button) return;
    var run = function () {
      window.ottawaChartExport(button.getAttribute('data-chart-download'),
        button.getAttribute('data-chart'), button.getAttribute('data-file'));
    };
    if (window.ottawaChartExport) { run(); return; }
    if (exportWaiting) { exportWaiting.push(run); return; }
    exportWaiting = [run];
    var script = document.createElement('script');
    script.src = 'chart-export.js';
    script.setAttribute('data-chart-export', '');
    script.onload = function () { exportWaiting.forEach(function (f) { f(); }); exportWaiting = null; };
    // Not the app failing (see the error listener below): the next click asks again.
    script.onerror = function () { script.remove(); exportWaiting = null; };
    document.head.appendChild(script);
  }, true);
  var exportWaiting = null;
  // The share buttons (views/share.rs): the link and the embed code of the view as it is now,
  // copied with the Clipboard API, with or without the app. The app, once started, knows the
  // view (the address follows it up to 350 ms late); before it, or on a page with no app, the
  // address is the view. The buttons sit outside every island (views/share.rs); should one
  // ever be inside, a click kept for it (keep, above) is handled when it comes back, not twice.
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented) return;
    var button = event.target.closest ? event.target.closest('[data-share-action]') : null;
    var box = button && button.closest('[data-share]');
    if (!box) return;
    var action = button.getAttribute('data-share-action');
    var toggle = box.querySelector('[aria-controls]');
    var panel = document.getElementById(toggle.getAttribute('aria-controls'));
    var area = panel.querySelector('textarea');
    if (action === 'embed') {
      var opening = panel.hidden;
      panel.hidden = !opening;
      toggle.setAttribute('aria-expanded', String(opening));
      if (opening) area.value = embedCode(box);
      return;
    }
    var text = action === 'link' ? shareLink(box) : embedCode(box);
    if (action === 'code') area.value = text;
    copy(text, function (ok) {
      box.querySelector('[role="status"]').textContent = box.getAttribute(
        !ok ? 'data-copy-failed' : action === 'link' ? 'data-link-copied' : 'data-code-copied');
    });
  }, true);
  function pageAddress() {
    return window.location.href.split('#')[0].split('?')[0];
  }
  function sibling(address, file) {
    return address.replace(/[^\/]*$/, '') + file;
  }
  // The view's link without its section= and embed= parts (tests/native/share_links.rs holds
  // the rule and checks that what it gives reads back as the view).
  function sharedParts() {
    var fragment = app && app.current_fragment ? app.current_fragment() : window.location.hash.replace(/^#/, '');
    return fragment.split('&').filter(function (part) { return part && !/^(section|embed)=/.test(part); });
  }
  function shareLink(box) {
    var parts = sharedParts();
    var whole = box.getAttribute('data-page');
    var page = whole ? sibling(pageAddress(), whole) : pageAddress();
    var view = parts.some(function (part) { return !/^v=/.test(part); });
    return view ? page + '#' + parts.join('&') : page;
  }
  // Where the browser sizes frames to their content (frame-sizing), the style lets it, with no
  // script; elsewhere the frame keeps its height until embed.js (or Pym.js) resizes it.
  function embedCode(box) {
    // A newline not written as an escape: trunk's minifier turns '\n' into a backslash and an n.
    var newline = String.fromCharCode(10);
    var parts = sharedParts().concat('section=' + box.getAttribute('data-share'), 'embed=1');
    var src = sibling(pageAddress(), box.getAttribute('data-embed-page')) + '#' + parts.join('&');
    var title = box.getAttribute('data-title').replace(/"/g, '&quot;');
    return '<style>@supports (frame-sizing: content-height) { iframe[data-ottawa-explorer] ' +
      '{ height: auto; frame-sizing: content-height } }</style>' + newline + '<iframe src="' + src + '" title="' +
      title + '" lang="' + document.documentElement.lang + '" loading="lazy" height="900" ' +
      'style="width:100%;border:0" data-ottawa-explorer></iframe>' + newline + '<script src="' +
      sibling(pageAddress(), 'embed.js') + '" defer></scr' + 'ipt>';
  }
  // The Clipboard API, or a selected text area and the older copy command (no clipboard
  // permission, or an insecure context).
  function copy(text, done) {
    var fallback = function () {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { /* not allowed */ }
      area.remove();
      done(copied);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else fallback();
  }
  function later(island) {
    setTimeout(function () { hydrate(island); }, 0);
  }
  function allLive() {
    for (var name in islands) if (islands[name].state === 'waiting' || islands[name].state === 'hydrating') return false;
    return true;
  }
  window.ottawaExplorerIslands = {
    hydrated: function (name) {
      var island = islands[name];
      if (!island) return;
      island.state = 'live';
      island.el.setAttribute('data-live', '');
      if (hydrating === island) hydrating = null;
      carryOver(island);
      replay(island);
      if (allLive()) document.documentElement.setAttribute('data-app-ready', '');
    },
    islands: islands,
    unavailable: unavailable,
    restart: function (bindings) { started(bindings); },
    // What fresh-instance.js is started for: the part that failed, and the attempt.
    recovering: null
  };
  function schedule() {
    warmRest();
    // The first island no reader waits for would compile yew's shared code (the browser
    // compiles wasm as it first runs): a throwaway tree hydrated in a task of its own, queued
    // ahead of the islands, compiles it there (views/warm.rs; only the timeline's embed has one).
    setTimeout(function () { if (app && app.warm_up) app.warm_up(); }, 0);
    var all = document.querySelectorAll('[data-island]');
    var waiting = [];
    for (var i = 0; i < all.length; i++) {
      var island = islandOf(all[i]);
      if (island.state === 'waiting') waiting.push(island);
    }
    waiting.forEach(function (island) { if (island.urgent) hydrate(island); });
    if ('IntersectionObserver' in window) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          seen.unobserve(entry.target);
          // A part drawn afresh has let go of the element watched.
          var island = islandOf(entry.target);
          if (island) later(island);
        });
      }, { rootMargin: '200px' });
      // An island is display: contents (no box of its own): watch its first child.
      waiting.forEach(function (island) { if (island.el.firstElementChild) seen.observe(island.el.firstElementChild); });
    }
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
    (function next() {
      idle(function () {
        for (var k = 0; k < waiting.length; k++) {
          if (waiting[k].state === 'waiting') { hydrate(waiting[k]); next(); return; }
        }
      });
    })();
    if (allLive()) document.documentElement.setAttribute('data-app-ready', '');
  }
  function started(bindings) {
    bindings.start_page(function () {
      app = bindings;
      schedule();
    });
  }
  window.addEventListener('TrunkApplicationStarted', function () { started(window.wasmBindings); });
  // The rest of a recovery (notice, published HTML back, a fresh instance for the others) is
  // in fresh-instance.js, fetched only after a failure.
  function recover(island) {
    app = null;
    hydrating = null;
    attempts += 1;
    if (!island || attempts > 3) { unavailable(); return; }
    island.state = 'failed';
    // Told through the driver, not the script's address: a service worker answers from its
    // cache, and a module's import.meta.url is then the cached file's, without the query.
    // The query still makes each attempt a module of its own.
    window.ottawaExplorerIslands.recovering = { island: island.name, attempt: attempts };
    var fresh = document.createElement('script');
    fresh.type = 'module';
    fresh.src = 'fresh-instance.js?island=' + island.name + '&n=' + attempts;
    fresh.onerror = unavailable;
    document.head.appendChild(fresh);
  }
  // trunk's module loader rejects when the .js or .wasm cannot be loaded or instantiated.
  window.addEventListener('unhandledrejection', function (event) {
    if (!partTrapped(event.reason)) unavailable();
  });
  // Whether `error` is the trap that ends one part's failure (then recovered from here), rather
  // than the whole app's. A panic ends in a trap, without a word in the readers' builds
  // (xtask/src/util.rs): it is the failure of the part that was running, or, before the app
  // has started, the whole app's.
  function partTrapped(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return false;
    if (!app) return false;
    var island = hydrating || lastUsed;
    app = null;
    setTimeout(function () { recover(island); }, 0);
    return true;
  }
  // In a frame, tell the parent how tall the content is, from the first paint on and whenever
  // it changes: Pym.js's string (pymxPYMx{childId}xPYMxheightxPYMx{px}), so hosts that use
  // Pym.js need nothing new, and {type: 'ottawa-explorer:height', height, id} for embed.js.
  if (window.parent !== window) {
    // Only the characters an id needs: nothing else is echoed back to the parent.
    var child = /[?&]childId=([A-Za-z0-9_-]+)(?:&|$)/.exec(window.location.search);
    var postHeight = function () {
      // The body's own box: never the frame's height, so the frame can shrink too.
      var height = Math.ceil(document.body.getBoundingClientRect().height);
      var message = { type: 'ottawa-explorer:height', height: height };
      if (child) message.id = child[1];
      window.parent.postMessage('pymxPYMx' + (child ? child[1] : '') + 'xPYMxheightxPYMx' + height, '*');
      window.parent.postMessage(message, '*');
      // Responsive iframes (frame-sizing: content-height on the host's frame, and the page's
      // responsive-embedded-sizing opt-in) need no host script; this throws where not asked.
      try { if (window.requestResize) window.requestResize(); } catch (e) { /* not asked for */ }
    };
    document.addEventListener('DOMContentLoaded', function () {
      postHeight();
      if ('ResizeObserver' in window) new ResizeObserver(postHeight).observe(document.body);
    });
  }
  // The browser's first Intl formatter of each kind loads its locale data: a DateTimeFormat
  // ≈ 60 ms at 4× CPU, whatever its options, then ≈ 1 ms for every other. The app formats its
  // first date, number and list while it hydrates; asking here, while the page waits for the
  // wasm, takes that cost out of the hydration's long task. Each in its own idle moment; if the
  // page has had none by the time the app starts (a fast network), what is left runs then,
  // each in a task of its own queued ahead of the islands' (warmRest, from schedule). Not on a
  // page that starts its app only when a reader reaches for it.
  //
  // Even alone that first DateTimeFormat was one long task (52–128 ms at 4×, cold loads). Much
  // of it is the start of the browser's ICU, which any first formatter pays: a Collator (which
  // the app never uses) pays about half of it, a NumberFormat most of the rest, and the
  // DateTimeFormat after them costs 10–20 ms. Three tasks of 30–47, 14–41 and 10–21 ms in
  // place of one, so none blocks a reader's input for long.
  if (window.Intl) {
    warm = [
      function () { new Intl.Collator([page]); },
      function () { new Intl.NumberFormat([page]); },
      function () { new Intl.DateTimeFormat([page], { timeZone: 'UTC', month: 'short', year: 'numeric' }); },
      function () { if (Intl.ListFormat) new Intl.ListFormat(page, { type: 'conjunction' }); }
    ];
    var whenIdle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
    var warmNext = function () {
      if (warmOne()) whenIdle(warmNext);
    };
    // Not on a page with no app (no islands: the forecasts' or the sources' page for embedding).
    document.addEventListener('DOMContentLoaded', function () {
      if (document.querySelector('[data-island]')) whenIdle(warmNext);
    });
  }
  function warmOne() {
    var next = warm.shift();
    if (!next) return false;
    try { next(); } catch (e) { /* an unknown language: the app falls back itself */ }
    return true;
  }
  function warmRest() {
    for (var n = warm.length; n > 0; n--) setTimeout(warmOne, 0);
  }
  // A deployed build (not a preview) names its service worker in a meta tag: register it, so
  // the explainer works offline after the first visit.
  var worker = document.querySelector('meta[name="ottawa-explorer-service-worker"]');
  if (worker && 'serviceWorker' in navigator && window.location.protocol !== 'file:') {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(worker.getAttribute('content')).catch(function () {});
    });
  }
  window.addEventListener('error', function (event) {
    if (partTrapped(event.error)) return;
    var target = event.target;
    if (target && target !== window && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) {
      if (!target.hasAttribute('data-chart-export')) unavailable();
    }
    else if (event.error || /wasm|WebAssembly|import/i.test(String(event.message))) unavailable();
  }, true);
})();
