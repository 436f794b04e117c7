"""The directory's demo data (demo/data/directory.yaml) and its loader: varied consents, valid
phones in the range kept for fiction, themes that exist, and a second load that changes
nothing."""

import io

import pytest

from demo.loaders.data import read
from demo.loaders.directory import build_directory
from directory.models import DirectoryEntry
from directory.phone import normalise_phone
from sheets.factories import ThemeFactory
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

ITEMS = read("directory")


def test_the_data_is_varied_and_valid():
    for choice in ("show_email", "show_phone", "show_themes"):
        assert sum(bool(item.get(choice)) for item in ITEMS) >= 3, choice
    assert sum(item.get("listed") is False for item in ITEMS) == 1
    assert any(item.get("show_role") is False for item in ITEMS)
    assert any(item.get("show_commune") is False for item in ITEMS)
    members = {member["email"] for member in read("members")}
    theme_slugs = {theme["slug"] for theme in read("themes")}
    for item in ITEMS:
        assert item["email"] in members
        assert set(item.get("themes", [])) <= theme_slugs
        if item.get("phone"):
            assert normalise_phone(item["phone"]) == item["phone"]
            assert item["phone"].startswith("02 61 91")  # ARCEP's range for fiction


def test_the_loader_is_idempotent(site):
    for theme in read("themes"):
        ThemeFactory(slug=theme["slug"], name=theme["name"])
    for item in ITEMS:
        MemberFactory(email=item["email"])
    build_directory(io.StringIO())
    entries = {entry.user.email: entry for entry in DirectoryEntry.objects.select_related("user")}
    assert len(entries) == len(ITEMS)
    withdrawn = next(item["email"] for item in ITEMS if item.get("listed") is False)
    assert not entries[withdrawn].listed
    sophie = entries["sophie.guerin@laval-agglomeration.exemple.fr"]
    assert sophie.show_email and sophie.themes.count() == 2
    before = list(DirectoryEntry.objects.values().order_by("pk"))
    out = io.StringIO()
    build_directory(out)
    assert list(DirectoryEntry.objects.values().order_by("pk")) == before
    assert "0 fiches créées" in out.getvalue()
