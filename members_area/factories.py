"""Factories for the member area, used by the tests and by the demo loader alike."""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from core.factories import UserFactory

from .documents import make_document
from .models import (
    DownloadLog,
    Invitation,
    MemberOrganisation,
    MemberProfile,
    MemberRole,
    Resource,
    ResourceKind,
    WorkingGroup,
)


def end_of_year(offset=0):
    return datetime.date(timezone.localdate().year + offset, 12, 31)


class MemberOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberOrganisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Commune adhérente {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = MemberOrganisation.Kind.COMMUNE
    member_since = 2012
    active_until = factory.LazyFunction(end_of_year)

    class Params:
        lapsed = factory.Trait(
            active_until=factory.LazyFunction(
                lambda: timezone.localdate() - datetime.timedelta(days=30)
            )
        )


class MemberProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberProfile
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(MemberOrganisationFactory)
    role = MemberRole.TECHNICIAN
    function = "Chargée de mission développement durable"


def MemberFactory(organisation=None, role=MemberRole.TECHNICIAN, function="", **user_fields):
    """A user with a member profile; returns the user."""
    user = UserFactory(**user_fields)
    MemberProfileFactory(
        user=user,
        organisation=organisation or MemberOrganisationFactory(),
        role=role,
        function=function or "Technicien·ne",
    )
    return user


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Groupe de travail {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "Échanges entre techniciens et élus sur un thème commun."

    @factory.post_generation
    def members(self, create, extracted, **kwargs):
        if create and extracted:
            self.group.user_set.add(*extracted)


class ResourceFactory(factory.django.DjangoModelFactory):
    """A resource with a real file (PDF by default) whose text is `body`."""

    class Meta:
        model = Resource
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    class Params:
        body = "Document de travail partagé entre les collectivités du réseau."
        file_format = "pdf"

    title = factory.Sequence(lambda n: f"Ressource réservée {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title)[:255])
    kind = ResourceKind.SPECIFICATIONS
    year = 2023
    description = "Document de travail partagé entre les collectivités du réseau."
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            make_document(o.file_format, o.title, o.body), name=f"{o.slug}.{o.file_format}"
        )
    )

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class InvitationFactory(factory.django.DjangoModelFactory):
    """Build with InvitationFactory(); the clear token is on `invitation.token`."""

    class Meta:
        model = Invitation

    email = factory.Sequence(lambda n: f"invite{n}@exemple.fr")
    organisation = factory.SubFactory(MemberOrganisationFactory)
    role = MemberRole.ELECTED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        invitation = model_class(*args, **kwargs)
        token = invitation.new_token()
        invitation.save()
        invitation.token = token
        return invitation


class DownloadLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DownloadLog

    resource = factory.SubFactory(ResourceFactory)
    user = factory.SubFactory(UserFactory)
