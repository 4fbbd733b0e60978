/* Follow the facilitator in a review session without reloading the page.
   Polls the session state about once a second with If-None-Match: an unchanged
   state costs a bodiless 304. When the ETag changes, the live panel is fetched
   and swapped in. No framework, no state kept on the server per follower. */
(function () {
  "use strict";
  var root = document.querySelector("[data-follow]");
  if (!root || !window.fetch) return;
  var etag = root.getAttribute("data-etag") || "";
  var interval = parseInt(root.getAttribute("data-interval"), 10) || 1000;
  var stateUrl = root.getAttribute("data-state-url");
  var panelUrl = root.getAttribute("data-panel-url");

  function schedule(delay) { window.setTimeout(poll, delay); }

  function poll() {
    var headers = etag ? { "If-None-Match": etag } : {};
    fetch(stateUrl, { headers: headers, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status === 304) return null;
        if (!response.ok) throw new Error("state " + response.status);
        var tag = response.headers.get("ETag");
        return fetch(panelUrl, { credentials: "same-origin", cache: "no-store" }).then(function (panel) {
          if (!panel.ok) throw new Error("panel " + panel.status);
          return panel.text().then(function (html) {
            var old = root.querySelector("[data-testid=current-clause]");
            var before = old ? old.getAttribute("data-clause") : "";
            root.innerHTML = html;
            etag = tag || etag;
            var current = root.querySelector("[data-testid=current-clause]");
            if (current && current.getAttribute("data-clause") !== before) {
              current.scrollIntoView({ block: "start" });
            }
          });
        });
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ })
      .then(function () { schedule(interval); });
  }

  schedule(interval);
})();
