// The registers page's import: posts the file for a dry run, shows the preview (polling the rows
// read while the file is read), and on confirmation posts it again to commit. Text is set with
// textContent only: nothing from the file is ever parsed as HTML.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (!form) { return; }
  var base = form.getAttribute('action');
  var csrf = form.querySelector('input[name="_csrf"]');
  var progress = document.getElementById('import-progress');
  var error = document.getElementById('import-error');
  var result = document.getElementById('import-result');
  var confirmButton = document.getElementById('import-confirm');
  var shown = 500;
  // GOV.UK's button style overrides the hidden attribute (and the CSP allows no inline style).
  confirmButton.style.display = 'none';

  function cell(row, text) {
    var td = document.createElement('td');
    td.className = 'govuk-table__cell';
    td.textContent = text;
    row.appendChild(td);
  }

  function clear(table) {
    var body = table.querySelector('tbody');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    return body;
  }

  function showError(text) {
    document.getElementById('import-error-text').textContent = text;
    error.hidden = false;
    error.focus();
  }

  function show(reply, dryRun) {
    result.hidden = false;
    document.getElementById('import-result-title').textContent = dryRun ? 'Preview' : 'Imported';
    var counts = reply.counts || {};
    document.getElementById('import-counts').textContent =
      reply.source + ' (' + reply.mapping + '): ' + reply.rows + ' rows; ' +
      (counts.created || 0) + ' created, ' + (counts.updated || 0) + ' updated, ' +
      (counts.unchanged || 0) + ' unchanged, ' + (counts.refused || 0) + ' refused' +
      (dryRun ? '.' : (reply.committed ? ': stored as one change.' : ': nothing to store.'));
    var refusals = document.getElementById('import-refusals');
    var rbody = clear(refusals);
    (reply.refusals || []).forEach(function (r) {
      var tr = document.createElement('tr');
      tr.className = 'govuk-table__row';
      cell(tr, r.location);
      cell(tr, r.reason);
      rbody.appendChild(tr);
    });
    refusals.hidden = !(reply.refusals && reply.refusals.length);
    var ibody = clear(document.getElementById('import-items'));
    (reply.items || []).slice(0, shown).forEach(function (item) {
      var tr = document.createElement('tr');
      tr.className = 'govuk-table__row';
      tr.setAttribute('data-outcome', item.outcome);
      cell(tr, item.location);
      cell(tr, item.key);
      cell(tr, item.outcome);
      cell(tr, item.changes.map(function (c) {
        return c.property + ': ' + (c.before.join('; ') || '(none)') + ' -> ' + (c.after.join('; ') || '(none)');
      }).join('\n'));
      ibody.appendChild(tr);
    });
    // GOV.UK's button style overrides the hidden attribute, so the style says it too.
    var hide = !dryRun || (reply.refusals && reply.refusals.length > 0) ||
      ((counts.created || 0) + (counts.updated || 0) + (counts.removed || 0) === 0);
    confirmButton.hidden = hide;
    confirmButton.style.display = hide ? 'none' : '';
  }

  function send(dryRun) {
    var file = document.getElementById('import-file').files[0];
    if (!file) { showError('Choose a register file to import.'); return; }
    error.hidden = true;
    var data = new FormData();
    data.append('file', file);
    var mapping = document.getElementById('import-mapping').value;
    var id = 'import-' + Date.now() + '-' + Math.floor(Math.random() * 1e9);
    var url = base + '?dryRun=' + dryRun + '&progress=' + id + (mapping ? '&mapping=' + encodeURIComponent(mapping) : '');
    var headers = { 'Accept': 'application/json' };
    if (csrf) { headers['X-CSRF-TOKEN'] = csrf.value; }
    progress.hidden = false;
    progress.textContent = 'Reading ' + file.name + '...';
    var timer = setInterval(function () {
      fetch(base + '/progress/' + id, { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (p) { progress.textContent = 'Rows read: ' + p.read + (p.total >= 0 ? ' of ' + p.total : ''); }
        })
        .catch(function () { /* the next poll tries again */ });
    }, 500);
    fetch(url, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (r) {
        return r.json().then(function (body) { return { status: r.status, body: body }; });
      })
      .then(function (reply) {
        clearInterval(timer);
        progress.textContent = dryRun ? 'Preview ready.' : 'Import finished.';
        if (reply.status === 200) {
          show(reply.body, dryRun);
        } else if (reply.body.refusals) {
          show({ source: file.name, mapping: mapping, rows: 0, counts: {}, items: [], refusals: reply.body.refusals }, false);
          showError(reply.body.detail);
        } else {
          showError(reply.body.detail || ('The server answered ' + reply.status));
        }
      })
      .catch(function () {
        clearInterval(timer);
        showError('The server could not be reached.');
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(true);
  });
  confirmButton.addEventListener('click', function () {
    confirmButton.hidden = true;
    confirmButton.style.display = 'none';
    send(false);
  });
}());
