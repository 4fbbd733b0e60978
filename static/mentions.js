// @mention autocompletion in comment boxes: type "@" and a few letters, pick a person with the
// arrow keys and Enter (or a click); "@username " is inserted. Names come from /mentions.json.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("form[action*='/comments'] textarea[name=body]");
  if (!boxes.length) return;
  var list = document.createElement("ul");
  list.setAttribute("role", "listbox");
  list.id = "mention-list";
  list.className = "mention-list";
  list.hidden = true;
  var s = list.style; // CSSOM, which the Content-Security-Policy allows
  s.position = "absolute"; s.zIndex = "50"; s.listStyle = "none"; s.margin = "0"; s.padding = "0.25em 0";
  s.background = "#fff"; s.border = "1px solid #667"; s.minWidth = "16em";
  document.body.appendChild(list);
  // "asked" counts the questions put to /mentions.json: on a slow connection answers arrive late and out of order, and
  // only the answer to the last question, still open, may show the list (never one that arrives after a choice).
  var target = null, start = -1, active = -1, timer = null, asked = 0;

  function close() {
    asked++; clearTimeout(timer);
    list.hidden = true; active = -1; if (target) target.removeAttribute("aria-activedescendant");
  }
  function query(box) {
    var upto = box.value.slice(0, box.selectionStart);
    var match = /(^|[\s(])@([\w.\-]{1,40})$/.exec(upto);
    return match ? { text: match[2], at: upto.length - match[2].length - 1 } : null;
  }
  function choose(index) {
    var item = list.children[index];
    if (!item || !target) return;
    var before = target.value.slice(0, start), after = target.value.slice(target.selectionStart);
    var inserted = "@" + item.dataset.username + " ";
    target.value = before + inserted + after;
    target.selectionStart = target.selectionEnd = before.length + inserted.length;
    close(); target.focus();
  }
  function highlight(index) {
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute("aria-selected", i === index ? "true" : "false");
      li.style.background = i === index ? "#dde4f0" : "";
    });
    active = index;
    if (list.children[index]) target.setAttribute("aria-activedescendant", list.children[index].id);
  }
  function show(box, people) {
    list.innerHTML = "";
    people.forEach(function (p, i) {
      var li = document.createElement("li");
      li.id = "mention-" + i; li.setAttribute("role", "option"); li.dataset.username = p.username;
      li.textContent = "@" + p.username + " — " + p.name + " (" + p.party + ")";
      li.style.padding = "0.2em 0.6em"; li.style.cursor = "pointer";
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
      list.appendChild(li);
    });
    if (!people.length) { close(); return; }
    var r = box.getBoundingClientRect();
    s.left = (window.scrollX + r.left) + "px"; s.top = (window.scrollY + r.bottom) + "px";
    list.hidden = false; highlight(0);
  }
  Array.prototype.forEach.call(boxes, function (box) {
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", "mention-list");
    box.addEventListener("input", function () {
      var q = query(box);
      if (!q) { close(); return; }
      target = box; start = q.at;
      clearTimeout(timer);
      var mine = ++asked;
      timer = setTimeout(function () {
        fetch("/mentions.json?q=" + encodeURIComponent(q.text), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (people) { if (mine === asked && target === box) show(box, people); })
          .catch(function () { if (mine === asked) close(); });
      }, 120);
    });
    box.addEventListener("keydown", function (e) {
      if (list.hidden || target !== box) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % list.children.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + list.children.length) % list.children.length); }
      else if (e.key === "Enter" || e.key === "Tab") { e.preventDefault(); choose(active); }
      else if (e.key === "Escape") { close(); }
    });
    box.addEventListener("blur", function () { setTimeout(close, 150); });
  });
})();
