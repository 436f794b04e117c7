"""The member directory: who is who in the network, each member choosing field by field what
the other members see of them (decision 0043)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Annuaire des membres")

    def ready(self):
        from members_area.signals import account_anonymised

        from . import personal_data

        account_anonymised.connect(personal_data.forget, dispatch_uid="directory-forget-entry")
