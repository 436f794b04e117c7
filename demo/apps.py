from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content and its `load_demo` command. It builds on every plugin and on none of
    the site package: the host's own models are named in the data files."""

    name = "demo"
    verbose_name = _("Contenu de démonstration")
