// Puts YASGUI's editor (Yasqe) in the place of the SPARQL page's textarea and its results view
// (Yasr) below, both served by the app and both asking /sparql on this server. Nothing is fetched
// from elsewhere: the autocompleters that ask prefix.cc and LOV are off, and neither part keeps
// queries or results in the browser's storage, so the query shown is always the one the page was
// opened with (a sample from the list, or ?query=). Resources in the results link to their pages
// here, as everywhere else. Without JavaScript the form sends the query to /sparql itself.
(function () {
  'use strict';
  var form = document.getElementById('query-form');
  var text = document.getElementById('query-text');
  var status = document.getElementById('query-status');
  var results = document.getElementById('query-results');
  var Yasqe = window.Yasqe;
  var Yasr = window.Yasr;
  if (!form || typeof Yasqe !== 'function' || typeof Yasr !== 'function') {
    return;
  }
  var iriPage = results.getAttribute('data-iri-page');

  // Yasqe merges an editor's settings into its defaults index by index, so a shorter list of
  // autocompleters given to the editor would keep the defaults' tail: shorten the defaults.
  Yasqe.defaults.autocompleters = ['variables'];
  // The table's links open in this tab, like every other link of the registry.
  Yasr.plugins.table.defaults.openIriInNewWindow = false;

  // Yasqe would POST an update, which a signed-in browser may only send with a CSRF token and an
  // anonymous one is sent to the login page for: the page runs queries, tools send updates.
  function run() {
    if (yasqe.getQueryMode() === 'update') {
      say('This page runs queries only: send updates to /sparql with a tool, as an editor.', true);
      return;
    }
    // A refused query is shown by the results view; nothing is left to catch.
    yasqe.query().catch(function () {});
  }

  var editor = document.createElement('div');
  editor.className = 'registry-yasqe';
  text.parentNode.insertBefore(editor, text);
  var yasqe = new Yasqe(editor, {
    value: text.value,
    persistenceId: null,
    consumeShareLink: null,
    createShareableLink: null,
    showQueryButton: false,
    prefixCcApi: '',
    // The editor grows with its query and wraps long lines, so that it is never a scrolling box
    // the keyboard cannot reach (the text itself is the focusable part).
    editorHeight: 'auto',
    lineWrapping: true,
    // Tab moves the focus on, as in any other field of the page, instead of indenting.
    extraKeys: { Tab: false, 'Shift-Tab': false, 'Ctrl-Enter': run, 'Cmd-Enter': run },
    requestConfig: {
      // Yasqe builds GET requests with new URL(endpoint): it must be absolute.
      endpoint: new URL(form.getAttribute('action'), window.location.href).href,
      method: 'GET',
      acceptHeaderSelect: 'application/sparql-results+json',
      acceptHeaderGraph: 'text/turtle'
    }
  });
  text.remove();
  var input = yasqe.getInputField();
  input.id = 'query-text';
  input.setAttribute('aria-describedby', 'query-hint');

  var yasr = new Yasr(results, {
    persistenceId: null,
    prefixes: function () { return yasqe.getPrefixesFromQuery(); },
    plugins: { table: { dynamicConfig: { compact: true, isEllipsed: false } } }
  });

  // The table draws IRIs as links to themselves, page by page: point each at its page here.
  // A datatype's IRI is not a resource of the registry, so it stays text.
  function localise(root) {
    root.querySelectorAll('a.iri:not([data-iri])').forEach(function (a) {
      var iri = a.getAttribute('href');
      if (a.closest('sup')) {
        a.replaceWith(document.createTextNode(a.textContent));
        return;
      }
      a.setAttribute('data-iri', iri);
      a.href = iriPage + encodeURIComponent(iri);
      a.title = iri;
      a.removeAttribute('target');
      a.removeAttribute('rel');
      a.classList.add('govuk-link');
      if (a.textContent === iri) {
        // The local name keeps the table narrow; the full IRI is the link's title.
        a.textContent = iri.replace(/^.*[#/](?=[^#/]+$)/, '');
      }
    });
  }
  new MutationObserver(function () { localise(results); })
    .observe(results, { childList: true, subtree: true });

  function say(message, failed) {
    status.textContent = message;
    status.classList.toggle('govuk-error-message', !!failed);
  }

  function summary(parsed) {
    if (parsed.hasError()) {
      return 'The query failed: ' + parsed.getError().text;
    }
    var answer = parsed.getBoolean();
    if (typeof answer === 'boolean') {
      return answer ? 'Yes: the pattern matches.' : 'No: the pattern does not match.';
    }
    var n = (parsed.getBindings() || []).length;
    if (parsed.getType() === 'ttl') {
      return n === 1 ? 'The query built 1 triple.' : 'The query built ' + n + ' triples.';
    }
    return n === 1 ? '1 row' : n + ' rows';
  }

  yasqe.on('query', function () { say('Running…'); });
  yasqe.on('queryResponse', function (instance, response, duration) {
    // Yasqe hands over the body alone: JSON is parsed, text is the Turtle of a graph query (the
    // type asked for), which Yasr draws as a table of triples when told its type.
    yasr.setResponse(typeof response === 'string'
      ? { data: response, contentType: 'text/turtle' } : response, duration);
    say(summary(yasr.results), yasr.results.hasError());
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
})();
