"""Factories live beside the models they build (each app's factories.py), so that the demo
command can use them; this package gathers them for the tests."""

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
from reseau.factories import ImageFactory, UserFactory

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
