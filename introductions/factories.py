"""Factories for the introductions, used by the tests and by the demo loader alike. A request
needs its sheet; its requester defaults to a member of an active organisation, and the rest
(organisation, sheet title, commune, contact's name) follows from them."""

import factory

from members_area.factories import MemberFactory

from .models import EventKind, IntroductionEvent, IntroductionRequest, Purpose


def _organisation_of(user):
    profile = getattr(user, "member_profile", None) if user is not None else None
    return profile.organisation if profile is not None else None


class IntroductionRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IntroductionRequest

    requester = factory.LazyFunction(MemberFactory)
    organisation = factory.LazyAttribute(lambda o: _organisation_of(o.requester))
    sheet_title = factory.LazyAttribute(lambda o: o.sheet.title)
    commune = factory.LazyAttribute(lambda o: o.sheet.commune)
    contact_name = factory.LazyAttribute(lambda o: o.sheet.contact_name)
    purpose = Purpose.VISIT
    message = "Nous préparons un projet semblable : pourrions-nous venir voir votre réalisation ?"


class IntroductionEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IntroductionEvent

    request = factory.SubFactory(IntroductionRequestFactory)
    kind = EventKind.REQUESTED
