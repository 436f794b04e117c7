from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Espace adhérents")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import missing_files

        post_save.connect(
            missing_files.forget_replaced_document,
            sender=get_document_model(),
            dispatch_uid="members-area-forget-replaced-document",
        )

        from members_area.personal_data import remember_sign_in

        user_logged_in.connect(remember_sign_in, dispatch_uid="members_area_sign_in")
