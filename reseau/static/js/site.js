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
