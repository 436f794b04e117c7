"""Factories live beside the models they build (each app's factories.py), so that the demo
command can use them; this package gathers them for the tests."""

from core.factories import ImageFactory, UserFactory
from exchange.factories import (
    AnswerFactory,
    FollowFactory,
    QuestionFactory,
    ReportFactory,
    SubjectFactory,
    SubjectSupportFactory,
)
from faq.factories import FaqEntryPageFactory, FaqIndexPageFactory
from home.factories import HomePageFactory
from members_area.factories import (
    DownloadLogFactory,
    InvitationFactory,
    MemberFactory,
    MemberOrganisationFactory,
    MemberProfileFactory,
    ResourceFactory,
    WorkingGroupFactory,
)

__all__ = [
    "AnswerFactory",
    "FaqEntryPageFactory",
    "FaqIndexPageFactory",
    "FollowFactory",
    "QuestionFactory",
    "ReportFactory",
    "SubjectFactory",
    "SubjectSupportFactory",
    "DownloadLogFactory",
    "HomePageFactory",
    "ImageFactory",
    "InvitationFactory",
    "MemberFactory",
    "MemberOrganisationFactory",
    "MemberProfileFactory",
    "ResourceFactory",
    "UserFactory",
    "WorkingGroupFactory",
]
