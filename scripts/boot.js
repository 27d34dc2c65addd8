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
  // At the top of a window (never inside a frame, which the host page chose), open the
  // edition a link names (lang=lt), else, from the English page, the first of the reader's
  // browser languages that has one; the rest of the link stays as it is. This runs before the
  // first paint, so no English flashes by; without JavaScript the page stays as it is.
  if (window.top === window) {
    var page = document.documentElement.lang;
    var editions = {};
    var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
    for (var i = 0; i < links.length; i++) editions[links[i].hreflang] = links[i].getAttribute('href');
    var named = /(?:^#|&)lang=([a-z]{2})(?:&|$)/.exec(window.location.hash);
    var wanted = named ? named[1] : null;
    if (!wanted && page === 'en') {
      var preferred = navigator.languages || [navigator.language];
      for (var j = 0; j < preferred.length && !wanted; j++) {
        var primary = String(preferred[j]).split(/[-_]/)[0].toLowerCase();
        if (primary === 'en') break;
        if (editions[primary]) wanted = primary;
      }
    }
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
  // trunk's module loader rejects when the .js or .wasm cannot be loaded or instantiated.
  window.addEventListener('unhandledrejection', unavailable);
  // A deployed build (not a preview) names its service worker in a meta tag: register it, so
  // the explainer works offline after the first visit.
  var worker = document.querySelector('meta[name="ottawa-explorer-service-worker"]');
  if (worker && 'serviceWorker' in navigator && window.location.protocol !== 'file:') {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(worker.getAttribute('content')).catch(function () {});
    });
  }
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) unavailable();
    else if (event.error || /wasm|WebAssembly|import/i.test(String(event.message))) unavailable();
  }, true);
})();
