"""Being put in touch ("mise en relation"): a member asks to meet the commune behind a sheet,
and sees the contact's details only once the contact accepts (decision 0043)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntroductionsConfig(AppConfig):
    name = "introductions"
    verbose_name = _("Mises en relation")

    def ready(self):
        from members_area.signals import account_anonymised

        from . import personal_data

        account_anonymised.connect(personal_data.forget, dispatch_uid="introductions-forget")
