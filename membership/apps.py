from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "membership"
    verbose_name = _("Adhésions au réseau")

    def ready(self):
        from members_area.signals import account_anonymised

        from .personal_data import forget

        account_anonymised.connect(forget, dispatch_uid="membership-forget-applications")
