from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReseauConfig(AppConfig):
    """The site package: custom user, image and document models, site settings, the base page."""

    name = "reseau"
    verbose_name = _("Site du réseau")
