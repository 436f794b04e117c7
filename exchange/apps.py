from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Échanges entre adhérents")

    def ready(self):
        from members_area.signals import account_anonymised

        from . import personal_data, question_signals  # noqa: F401 (connects the receivers)

        account_anonymised.connect(personal_data.forget, dispatch_uid="exchange-forget-follows")
