// A form marked data-submit-once disables its buttons once sent, so that a double click sends
// it once (the server refuses a second post anyway: this only spares the round trip).
(function () {
  "use strict";
  document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        window.setTimeout(function () {
          button.disabled = true;
          button.setAttribute("aria-disabled", "true");
        }, 0);
      });
    });
  });
})();
