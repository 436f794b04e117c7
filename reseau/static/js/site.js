/* Progressive enhancements only: every page works without this file. */
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // Collapsible main menu on small screens.
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (toggle && list) {
        toggle.hidden = false;
        var mq = window.matchMedia("(max-width: 48rem)");
        var sync = function () {
            if (mq.matches) {
                list.dataset.collapsed = toggle.getAttribute("aria-expanded") === "true" ? "false" : "true";
            } else {
                list.dataset.collapsed = "false";
            }
        };
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", open ? "false" : "true");
            sync();
        });
        mq.addEventListener("change", sync);
        sync();
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
