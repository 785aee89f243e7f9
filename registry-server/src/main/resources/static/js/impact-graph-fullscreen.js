// The impact graph's full-screen mode. The button asks the browser to show the graph's panel on the
// whole screen (the Fullscreen API); where the browser has no such API, or refuses (a page in a
// frame, a browser setting), the panel fills the window instead (registry-graph-panel--full in
// impact-graph.css), so the mode never depends on the API. The button says whether the mode is on
// (aria-pressed, and its text). Escape leaves it: the browser's own Escape ends its full screen, and
// this script's ends the window-filling one. While it is on, the keyboard stays in the panel, since
// what lies outside is hidden behind it.
(function () {
  'use strict';

  // Makes the button switch the panel's full-screen mode; onResize runs after each change of size.
  window.registryGraphFullScreen = function (panel, button, onResize) {
    var on = false;

    function set(value) {
      on = value;
      panel.classList.toggle('registry-graph-panel--full', on);
      document.documentElement.classList.toggle('registry-graph-full-page', on);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'Leave full screen' : 'Full screen';
      onResize();
    }

    function enter() {
      set(true);
      if (typeof panel.requestFullscreen === 'function') {
        // Refused, the panel still fills the window.
        var asked = panel.requestFullscreen();
        if (asked && typeof asked.catch === 'function') {
          asked.catch(function () {});
        }
      }
    }

    function leave() {
      if (document.fullscreenElement === panel) {
        document.exitFullscreen().catch(function () {});
      }
      set(false);
    }

    button.addEventListener('click', function () {
      if (on) {
        leave();
      } else {
        enter();
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && on && !document.fullscreenElement) {
        event.preventDefault();
        leave();
        button.focus();
      }
    });
    document.addEventListener('fullscreenchange', function () {
      if (!document.fullscreenElement && on) {
        set(false);
      } else if (document.fullscreenElement === panel) {
        // The screen's size arrives after the request: draw at it.
        onResize();
      }
    });
    document.addEventListener('focusin', function (event) {
      if (on && !panel.contains(event.target)) {
        button.focus();
      }
    });
  };
})();
