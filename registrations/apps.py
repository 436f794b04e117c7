"""Registering for the network's meetings, visits and trainings: places within the capacity the
facilitator set, a waiting list, and calendar invitations that stay right (decision 0045)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Inscriptions aux rencontres")

    def ready(self):
        # Models can be imported only once the app registry is ready.
        from . import signal_handlers

        signal_handlers.connect()
