// Draws the impact page's graph with Cytoscape.js (served by the app): the starts and the hits as
// nodes coloured by kind (the colours come from the key's swatches, set in registry.css), each start
// a star with a heavy outline, and the links of the explaining paths as edges. Selecting a node
// opens its page. A large neighbourhood starts collapsed to the first depths; a button shows the
// next depth. The graph takes the keyboard focus: the arrow keys move a yellow ring from node to
// node in depth order, Enter opens the one ringed, and a live line below says which it is.
(function () {
  'use strict';
  var container = document.getElementById('impact-graph');
  if (!container || typeof window.cytoscape !== 'function') {
    return;
  }
  var graph = JSON.parse(container.getAttribute('data-graph'));
  var status = document.getElementById('graph-status');
  var expand = document.getElementById('graph-expand');
  var announce = document.getElementById('graph-focus');
  var COLLAPSE_ABOVE = 40;
  var FIRST_DEPTH = 2;
  var INK = '#0b0c0c';
  var FOCUS = '#ffdd00';

  function swatch(kind) {
    return document.querySelector('#graph-legend [data-kind="' + kind + '"]');
  }

  function colourOf(kind) {
    var s = swatch(kind);
    return s ? getComputedStyle(s).backgroundColor : '#505a5f';
  }

  function kindLabel(kind) {
    var s = swatch(kind);
    return s ? s.parentNode.textContent.trim() : 'Resource';
  }

  var elements = graph.nodes.map(function (n) {
    return { group: 'nodes', data: { id: n.id, name: n.name, label: n.label, depth: n.depth,
      start: n.start, href: n.href, kind: n.kind, colour: colourOf(n.kind) } };
  }).concat(graph.edges.map(function (e, i) {
    return { group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } };
  }));

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      // A dark outline gives every node 3:1 contrast with the white ground, whatever its kind's
      // colour; labels are near-black on a white backing, over edges too.
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'border-width': 1.5, 'border-color': INK,
        'label': 'data(name)', 'font-size': 11, 'font-family': 'arial, sans-serif', 'color': INK,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.85, 'text-background-padding': 1, 'width': 18, 'height': 18 } },
      // No kind is drawn as a star: the start stands out by its shape, size and outline.
      { selector: 'node[?start]', style: {
        'shape': 'star', 'width': 40, 'height': 40, 'border-width': 4,
        'font-weight': 'bold', 'font-size': 14 } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#6f777b', 'target-arrow-color': '#6f777b',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: 'node:active, node:selected', style: { 'overlay-color': FOCUS, 'overlay-opacity': 0.5 } },
      // GOV.UK's focus colours: a yellow ring and the label on yellow.
      { selector: 'node.registry-focus', style: {
        'underlay-color': FOCUS, 'underlay-opacity': 1, 'underlay-padding': 12,
        'underlay-shape': 'ellipse', 'text-background-color': FOCUS,
        'text-background-opacity': 1, 'font-weight': 'bold', 'font-size': 16, 'z-index': 10 } }
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
      '. Select a resource to open its page, or focus the graph, move with the arrow keys and' +
      ' press Enter; the table below lists them all.';
    if (shownDepth < graph.maxDepth) {
      expand.hidden = false;
      expand.textContent = 'Show depth ' + (shownDepth + 1);
    } else {
      expand.hidden = true;
    }
  }

  // The nodes the keyboard moves through: those shown, nearest the start first.
  function route() {
    return cy.nodes(':visible').toArray().sort(function (a, b) {
      return a.data('depth') - b.data('depth');
    });
  }

  var focused = null;

  function focusNode(node) {
    cy.nodes('.registry-focus').removeClass('registry-focus');
    focused = node;
    node.addClass('registry-focus');
    var box = cy.extent();
    var at = node.position();
    if (at.x < box.x1 || at.x > box.x2 || at.y < box.y1 || at.y > box.y2) {
      cy.center(node);
    }
    var nodes = route();
    var where = node.data('start') ? 'where the change starts' : 'depth ' + node.data('depth');
    var label = node.data('label') && node.data('label') !== node.data('name')
      ? ' ' + node.data('label') : '';
    announce.textContent = node.data('name') + label + ': ' + kindLabel(node.data('kind')) +
      ', ' + where + ' (' + (nodes.indexOf(node) + 1) + ' of ' + nodes.length +
      ' shown). Enter opens its page.';
  }

  function move(step) {
    var nodes = route();
    var at = focused ? nodes.indexOf(focused) : -1;
    var next = step === 'first' ? 0 : step === 'last' ? nodes.length - 1
      : Math.min(Math.max(at + step, 0), nodes.length - 1);
    focusNode(nodes[next]);
  }

  var KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };

  container.setAttribute('tabindex', '0');
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute('aria-label', container.getAttribute('aria-label') +
    ' The arrow keys move between the resources shown, nearest the start first; Enter opens one.');
  container.addEventListener('focus', function () {
    if (focused && focused.visible()) {
      focusNode(focused);
    } else {
      move('first');
    }
  });
  container.addEventListener('blur', function () {
    cy.nodes('.registry-focus').removeClass('registry-focus');
  });
  container.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (Object.prototype.hasOwnProperty.call(KEYS, event.key)) {
      event.preventDefault();
      move(KEYS[event.key]);
    } else if (event.key === 'Enter' && focused) {
      event.preventDefault();
      window.location.assign(focused.data('href'));
    }
  });

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
