from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Données ouvertes")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge

        cache_purge.connect()
