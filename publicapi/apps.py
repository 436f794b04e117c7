from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicApiConfig(AppConfig):
    name = "publicapi"
    verbose_name = _("API publique")
