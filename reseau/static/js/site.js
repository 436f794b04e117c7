/* Progressive enhancements only: every page works without this file. */
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // The main menu's toggle on small screens (site.css keeps the menu closed until it is
    // opened): without this script a link to the menu, here a button that opens and closes it.
    var toggle = document.querySelector(".main-nav__toggle");
    if (toggle) {
        toggle.setAttribute("role", "button");
        toggle.setAttribute("aria-expanded", "false");
        toggle.addEventListener("click", function (event) {
            event.preventDefault();
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", open ? "false" : "true");
        });
        toggle.addEventListener("keydown", function (event) {
            if (event.key === " ") {
                event.preventDefault();
                toggle.click();
            }
        });
    }
})();

// A table wider than the screen scrolls inside its .table-wrapper: make that scrolling area
// reachable with the keyboard and named after the table's caption (WCAG 2.1.1; axe's
// "scrollable-region-focusable"). Only wrappers that do overflow become tab stops.
(function () {
    "use strict";
    var wrappers = document.querySelectorAll(".table-wrapper");
    if (!wrappers.length) { return; }
    var update = function () {
        wrappers.forEach(function (wrapper) {
            if (wrapper.hasAttribute("tabindex") && !wrapper.dataset.scrollRegion) {
                return; // the template made it a region itself
            }
            var caption = wrapper.querySelector("caption");
            if (wrapper.scrollWidth > wrapper.clientWidth) {
                wrapper.dataset.scrollRegion = "true";
                wrapper.setAttribute("tabindex", "0");
                wrapper.setAttribute("role", "region");
                if (caption) { wrapper.setAttribute("aria-label", caption.textContent.trim()); }
            } else if (wrapper.dataset.scrollRegion) {
                delete wrapper.dataset.scrollRegion;
                ["tabindex", "role", "aria-label"].forEach(function (name) {
                    wrapper.removeAttribute(name);
                });
            }
        });
    };
    var pending = false;
    window.addEventListener("resize", function () {
        if (pending) { return; }
        pending = true;
        window.requestAnimationFrame(function () { pending = false; update(); });
    });
    update();
})();

// A theme's colour, chosen by the editors, comes in a data attribute: the Content-Security-Policy
// refuses inline style attributes (docs/decisions/0028), not styles set from a script. Without
// this script, theme chips, cards and tags keep the network's green (site.css).
(function () {
    "use strict";
    var colour = /^#[0-9a-fA-F]{6}$/;
    document.querySelectorAll("[data-theme-colour]").forEach(function (element) {
        var value = element.getAttribute("data-theme-colour");
        if (colour.test(value)) { element.style.setProperty("--theme-colour", value); }
    });
})();
