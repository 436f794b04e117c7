from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReseauConfig(AppConfig):
    """The host: the custom user, image and document models and the network's settings and
    texts; settings, URLs and site-wide templates live beside it."""

    name = "reseau"
    verbose_name = _("Site du réseau")
