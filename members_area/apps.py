from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Espace adhérents")

    def ready(self):
        # Imported here, as Django documents for signal handlers: the module reads models.
        from members_area.personal_data import remember_sign_in

        user_logged_in.connect(remember_sign_in, dispatch_uid="members_area_sign_in")
