// Keyboard and offline helpers the default story's suite (tests/e2e/) and the flows every
// story shares (tests/e2e-stories/) both use: what Tab should reach, whether the focused control
// shows its ring, and waiting for the service worker before going offline.

// What the keyboard should reach: every visible control (one per radio group, and the
// timeline's markers are a single tab stop by design), as tests/e2e/a11y.spec.js counts them.
function expectedStops(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('[hidden], details:not([open]) > :not(summary)');
    };
    const selector = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]';
    const seenGroups = new Set();
    return [...document.querySelectorAll(selector)].filter(visible).filter((el) => {
      if (el.type === 'radio') {
        if (seenGroups.has(el.name)) return false;
        seenGroups.add(el.name);
      }
      return true;
    }).length;
  });
}

/** The focused control (a stable id, its name) and whether it shows a focus ring; null if none. */
function focusRing(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    if (!el.dataset.walk) el.dataset.walk = String(Math.random());
    const style = getComputedStyle(el);
    // SVG controls draw their ring as a stroke (see styles/main.css); the rest an outline.
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      || el.matches('.marker, .cluster, .map-state');
    return { id: el.dataset.walk, ring, name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40) || el.tagName };
  });
}

/** Waits until the service worker controls the page (it claims its clients on activation). */
async function whenServiceWorkerControls(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

module.exports = { expectedStops, focusRing, whenServiceWorkerControls };
