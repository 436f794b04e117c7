"""Factories live beside the models they build (each app's factories.py), so that the demo
command can use them; this package gathers them for the tests."""

from core.factories import ImageFactory, UserFactory
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
