from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Échanges entre adhérents")

    def ready(self):
        from . import question_signals  # noqa: F401 (connects the receivers)
