from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SheetsConfig(AppConfig):
    name = "sheets"
    verbose_name = _("Fiches et rencontres")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge, fragment_cache

        cache_purge.connect()
        fragment_cache.connect()
