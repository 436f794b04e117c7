"""Printable sheets: each experience and technical sheet as a tagged PDF, made on publish and
kept per revision, and a theme's sheets as one booklet (docs/printing.md, decision 0054)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrintingConfig(AppConfig):
    name = "printing"
    verbose_name = _("Fiches imprimables")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import publishing

        publishing.connect()
