from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidsConfig(AppConfig):
    name = "aids"
    verbose_name = _("Aides et accompagnements")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import cache_purge

        cache_purge.connect()
