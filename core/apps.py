from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What several plugins share: the abstract base page, text extraction, common template
    tags. It imports no plugin and not the site package."""

    name = "core"
    verbose_name = _("Socle commun")

    def ready(self):
        # Imported here, as Django documents for signal handlers: the module reads models,
        # which are not loaded yet when this file is.
        from core.translation import localize_translatable_relations

        pre_save.connect(localize_translatable_relations, dispatch_uid="localize_m2m")
