from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReseauConfig(AppConfig):
    """The site package: custom user, image and document models, site settings, the base page."""

    name = "reseau"
    verbose_name = _("Site du réseau")

    def ready(self):
        from . import routing

        routing.connect_signals()

        from django.db.models.signals import post_delete, post_save

        from .models import (
            NetworkSettings,
            NetworkTexts,
            forget_network_settings,
            forget_network_texts,
        )

        for signal in (post_save, post_delete):
            signal.connect(
                forget_network_settings, sender=NetworkSettings, dispatch_uid="forget_settings"
            )
            signal.connect(forget_network_texts, sender=NetworkTexts, dispatch_uid="forget_texts")
