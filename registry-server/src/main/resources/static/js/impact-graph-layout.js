// The impact graph's layered layout: each depth from the start is a layer, left to right, so a
// resource's distance from the change is where it stands. A layer with more resources than a column
// holds wraps into columns of its own; the column height is chosen so that the whole picture has
// about the shape of the view. Within a layer resources are ordered by where their parents stand
// (the mean rank of the nodes that lead to them), so that links mostly run straight and siblings
// stay together.
// Pure: it takes plain nodes and edges and returns positions; impact-graph.js applies them.
(function () {
  'use strict';
  var ROW = 34;
  var COLUMN = 170;
  var LAYER_GAP = 170;
  var MIN_ROWS = 8;

  // How many resources a column holds: the number whose picture's width to height is nearest the
  // view's (aspect), but never fewer than MIN_ROWS.
  function rowsFor(sizes, aspect) {
    var tallest = Math.max.apply(null, sizes);
    var best = tallest;
    var bestMiss = Infinity;
    for (var rows = Math.min(MIN_ROWS, tallest); rows <= tallest; rows++) {
      var width = sizes.reduce(function (w, n) {
        return w + Math.ceil(n / rows) * COLUMN + LAYER_GAP;
      }, 0);
      var miss = Math.abs(Math.log(width / (rows * ROW) / aspect));
      if (miss < bestMiss) {
        best = rows;
        bestMiss = miss;
      }
    }
    return best;
  }

  /**
   * Returns {positions: {id: {x, y}}, layers: [{depth, x1, x2}]} for nodes ({id, depth}) and
   * edges ({source, target}), for a view this many times as wide as high (aspect, default 1.5);
   * layers appear in depth order, and layer d lies wholly left of d+1.
   */
  function layered(nodes, edges, aspect) {
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
    var depths = Object.keys(byDepth).map(Number).sort(function (a, b) { return a - b; });
    var maxRows = depths.length
      ? rowsFor(depths.map(function (d) { return byDepth[d].length; }), aspect || 1.5) : 1;
    depths.forEach(function (depth) {
      var layer = byDepth[depth];
      layer.forEach(function (n) {
        var placed = (parents[n.id] || []).filter(function (p) { return rank[p] !== undefined; });
        n.key = placed.length
          ? placed.reduce(function (sum, p) { return sum + rank[p]; }, 0) / placed.length
          : 0;
      });
      layer.sort(function (a, b) { return a.key - b.key || a.walk - b.walk; });
      var rows = Math.min(layer.length, maxRows);
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
