/*
 * Search suggestions as a WAI-ARIA 1.2 combobox (list autocomplete), on every
 * <input data-autocomplete-url="…">: the header search box and the search page's box.
 * Up/Down move through the suggestions, Enter opens the one selected (or submits the search),
 * Escape closes the list, a polite live region says how many suggestions there are.
 * Without JavaScript, the input stays a plain search field.
 */
(function () {
    "use strict";

    var counter = 0;
    // The sentences are translated by Django: base.html puts them on #autocomplete-labels.
    var labelsElement = document.getElementById("autocomplete-labels");
    var labels = labelsElement ? labelsElement.dataset : {};

    function announce(region, text) {
        region.textContent = "";
        window.setTimeout(function () { region.textContent = text; }, 50);
    }

    function setup(input) {
        var url = input.getAttribute("data-autocomplete-url");
        if (!url) { return; }
        counter += 1;
        var listId = "autocomplete-list-" + counter;
        var wrapper = input.parentNode;
        wrapper.style.position = "relative";

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "autocomplete-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", labels.list || "Suggestions de recherche");
        list.hidden = true;
        input.insertAdjacentElement("afterend", list);

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        list.insertAdjacentElement("afterend", status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var items = [];
        var active = -1;
        var timer = null;
        var lastQuery = "";
        var controller = null;

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            items = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            items.forEach(function (item, i) {
                item.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", items[index].id);
                items[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            list.innerHTML = "";
            items = suggestions.map(function (suggestion, i) {
                var option = document.createElement("li");
                option.id = listId + "-option-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-url", suggestion.url);
                option.textContent = suggestion.title;
                if (suggestion.type) {
                    var kind = document.createElement("span");
                    kind.className = "autocomplete-list__type";
                    kind.textContent = " — " + suggestion.type;
                    option.appendChild(kind);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
                return option;
            });
            active = -1;
            var count = items.length;
            if (count) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
            announce(status, count === 0
                ? (labels.none || "Aucune suggestion.")
                : (count > 1
                    ? (labels.many || "{count} suggestions").replace("{count}", count)
                    : (labels.one || "1 suggestion")));
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) { return; }
            lastQuery = query;
            if (query.length < 2) { close(); return; }
            if (controller) { controller.abort(); }
            controller = window.AbortController ? new AbortController() : null;
            var target = url + (url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
            fetch(target, { headers: { "Accept": "application/json" }, credentials: "same-origin", signal: controller ? controller.signal : undefined })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    if (input.value.trim() === query) { render(data.suggestions || []); }
                })
                .catch(function () { /* aborted or offline: the plain search still works */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 200);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden && items.length > 0;
            if (event.key === "ArrowDown") {
                if (!open) { lastQuery = ""; fetchSuggestions(); return; }
                event.preventDefault();
                highlight(active < items.length - 1 ? active + 1 : 0);
            } else if (event.key === "ArrowUp") {
                if (!open) { return; }
                event.preventDefault();
                highlight(active > 0 ? active - 1 : items.length - 1);
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    window.location.href = items[active].getAttribute("data-url");
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                } else {
                    input.value = "";
                    lastQuery = "";
                }
            }
        });

        input.addEventListener("blur", function () {
            window.setTimeout(close, 150);
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll("input[data-autocomplete-url]"), setup);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
