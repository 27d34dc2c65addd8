// Downloads a chart as it is drawn now: SVG (the element with its computed colours written
// onto it as presentation attributes, so it looks the same outside the page) and PNG (that SVG
// drawn on a canvas at 2×). boot.js fetches this file on the first click of a download button
// (`data-chart-download`), so a reader who never downloads never loads it, and a download
// needs no app: it works before the part is live, and without the WebAssembly. A classic
// script with no dependencies, defining one function; nothing here talks to another origin.
(function () {
  'use strict';
  var PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family',
    'font-size', 'font-weight', 'opacity', 'display'];
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // The SVG's markup with the computed colours, strokes and fonts written on every element.
  function standalone(original) {
    var copy = original.cloneNode(true);
    var from = [original].concat(Array.prototype.slice.call(original.querySelectorAll('*')));
    var to = [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('*')));
    for (var i = 0; i < from.length && i < to.length; i++) {
      var style = window.getComputedStyle(from[i]);
      // Presentation attributes, not a style attribute: the page's policy forbids inline
      // styles, and an SVG file reads these the same way.
      PROPERTIES.forEach(function (property) {
        var value = style.getPropertyValue(property);
        if (value) to[i].setAttribute(property, value);
      });
    }
    // The map's states are <use>s of outlines drawn elsewhere in the page (see
    // views/scenario/map.rs): a file on its own needs each outline itself.
    Array.prototype.forEach.call(copy.querySelectorAll('use'), function (used) {
      var href = used.getAttribute('href') || '';
      var outline = document.getElementById(href.replace(/^#/, ''));
      var d = outline && outline.getAttribute('d');
      if (!d) return;
      var path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      PROPERTIES.concat(['class']).forEach(function (name) {
        var value = used.getAttribute(name);
        if (value !== null) path.setAttribute(name, value);
      });
      used.replaceWith(path);
    });
    copy.setAttribute('xmlns', SVG_NS);
    var box = original.getBoundingClientRect();
    copy.setAttribute('width', String(Math.round(box.width)));
    copy.setAttribute('height', String(Math.round(box.height)));
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + copy.outerHTML;
  }

  function save(href, fileName) {
    var link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.click();
  }

  function png(original, svg, fileName) {
    var box = original.getBoundingClientRect();
    var width = Math.max(box.width, 1) * 2;
    var height = Math.max(box.height, 1) * 2;
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      var context = canvas.getContext('2d');
      if (!context) return;
      context.drawImage(image, 0, 0, width, height);
      save(canvas.toDataURL('image/png'), fileName);
    };
    // A data: URL, not a blob: one — the page's policy allows images from data: only.
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }

  // kind: "svg" or "png"; selector: the chart's <svg>; name: the file's name without extension.
  window.ottawaChartExport = function (kind, selector, name) {
    var original = document.querySelector(selector);
    if (!original) return;
    var svg = standalone(original);
    if (kind === 'png') {
      png(original, svg, name + '.png');
      return;
    }
    var url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    save(url, name + '.svg');
    URL.revokeObjectURL(url);
  };
})();
