"""Factories for the membership plugin, used by the tests and by the demo loader alike."""

import factory
import wagtail_factories

from members_area.models import MemberRole

from .applications import (
    ApplicationKind,
    ApplicationPerson,
    ApplicationStatus,
    MembershipApplication,
    ReminderLog,
)
from .pages import JoinPage


class JoinPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = JoinPage

    title = "Adhérer au réseau"
    slug = "adherer-au-reseau"
    intro = "<p>Rejoignez les collectivités mayennaises qui partagent leurs expériences.</p>"
    who_can_join = "<p>Les communes, intercommunalités et conseils de développement.</p>"
    benefits = "<ul><li>L'espace adhérents et ses documents.</li></ul>"
    thank_you = "<p>Merci ! L'équipe d'animation vous répond sous quinze jours.</p>"


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipApplication

    kind = ApplicationKind.COMMUNE
    commune = factory.SubFactory("sheets.factories.CommuneFactory")
    first_name = "Claire"
    last_name = factory.Sequence(lambda n: f"Demandeuse{n}")
    function = "Adjointe à l'environnement"
    role = MemberRole.ELECTED
    email = factory.Sequence(lambda n: f"demande{n}@exemple.fr")
    status = ApplicationStatus.PENDING


class ApplicationPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApplicationPerson

    application = factory.SubFactory(MembershipApplicationFactory)
    name = factory.Sequence(lambda n: f"Paul Invité{n}")
    email = factory.Sequence(lambda n: f"invite{n}@exemple.fr")
    role = MemberRole.TECHNICIAN


class ReminderLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReminderLog

    days_before = 60
