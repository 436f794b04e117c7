from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = _("Questions fréquentes")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge

        cache_purge.connect()
