// The printable report's "Imprimer" button (no inline script: the site's CSP).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
