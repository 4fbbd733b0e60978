// Ask before a large one-click act: a form with data-confirm="question" is sent only once the
// person says yes (signing off many clauses, a new password, removing, changing a status...).
// Without JavaScript the form is sent as before; the server's own rules still apply.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
})();
