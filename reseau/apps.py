from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReseauConfig(AppConfig):
    """The site package: custom user, image and document models, site settings."""

    name = "reseau"
    verbose_name = _("Site du réseau")

    def ready(self):
        from django.db.models.signals import pre_save

        from reseau.translation import localize_translatable_relations

        pre_save.connect(localize_translatable_relations, dispatch_uid="localize_m2m")

        from . import cache

        cache.connect_signals()
