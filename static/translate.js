/* "Draft the other language" buttons: fill a text field with a machine draft, without reloading.
   The draft is marked as machine output next to the field until the person changes it; the form
   sends the draft back (machine_text_<lang>, machine_source_<lang>) so the server records it as a
   machine draft. With no model installed, the button explains how to add one instead. */
(function () {
  "use strict";

  function field(form, name) { return form ? form.querySelector('[name="' + name + '"]') : null; }

  function setup(button) {
    var box = button.closest("[data-machine-draft]");
    var form = button.closest("form");
    var note = box.querySelector(".machine-note");
    var target = button.getAttribute("data-target");
    var targetField = field(form, button.getAttribute("data-target-field"));
    var draftField = field(form, "machine_text_" + target);
    var sourceField = field(form, "machine_source_" + target);
    if (!targetField) return;

    function say(text, kind) {
      note.textContent = text;
      note.className = "machine-note" + (kind ? " " + kind : "");
    }

    function sourceText() {
      var name = button.getAttribute("data-source-field");
      if (name) { var f = field(form, name); return f ? f.value : ""; }
      return button.getAttribute("data-source-text") || "";
    }

    targetField.addEventListener("input", function () {
      if (!draftField.value) return;
      var changed = targetField.value.trim() !== draftField.value.trim();
      targetField.classList.toggle("machine-draft", !changed);
      if (changed) say(button.getAttribute("data-edited"), "edited");
      else say(button.getAttribute("data-drafted").replace("{model}", button.getAttribute("data-model") || ""), "machine");
    });

    button.addEventListener("click", function () {
      if (button.getAttribute("data-available") !== "1") {
        say(button.getAttribute("data-unavailable"), "error");
        return;
      }
      var text = sourceText();
      if (!text.trim()) { say(button.getAttribute("data-empty"), "error"); return; }
      button.disabled = true;
      say(button.getAttribute("data-working"), "");
      fetch(button.getAttribute("data-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": button.getAttribute("data-csrf")
        },
        body: JSON.stringify({ text: text, source: button.getAttribute("data-source"), target: target })
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        if (!result.ok) {
          say(result.body.message || button.getAttribute("data-failed"), "error");
          return;
        }
        targetField.value = result.body.text;
        draftField.value = result.body.text;
        sourceField.value = text;
        button.setAttribute("data-model", result.body.model);
        targetField.classList.add("machine-draft");
        say(button.getAttribute("data-drafted").replace("{model}", result.body.model), "machine");
        targetField.focus();
      }).catch(function () {
        say(button.getAttribute("data-failed"), "error");
      }).then(function () { button.disabled = false; });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input.draft-translation"), setup);
})();
