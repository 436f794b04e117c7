from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReseauConfig(AppConfig):
    """The host: the custom user, image and document models and the network's settings and
    texts; settings, URLs and site-wide templates live beside it."""

    name = "reseau"
    verbose_name = _("Site du réseau")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from members_area.signals import account_anonymised
        from reseau import cache_purge
        from reseau.second_factor.devices import forget_devices

        account_anonymised.connect(forget_devices, dispatch_uid="reseau-forget-second-factor")
        cache_purge.connect()
