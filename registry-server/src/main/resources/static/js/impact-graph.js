// Draws the impact page's graph with Cytoscape.js (served by the app): the starts and the hits as
// nodes coloured by kind (the colours come from the key's swatches, set in registry.css), the start
// outlined, and the links of the explaining paths as edges. Selecting a node opens its page. A
// large neighbourhood starts collapsed to the first depths; a button shows the next depth.
(function () {
  'use strict';
  var container = document.getElementById('impact-graph');
  if (!container || typeof window.cytoscape !== 'function') {
    return;
  }
  var graph = JSON.parse(container.getAttribute('data-graph'));
  var status = document.getElementById('graph-status');
  var expand = document.getElementById('graph-expand');
  var COLLAPSE_ABOVE = 40;
  var FIRST_DEPTH = 2;

  function colourOf(kind) {
    var swatch = document.querySelector('#graph-legend [data-kind="' + kind + '"]');
    return swatch ? getComputedStyle(swatch).backgroundColor : '#505a5f';
  }

  var elements = graph.nodes.map(function (n) {
    return { group: 'nodes', data: { id: n.id, name: n.name, label: n.label, depth: n.depth,
      start: n.start, href: n.href, colour: colourOf(n.kind) } };
  }).concat(graph.edges.map(function (e, i) {
    return { group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } };
  }));

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(name)', 'font-size': 11,
        'font-family': 'arial, sans-serif', 'color': '#0b0c0c', 'text-valign': 'bottom',
        'text-margin-y': 3, 'width': 18, 'height': 18 } },
      { selector: 'node[?start]', style: {
        'width': 34, 'height': 34, 'border-width': 5, 'border-color': '#0b0c0c',
        'font-weight': 'bold', 'font-size': 14 } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#b1b4b6', 'target-arrow-color': '#b1b4b6',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: 'node:active, node:selected', style: { 'overlay-color': '#ffdd00', 'overlay-opacity': 0.5 } }
    ]
  });
  window.registryImpactGraph = cy;

  var shownDepth = graph.nodes.length > COLLAPSE_ABOVE ? Math.min(FIRST_DEPTH, graph.maxDepth) : graph.maxDepth;

  function show() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.style('display', n.data('depth') <= shownDepth ? 'element' : 'none');
      });
    });
    var visible = cy.nodes(':visible');
    visible.union(visible.edgesWith(visible)).layout({
      name: 'concentric', animate: false, minNodeSpacing: 12,
      concentric: function (n) { return graph.maxDepth + 1 - n.data('depth'); },
      levelWidth: function () { return 1; }
    }).run();
    cy.fit(visible, 20);
    status.textContent = 'Showing ' + visible.length + ' of ' + graph.nodes.length +
      ' resources, up to depth ' + shownDepth + ' of ' + graph.maxDepth +
      '. Select a resource to open its page; the table below lists them all.';
    if (shownDepth < graph.maxDepth) {
      expand.hidden = false;
      expand.textContent = 'Show depth ' + (shownDepth + 1);
    } else {
      expand.hidden = true;
    }
  }

  expand.addEventListener('click', function () {
    shownDepth = Math.min(shownDepth + 1, graph.maxDepth);
    show();
    expand.focus();
    if (expand.hidden) {
      status.focus();
    }
  });
  cy.on('tap', 'node', function (event) {
    window.location.assign(event.target.data('href'));
  });
  cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', function () { container.style.cursor = ''; });
  status.setAttribute('tabindex', '-1');
  show();
})();
