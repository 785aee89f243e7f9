// The impact graph's layered layout: each depth from the start is a layer, left to right, so a
// resource's distance from the change is where it stands. A layer taller than the view wraps into
// columns of its own, and its resources are ordered by where their parents stand (the mean rank of
// the nodes that lead to them), so that links mostly run straight and siblings stay together.
// Pure: it takes plain nodes and edges and returns positions; impact-graph.js applies them.
(function () {
  'use strict';
  var ROW = 34;
  var COLUMN = 200;
  var LAYER_GAP = 170;
  var MIN_ROWS = 12;

  // How many resources a column of a layer holds: about three times as tall as wide in nodes.
  function rowsFor(count) {
    return Math.min(count, Math.max(MIN_ROWS, Math.ceil(Math.sqrt(count * 3))));
  }

  /**
   * Returns {positions: {id: {x, y}}, layers: [{depth, x1, x2}]} for nodes ({id, depth}) and
   * edges ({source, target}); layers appear in depth order, and layer d lies wholly left of d+1.
   */
  function layered(nodes, edges) {
    var byDepth = {};
    nodes.forEach(function (n, i) {
      (byDepth[n.depth] = byDepth[n.depth] || []).push({ id: n.id, walk: i });
    });
    var parents = {};
    edges.forEach(function (e) {
      (parents[e.target] = parents[e.target] || []).push(e.source);
    });
    var rank = {};
    var positions = {};
    var layers = [];
    var x = 0;
    Object.keys(byDepth).map(Number).sort(function (a, b) { return a - b; }).forEach(function (depth) {
      var layer = byDepth[depth];
      layer.forEach(function (n) {
        var placed = (parents[n.id] || []).filter(function (p) { return rank[p] !== undefined; });
        n.key = placed.length
          ? placed.reduce(function (sum, p) { return sum + rank[p]; }, 0) / placed.length
          : 0;
      });
      layer.sort(function (a, b) { return a.key - b.key || a.walk - b.walk; });
      var rows = rowsFor(layer.length);
      var columns = Math.ceil(layer.length / rows);
      layer.forEach(function (n, i) {
        var column = Math.floor(i / rows);
        var row = i % rows;
        positions[n.id] = { x: x + column * COLUMN, y: (row - (rows - 1) / 2) * ROW };
        rank[n.id] = (i + 0.5) / layer.length;
      });
      layers.push({ depth: depth, x1: x, x2: x + (columns - 1) * COLUMN });
      x += (columns - 1) * COLUMN + COLUMN + LAYER_GAP;
    });
    return { positions: positions, layers: layers };
  }

  window.registryGraphLayout = { layered: layered };
})();
