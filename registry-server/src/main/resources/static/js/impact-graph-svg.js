// Writes the impact graph as drawn (the resources and links shown, where they stand, in their
// colours) as a standalone SVG document, for the "Download SVG" button. Cytoscape.js draws on a
// canvas and exports only bitmaps, so the vector picture is written here from its model.
(function () {
  'use strict';
  var INK = '#0b0c0c';
  var LINK = '#6f777b';
  var PAD = 40;

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function round(v) {
    return Math.round(v * 10) / 10;
  }

  // The points of a five-pointed star of this outer radius around (x, y), as Cytoscape draws one.
  function star(x, y, r) {
    var points = [];
    for (var i = 0; i < 10; i++) {
      var radius = i % 2 === 0 ? r : r * 0.4;
      var angle = -Math.PI / 2 + (i * Math.PI) / 5;
      points.push(round(x + radius * Math.cos(angle)) + ',' + round(y + radius * Math.sin(angle)));
    }
    return points.join(' ');
  }

  function edge(e) {
    var s = e.source().position();
    var t = e.target().position();
    var dx = t.x - s.x;
    var dy = t.y - s.y;
    var length = Math.sqrt(dx * dx + dy * dy) || 1;
    var from = e.source().width() / 2;
    var to = e.target().width() / 2 + 2;
    var x1 = s.x + (dx / length) * from;
    var y1 = s.y + (dy / length) * from;
    var x2 = t.x - (dx / length) * to;
    var y2 = t.y - (dy / length) * to;
    var mx = (s.x + t.x) / 2;
    var my = (s.y + t.y) / 2;
    var angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (angle > 90 || angle < -90) {
      angle += 180;
    }
    return '<line class="link" x1="' + round(x1) + '" y1="' + round(y1) + '" x2="' + round(x2) +
      '" y2="' + round(y2) + '" stroke="' + LINK + '" stroke-width="1.5" marker-end="url(#arrow)"/>' +
      '<text class="relation" x="' + round(mx) + '" y="' + round(my - 3) + '" font-size="9" fill="#505a5f"' +
      ' text-anchor="middle" transform="rotate(' + round(angle) + ' ' + round(mx) + ' ' + round(my) + ')">' +
      escape(e.data('label')) + '</text>';
  }

  function node(n) {
    var p = n.position();
    var r = n.width() / 2;
    var fill = n.data('colour');
    var outline = n.data('more') ? ' stroke-dasharray="3 2"' : '';
    var shape = n.data('start')
      ? '<polygon points="' + star(p.x, p.y, r) + '" fill="' + fill + '" stroke="' + INK + '" stroke-width="4"/>'
      : '<circle cx="' + round(p.x) + '" cy="' + round(p.y) + '" r="' + round(r) + '" fill="' + fill +
        '" stroke="' + INK + '" stroke-width="1.5"' + outline + '/>';
    return '<g class="resource"><title>' + escape(n.data('name') + ' ' + n.data('label')) + '</title>' +
      shape + '<text x="' + round(p.x + r + 4) + '" y="' + round(p.y + 4) + '" font-size="' +
      (n.data('start') ? 14 : 11) + '"' + (n.data('start') ? ' font-weight="bold"' : '') +
      ' fill="' + INK + '">' + escape(n.data('name')) + '</text></g>';
  }

  /** Returns the SVG document of what the graph shows, with this title. */
  function svg(cy, title) {
    var nodes = cy.nodes(':visible');
    var edges = cy.edges(':visible');
    var box = nodes.boundingBox({ includeLabels: true });
    var x = box.x1 - PAD;
    var y = box.y1 - PAD;
    var w = box.w + 2 * PAD;
    var h = box.h + 2 * PAD;
    return '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="' + [round(x), round(y), round(w), round(h)].join(' ') +
      '" width="' + Math.ceil(w) + '" height="' + Math.ceil(h) + '" font-family="arial, sans-serif">' +
      '<title>' + escape(title) + '</title>' +
      '<desc>' + nodes.length + ' resources and ' + edges.length + ' links, by depth from the start, left to right</desc>' +
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"' +
      ' orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="' + LINK + '"/></marker></defs>' +
      '<rect x="' + round(x) + '" y="' + round(y) + '" width="' + round(w) + '" height="' + round(h) + '" fill="#ffffff"/>' +
      '<g class="links">' + edges.map(edge).join('') + '</g>' +
      '<g class="resources">' + nodes.map(node).join('') + '</g></svg>\n';
  }

  window.registryGraphSvg = svg;
})();
