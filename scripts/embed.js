/*! ottawa-explorer embed.js: keeps each explainer <iframe data-ottawa-explorer> as tall as its
 * content. No dependencies.
 *
 * The frame posts {"type": "ottawa-explorer:height", "height": <px>} whenever its content
 * changes height. This script accepts such a message only from one of the page's explainer
 * frames, and only from that frame's own origin or an origin listed in the frame's
 * data-allowed-origins attribute (space-separated). Any other message is ignored; nothing in a
 * message is ever navigated to or run.
 *
 *   <iframe src="https://example.org/explainer/#v=1&embed=1&section=timeline" title="..."
 *           data-ottawa-explorer style="width:100%;border:0" height="900"></iframe>
 *   <script src="https://example.org/explainer/embed.js" defer></script>
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 100000;

  function originOf(url) {
    try { return new URL(url, window.location.href).origin; } catch (e) { return null; }
  }

  function allowedOrigins(frame) {
    var list = (frame.getAttribute('data-allowed-origins') || '').split(/\s+/).filter(Boolean);
    var own = originOf(frame.getAttribute('src') || '');
    if (own) list.push(own);
    return list;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'ottawa-explorer:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-ottawa-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && allowedOrigins(frame).indexOf(event.origin) !== -1) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
