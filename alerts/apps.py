"""Alerts: anyone follows the themes, communes and kinds of content that matter to them and
receives what is new by e-mail, with double opt-in and one-click unsubscribe (decision 0046)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Alertes")

    def ready(self):
        from members_area.signals import account_anonymised

        from . import personal_data

        account_anonymised.connect(personal_data.forget, dispatch_uid="alerts-forget-subscriptions")
