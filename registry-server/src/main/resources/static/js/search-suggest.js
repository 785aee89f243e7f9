// Type-ahead for search boxes: as the words change, asks /api/suggest (the address is the box's
// data-suggest attribute) and fills the box's <datalist> with the resources whose identifier or
// label start so; the browser shows them as the native, keyboard-accessible suggestion list.
(function () {
  'use strict';
  document.querySelectorAll('input[data-suggest][list]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('list'));
    var timer = null;
    var asked = '';
    box.addEventListener('input', function () {
      clearTimeout(timer);
      var typed = box.value.trim();
      if (typed.length < 2 || typed === asked) {
        return;
      }
      timer = setTimeout(function () {
        asked = typed;
        var address = box.getAttribute('data-suggest');
        fetch(address + (address.indexOf('?') < 0 ? '?' : '&') + 'limit=8&q=' + encodeURIComponent(typed), {
          headers: { 'Accept': 'application/json' }
        }).then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        }).then(function (json) {
          if (typed !== asked) {
            return;
          }
          list.replaceChildren();
          (json.suggestions || []).forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.identifier || s.label;
            option.label = s.identifier ? s.identifier + ' ' + s.label : s.label;
            list.appendChild(option);
          });
        }).catch(function () { /* type-ahead is a convenience: searching still works */ });
      }, 150);
    });
  });
})();
