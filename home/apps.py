from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge

        cache_purge.connect()
