// Type-ahead for the edit form's link fields, as the ARIA combobox pattern (a text box controlling
// a listbox). As the editor types, it asks /api/suggest for the resources whose identifier or name
// start so: at most LIMIT, and only of the classes the link may reach, for the address it asks is
// the data-suggest of the field, or of the option chosen in the relation select that the field's
// data-suggest-from names. The suggestions show in a list under the field: Down and Up move through
// them (aria-activedescendant), Enter or a click puts the resource's identifier (its IRI when it
// has none) in the field, Escape or leaving the field closes the list, and a live line says how
// many there are. Without JavaScript the field stays a plain text box.
(function () {
  'use strict';
  var LIMIT = 10;
  var DELAY = 150;

  function setUp(input) {
    var id = input.id + '-listbox';
    var source = input.hasAttribute('data-suggest-from')
      ? document.getElementById(input.getAttribute('data-suggest-from')) : null;
    var wrapper = document.createElement('div');
    wrapper.className = 'registry-combobox';
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'registry-combobox__list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Resources to link to');
    list.hidden = true;
    wrapper.appendChild(list);
    var status = document.createElement('div');
    status.className = 'govuk-visually-hidden';
    status.setAttribute('role', 'status');
    wrapper.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    var timer = null;
    var asked = null;
    var options = [];
    var active = -1;

    function address() {
      var chosen = source && source.options[source.selectedIndex];
      return chosen && chosen.hasAttribute('data-suggest')
        ? chosen.getAttribute('data-suggest') : input.getAttribute('data-suggest');
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.element.setAttribute('aria-selected', String(i === index));
        option.element.classList.toggle('registry-combobox__option--active', i === index);
      });
      active = index;
      if (index < 0) {
        input.removeAttribute('aria-activedescendant');
      } else {
        input.setAttribute('aria-activedescendant', options[index].element.id);
        options[index].element.scrollIntoView({ block: 'nearest' });
      }
    }

    function open() {
      if (options.length > 0) {
        list.style.width = input.offsetWidth + 'px';
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function close() {
      highlight(-1);
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function forget() {
      asked = null;
      options = [];
      list.replaceChildren();
      status.textContent = '';
      close();
    }

    function pick(index) {
      input.value = options[index].value;
      forget();
    }

    function option(suggestion, index) {
      var element = document.createElement('li');
      element.id = id + '-' + index;
      element.className = 'registry-combobox__option';
      element.setAttribute('role', 'option');
      element.setAttribute('aria-selected', 'false');
      var label = suggestion.label;
      if (suggestion.identifier) {
        var identifier = document.createElement('strong');
        identifier.textContent = suggestion.identifier;
        element.append(identifier);
        // Many labels start with the identifier: name it once.
        if (label === suggestion.identifier) {
          label = '';
        } else if (label.indexOf(suggestion.identifier + ' ') === 0) {
          label = label.slice(suggestion.identifier.length + 1);
        }
      }
      if (label) {
        element.append((element.firstChild ? ' ' : '') + label);
      }
      var type = suggestion.typeLabel || suggestion.type;
      if (type) {
        var kind = document.createElement('span');
        kind.className = 'registry-combobox__kind';
        kind.textContent = ' (' + type + ')';
        element.append(kind);
      }
      // A press on an option keeps the focus in the field: leaving it would close the list first.
      element.addEventListener('mousedown', function (event) { event.preventDefault(); });
      element.addEventListener('click', function () { pick(index); });
      return { element: element, value: suggestion.identifier || suggestion.iri };
    }

    function show(suggestions) {
      list.replaceChildren();
      options = suggestions.map(option);
      options.forEach(function (o) { list.appendChild(o.element); });
      status.textContent = options.length === 0
        ? 'No resource it can link to starts so.'
        : options.length + (options.length === 1 ? ' resource' : ' resources') +
          ' to choose from: the up and down arrows move through them, Enter takes one.';
      highlight(-1);
      if (options.length > 0) {
        open();
      } else {
        close();
      }
    }

    function ask() {
      var typed = input.value.trim();
      var from = address();
      var key = from + '\n' + typed;
      if (typed === '') {
        forget();
        return;
      }
      if (key === asked) {
        open();
        return;
      }
      asked = key;
      var query = 'limit=' + LIMIT + '&q=' + encodeURIComponent(typed);
      fetch(from + (from.indexOf('?') < 0 ? '?' : '&') + query, {
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (json) {
        if (asked === key && document.activeElement === input) {
          show(json.suggestions || []);
        }
      }).catch(function () { /* a convenience: the field still takes what is typed */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    });
    input.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          if (options.length > 0) {
            open();
          } else {
            ask();
          }
        } else {
          highlight(active + 1 < options.length ? active + 1 : 0);
        }
      } else if (event.key === 'ArrowUp' && !list.hidden) {
        event.preventDefault();
        highlight(active > 0 ? active - 1 : options.length - 1);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        // Takes the suggestion instead of sending the form.
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
    if (source) {
      // Another relation links to other classes: what was suggested no longer holds.
      source.addEventListener('change', forget);
    }
  }

  document.querySelectorAll('input[data-combobox]').forEach(setUp);
})();
