from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "contributions"
    verbose_name = _("Contributions des communes")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import document_notifications, notifications, signals

        notifications.connect()
        document_notifications.connect()
        signals.connect()
