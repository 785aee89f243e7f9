// Runs the SPARQL page's query against /sparql with fetch() and shows the answer: a table for
// SELECT (each IRI a link to its page on this server), yes or no for ASK, the Turtle of CONSTRUCT
// and DESCRIBE, and the endpoint's message for a refused query. Without JavaScript the form
// sends the query to /sparql itself.
(function () {
  'use strict';
  var form = document.getElementById('query-form');
  var text = document.getElementById('query-text');
  var status = document.getElementById('query-status');
  var region = document.getElementById('results-region');
  var table = document.getElementById('results');
  var raw = document.getElementById('results-text');

  function clear() {
    region.hidden = true;
    raw.hidden = true;
    table.tHead.replaceChildren();
    table.tBodies[0].replaceChildren();
    raw.textContent = '';
    status.classList.remove('govuk-error-message');
  }

  function cell(term) {
    var td = document.createElement('td');
    td.className = 'govuk-table__cell';
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.className = 'govuk-link registry-iri';
      a.href = table.getAttribute('data-iri-page') + encodeURIComponent(term.value);
      // The local name keeps the table narrow; the full IRI is the link's title.
      a.textContent = term.value.replace(/^.*[#/](?=[^#/]+$)/, '');
      a.title = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.type === 'bnode' ? '_:' + term.value : term.value;
    }
    return td;
  }

  function showSelect(json) {
    var vars = json.head.vars || [];
    var head = document.createElement('tr');
    head.className = 'govuk-table__row';
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.className = 'govuk-table__header';
      th.textContent = v;
      head.appendChild(th);
    });
    table.tHead.appendChild(head);
    var body = table.tBodies[0];
    json.results.bindings.forEach(function (binding) {
      var tr = document.createElement('tr');
      tr.className = 'govuk-table__row';
      vars.forEach(function (v) { tr.appendChild(cell(binding[v])); });
      body.appendChild(tr);
    });
    var n = json.results.bindings.length;
    status.textContent = n === 1 ? '1 row' : n + ' rows';
    region.hidden = false;
  }

  function run(event) {
    if (event) {
      event.preventDefault();
    }
    clear();
    status.textContent = 'Running…';
    fetch('/sparql?query=' + encodeURIComponent(text.value), {
      headers: { 'Accept': 'application/sparql-results+json, text/turtle;q=0.9, application/problem+json;q=0.8' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        return response.text().then(function (body) {
          var message = body;
          try { message = JSON.parse(body).detail || body; } catch (ignored) { /* plain text */ }
          status.textContent = 'The query failed (' + response.status + '): ' + message;
          status.classList.add('govuk-error-message');
        });
      }
      if (type.indexOf('json') >= 0) {
        return response.json().then(function (json) {
          if (typeof json.boolean === 'boolean') {
            status.textContent = json.boolean ? 'Yes: the pattern matches.' : 'No: the pattern does not match.';
          } else {
            showSelect(json);
          }
        });
      }
      return response.text().then(function (body) {
        status.textContent = 'The graph the query built:';
        raw.textContent = body;
        raw.hidden = false;
      });
    }).catch(function (error) {
      status.textContent = 'The query could not be sent: ' + error;
      status.classList.add('govuk-error-message');
    });
  }

  form.addEventListener('submit', run);
  text.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      run(event);
    }
  });
})();
