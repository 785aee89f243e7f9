// Draws the impact page's graph with Cytoscape.js (served by the app): the starts and the hits as
// nodes coloured by kind (the colours come from the key's swatches, set in registry.css), each start
// a star with a heavy outline, and the links of the explaining paths as edges named by their
// relation. Nodes stand in layers by depth from the start (impact-graph-layout.js). A large
// neighbourhood starts collapsed to the first depths: a button shows the next depth, and selecting
// a node shows it in the panel beside the graph and reveals what it touches, fetching it from
// /api/impact/graph when the graph stopped at its cap there; Shift- or Ctrl-click (or the panel's
// link) opens its page. Buttons zoom, fit, fill the screen (impact-graph-fullscreen.js) and
// download the picture as PNG or SVG (impact-graph-svg.js); checkboxes hide kinds. With the keyboard, the graph takes the focus: the
// arrow keys move a yellow ring from node to node in depth order, Enter selects the one ringed,
// Shift+Enter opens its page, + and - zoom, 0 fits, and a live line below says which it is.
(function () {
  'use strict';
  var container = document.getElementById('impact-graph');
  var panel = document.getElementById('graph-panel');
  if (!container || !panel || typeof window.cytoscape !== 'function' || !window.registryGraphLayout ||
      !window.registryGraphFullScreen) {
    return;
  }
  var graph = JSON.parse(container.getAttribute('data-graph'));
  var $ = function (id) { return document.getElementById(id); };
  var status = $('graph-status');
  var expand = $('graph-expand');
  var announce = $('graph-focus');
  var details = {
    aside: $('graph-details'), empty: $('graph-details-empty'), body: $('graph-details-body'),
    name: $('graph-details-name'), label: $('graph-details-label'), where: $('graph-details-where'),
    via: $('graph-details-via'), next: $('graph-details-next'), expand: $('graph-details-expand'),
    open: $('graph-details-open')
  };
  var fullButton = $('graph-fullscreen');
  var api = panel.getAttribute('data-graph-api');
  var depthLimit = /^\d+$/.test(panel.getAttribute('data-depth-limit') || '')
    ? Number(panel.getAttribute('data-depth-limit')) : null;
  var COLLAPSE_ABOVE = 40;
  var FIRST_DEPTH = 2;
  var ZOOM_STEP = 1.25;
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

  function nodeElement(n, depth, more) {
    return { group: 'nodes', data: { id: n.id, name: n.name, label: n.label, depth: depth,
      start: n.start, href: n.href, kind: n.kind, colour: colourOf(n.kind), more: more, shown: false } };
  }

  function edgeElement(e) {
    return { group: 'edges', data: { id: 'e ' + e.source + ' ' + e.target + ' ' + e.label,
      source: e.source, target: e.target, label: e.label } };
  }

  var cy = window.cytoscape({
    container: container,
    elements: graph.nodes.map(function (n) { return nodeElement(n, n.depth, n.more); })
      .concat(graph.edges.map(edgeElement)),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 3,
    boxSelectionEnabled: false,
    layout: { name: 'preset' },
    style: [
      // A dark outline gives every node 3:1 contrast with the white ground, whatever its kind's
      // colour; labels are near-black on a white backing, over edges too. Labels too small to
      // read once zoomed out are not drawn at all.
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'border-width': 1.5, 'border-color': INK,
        'label': 'data(name)', 'font-size': 11, 'font-family': 'arial, sans-serif', 'color': INK,
        'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4,
        'text-max-width': 120, 'text-wrap': 'ellipsis', 'min-zoomed-font-size': 7,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': 1, 'width': 18, 'height': 18 } },
      // No kind is drawn as a star: the start stands out by its shape, size and outline.
      { selector: 'node[?start]', style: {
        'shape': 'star', 'width': 40, 'height': 40, 'border-width': 4,
        'font-weight': 'bold', 'font-size': 14 } },
      // A dashed outline: it links on to resources the graph does not hold yet.
      { selector: 'node[?more]', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#6f777b', 'target-arrow-color': '#6f777b',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
        'label': 'data(label)', 'font-size': 9, 'font-family': 'arial, sans-serif',
        'color': '#505a5f', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': 1 } },
      { selector: 'node:selected', style: {
        'underlay-color': INK, 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
      // GOV.UK's focus colours: a yellow ring and the label on yellow.
      { selector: 'node.registry-focus', style: {
        'underlay-color': FOCUS, 'underlay-opacity': 1, 'underlay-padding': 12,
        'underlay-shape': 'ellipse', 'text-background-color': FOCUS,
        'text-background-opacity': 1, 'font-weight': 'bold', 'font-size': 16, 'z-index': 10 } }
    ]
  });
  window.registryImpactGraph = cy;

  var hiddenKinds = {};

  function visible(n) {
    return n.data('shown') && (n.data('start') || !hiddenKinds[n.data('kind')]);
  }

  // Places the nodes revealed in layers by depth; those hidden only by their kind keep their
  // place, so that ticking a kind back does not move the picture.
  function relayout() {
    var shown = cy.nodes('[?shown]');
    var layout = window.registryGraphLayout.layered(
      shown.map(function (n) { return { id: n.id(), depth: n.data('depth') }; }),
      shown.edgesWith(shown).map(function (e) {
        return { source: e.source().id(), target: e.target().id() };
      }),
      cy.width() / Math.max(cy.height(), 1));
    cy.batch(function () {
      shown.forEach(function (n) { n.position(layout.positions[n.id()]); });
    });
  }

  function nextDepth() {
    var hidden = cy.nodes('[!shown]');
    return hidden.empty() ? null : Math.min.apply(null, hidden.map(function (n) { return n.data('depth'); }));
  }

  function refresh() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.style('display', visible(n) ? 'element' : 'none'); });
    });
    var seen = cy.nodes(':visible');
    var deepest = Math.max.apply(null, seen.map(function (n) { return n.data('depth'); }).concat([0]));
    var byKind = cy.nodes('[?shown]').length - seen.length;
    status.textContent = 'Showing ' + seen.length + ' of ' + cy.nodes().length +
      ' resources, up to depth ' + deepest + ' of ' + Math.max(graph.maxDepth, deepest) +
      (byKind > 0 ? ' (' + byKind + ' hidden by kind)' : '') +
      '. Select a resource to see it beside the graph and show what it touches; Shift-click or' +
      ' Ctrl-click opens its page. Zoom in to read labels too small to draw. The table below' +
      ' lists every resource.';
    var next = nextDepth();
    expand.hidden = next === null;
    if (next !== null) {
      expand.textContent = 'Show depth ' + next;
    }
  }

  function fit() {
    cy.fit(cy.nodes(':visible'), 30);
  }

  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // Relays out around a node: it stays where it was on the screen, so the eye does not lose it.
  function relayoutAround(node) {
    var before = node.renderedPosition();
    relayout();
    var after = node.renderedPosition();
    cy.panBy({ x: before.x - after.x, y: before.y - after.y });
    refresh();
  }

  function children(node) {
    return node.outgoers('node').filter(function (c) { return c.data('depth') > node.data('depth'); });
  }

  function describe(node) {
    details.empty.hidden = true;
    details.body.hidden = false;
    details.name.textContent = node.data('name');
    details.label.textContent = node.data('label') !== node.data('name') ? node.data('label') : '';
    details.where.textContent = kindLabel(node.data('kind')) + ', ' +
      (node.data('start') ? 'where the change starts' : 'depth ' + node.data('depth'));
    details.via.textContent = '';
    node.incomers('edge').forEach(function (e) {
      var item = document.createElement('li');
      item.textContent = 'From ' + e.source().data('name') + ', which it is ' + e.data('label');
      details.via.appendChild(item);
    });
    var touches = children(node);
    var hidden = touches.filter(function (c) { return !c.data('shown'); });
    details.next.textContent = (touches.length === 1 ? 'It touches 1 resource here' :
      'It touches ' + touches.length + ' resources here') +
      (hidden.length ? ', ' + hidden.length + ' not shown yet' : '') +
      (node.data('more') ? ', and links on beyond the graph.' : '.');
    details.expand.disabled = hidden.empty() && !node.data('more');
    details.open.href = node.data('href');
    details.open.textContent = 'Open the page of ' + node.data('name');
  }

  function fetchMore(node) {
    var url = api + (api.indexOf('?') < 0 ? '?' : '&') + 'from=' + encodeURIComponent(node.id()) + '&depth=1';
    details.next.textContent = 'Fetching what ' + node.data('name') + ' touches…';
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (reply) {
        if (!reply.ok) {
          throw new Error('status ' + reply.status);
        }
        return reply.json();
      })
      .then(function (more) {
        var depth = node.data('depth') + 1;
        var added = [];
        more.nodes.forEach(function (n) {
          if (!n.start && cy.getElementById(n.id).empty()) {
            var element = nodeElement(n, depth, depthLimit === null || depth < depthLimit);
            element.data.shown = true;
            added.push(element);
          }
        });
        cy.add(added);
        cy.add(more.edges.filter(function (e) {
          return cy.getElementById(edgeElement(e).data.id).empty() &&
            cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty();
        }).map(edgeElement));
        node.data('more', false);
        relayoutAround(node);
        describe(node);
        announce.textContent = added.length + ' more resources that ' + node.data('name') + ' touches are shown.';
      })
      .catch(function () {
        details.next.textContent = 'What ' + node.data('name') + ' touches could not be fetched; the table lists what the walk found.';
      });
  }

  // Selecting a node shows it beside the graph and reveals the next depth from it.
  function select(node) {
    cy.$(':selected').unselect();
    node.select();
    var hidden = children(node).filter(function (c) { return !c.data('shown'); });
    if (hidden.nonempty()) {
      hidden.forEach(function (c) { c.data('shown', true); });
      relayoutAround(node);
    } else if (node.data('more')) {
      fetchMore(node);
    }
    describe(node);
  }

  function open(node, newTab) {
    if (newTab) {
      window.open(node.data('href'), '_blank', 'noopener');
    } else {
      window.location.assign(node.data('href'));
    }
  }

  // The nodes the keyboard moves through: those shown, nearest the start first, then as they
  // stand in their layer.
  function route() {
    return cy.nodes(':visible').toArray().sort(function (a, b) {
      return a.data('depth') - b.data('depth') || a.position('x') - b.position('x') ||
        a.position('y') - b.position('y');
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
      ' shown). Enter selects it and shows what it touches; Shift+Enter opens its page.';
  }

  function move(step) {
    var nodes = route();
    var at = focused ? nodes.indexOf(focused) : -1;
    var next = step === 'first' ? 0 : step === 'last' ? nodes.length - 1
      : Math.min(Math.max(at + step, 0), nodes.length - 1);
    focusNode(nodes[next]);
  }

  function fileName(extension) {
    var start = cy.nodes('[?start]').first();
    var name = start.nonempty() ? String(start.data('name')).replace(/[^A-Za-z0-9-]+/g, '-') : 'graph';
    return 'impact-' + name + '-graph.' + extension;
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    announce.textContent = 'Downloaded ' + name + '.';
  }

  function title() {
    return 'What a change to ' + cy.nodes('[?start]').map(function (n) { return n.data('name'); }).join(', ') +
      ' touches: ' + cy.nodes(':visible').length + ' resources by depth';
  }

  var KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };

  container.setAttribute('tabindex', '0');
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute('aria-label', container.getAttribute('aria-label') +
    ' The arrow keys move between the resources shown, nearest the start first; Enter selects' +
    ' one and shows what it touches; Shift+Enter opens its page; plus and minus zoom, 0 fits.');
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
    if (event.altKey) {
      return;
    }
    var modified = event.ctrlKey || event.metaKey || event.shiftKey;
    if (!modified && Object.prototype.hasOwnProperty.call(KEYS, event.key)) {
      event.preventDefault();
      move(KEYS[event.key]);
    } else if (event.key === 'Enter' && focused) {
      event.preventDefault();
      if (modified) {
        open(focused, event.ctrlKey || event.metaKey);
      } else {
        select(focused);
      }
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomBy(ZOOM_STEP);
    } else if (event.key === '-') {
      event.preventDefault();
      zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0') {
      event.preventDefault();
      fit();
    }
  });

  expand.addEventListener('click', function () {
    var next = nextDepth();
    cy.nodes('[!shown]').filter(function (n) { return n.data('depth') === next; })
      .forEach(function (n) { n.data('shown', true); });
    relayout();
    refresh();
    fit();
    if (expand.hidden) {
      status.focus();
    }
  });
  $('graph-zoom-in').addEventListener('click', function () { zoomBy(ZOOM_STEP); });
  $('graph-zoom-out').addEventListener('click', function () { zoomBy(1 / ZOOM_STEP); });
  $('graph-fit').addEventListener('click', fit);
  window.registryGraphFullScreen(panel, fullButton, function () {
    cy.resize();
    fit();
  });
  $('graph-export-png').addEventListener('click', function () {
    cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 })
      .then(function (blob) { save(blob, fileName('png')); });
  });
  $('graph-export-svg').addEventListener('click', function () {
    save(new Blob([window.registryGraphSvg(cy, title())], { type: 'image/svg+xml' }), fileName('svg'));
  });
  document.querySelectorAll('#graph-filter input[type=checkbox]').forEach(function (box) {
    box.addEventListener('change', function () {
      hiddenKinds[box.value] = !box.checked;
      refresh();
      if (focused && !focused.visible()) {
        cy.nodes('.registry-focus').removeClass('registry-focus');
        focused = null;
      }
    });
  });
  details.expand.addEventListener('click', function () {
    var node = cy.$(':selected').first();
    if (node.nonempty()) {
      select(node);
    }
  });

  cy.on('tap', 'node', function (event) {
    var e = event.originalEvent || {};
    if (e.ctrlKey || e.metaKey || e.shiftKey) {
      open(event.target, e.ctrlKey || e.metaKey);
    } else {
      select(event.target);
    }
  });
  cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', function () { container.style.cursor = ''; });
  status.setAttribute('tabindex', '-1');

  var firstDepth = graph.nodes.length > COLLAPSE_ABOVE ? Math.min(FIRST_DEPTH, graph.maxDepth) : graph.maxDepth;
  cy.nodes().forEach(function (n) { n.data('shown', n.data('depth') <= firstDepth); });
  $('graph-controls').hidden = false;
  details.aside.hidden = false;
  cy.resize();
  relayout();
  refresh();
  fit();
})();
