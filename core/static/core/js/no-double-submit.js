/* Forms of every plugin marked data-no-double-submit: once a form is sent, its submit buttons
   are disabled so a double click sends it once. Progressive enhancement: without this script the
   form still works, and the server's submission key already refuses a second post. */
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-no-double-submit")) {
            return;
        }
        if (form.dataset.submitted === "1") {
            event.preventDefault();
            return;
        }
        form.dataset.submitted = "1";
        // After the browser has taken the button's name and value for this submission.
        window.setTimeout(function () {
            form.querySelectorAll("button[type=submit], input[type=submit]").forEach(function (button) {
                button.disabled = true;
                button.setAttribute("aria-disabled", "true");
            });
        }, 0);
    });
    // Back from the browser's history: the page may come back with its buttons disabled.
    window.addEventListener("pageshow", function () {
        document.querySelectorAll("form[data-no-double-submit]").forEach(function (form) {
            delete form.dataset.submitted;
            form.querySelectorAll("button[type=submit], input[type=submit]").forEach(function (button) {
                button.disabled = false;
                button.removeAttribute("aria-disabled");
            });
        });
    });
})();
