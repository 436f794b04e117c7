from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What several plugins share: the abstract base page, text extraction, common template
    tags. It imports no plugin and not the site package."""

    name = "core"
    verbose_name = _("Socle commun")
