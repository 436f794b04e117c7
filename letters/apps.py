"""The network's letter: written as a Wagtail page, previewed as an e-mail, sent to the alerts'
subscribers who asked for it, and archived on the site (decision 0046)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LettersConfig(AppConfig):
    name = "letters"
    verbose_name = _("Lettre du réseau")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge

        cache_purge.connect()
