/* Filters a list of checkboxes as the facilitator types (members_area/widgets.py): the choices
   whose label lacks the words typed are hidden (still submitted if checked), and a live region
   says how many are shown and checked. Without this script, the plain list. */
(function () {
  "use strict";

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function enhance(root) {
    if (root.dataset.searchableChoicesReady) {
      return;
    }
    root.dataset.searchableChoicesReady = "true";
    var search = root.querySelector("[data-searchable-choices-search]");
    var input = search.querySelector("input");
    var count = root.querySelector("[data-searchable-choices-count]");
    var items = Array.prototype.map.call(
      root.querySelectorAll("input[type=checkbox]"),
      function (checkbox) {
        var label = checkbox.closest("label") || checkbox.parentElement;
        return {
          checkbox: checkbox,
          element: label.parentElement, // the <div> Django wraps each choice in
          text: normalise(label.textContent),
        };
      }
    );
    var timer = null;

    function announce() {
      var shown = 0;
      var checked = 0;
      items.forEach(function (item) {
        if (!item.element.hidden) {
          shown += 1;
        }
        if (item.checkbox.checked) {
          checked += 1;
        }
      });
      count.textContent = root.dataset.countText
        .replace("%(shown)s", shown)
        .replace("%(total)s", items.length)
        .replace("%(checked)s", checked);
    }

    function filter() {
      var words = normalise(input.value).split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        item.element.hidden = !words.every(function (word) {
          return item.text.indexOf(word) !== -1;
        });
      });
      window.clearTimeout(timer);
      timer = window.setTimeout(announce, 300);
    }

    input.addEventListener("input", filter);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // filtering, not saving the form
      }
    });
    root.addEventListener("change", announce);
    search.hidden = false;
    announce();
  }

  function enhanceAll() {
    document.querySelectorAll("[data-searchable-choices]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
