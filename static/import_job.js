/* The large-import page: poll the job's state, show its progress, open the proposal when it is ready. */
(function () {
  "use strict";
  var box = document.querySelector("[data-import-job]");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  var bar = document.getElementById("import-job-progress");
  var text = document.getElementById("import-job-percent");

  function later(delay) { window.setTimeout(poll, delay); }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) { later(3000); return; }
        if (state.state === "done" && state.url) { window.location.assign(state.url); return; }
        if (state.state === "failed") { window.location.reload(); return; }
        if (text) {  /* creating the document has no measurable progress: the bar stays indeterminate */
          bar.value = state.percent;
          if (text.textContent !== state.text) { text.textContent = state.text; }
        }
        later(1000);
      })
      .catch(function () { later(3000); });
  }

  later(1000);
})();
