"""The introductions' demo: the data file's references (sheets, members, who can act), then the
loader on a small site (the sheets and members it names): ten requests in varied states, dated
back, contact details only where the contact accepted, and a second load that changes nothing."""

import io
from collections import Counter

import pytest
from django.utils import timezone

from demo.loaders.accounts import ensure_admin
from demo.loaders.data import read
from demo.loaders.introductions import build
from introductions.models import IntroductionRequest, Status
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from tests.factories import MemberFactory, MemberOrganisationFactory

ITEMS = read("introductions")
SHEETS = {s["slug"]: s for s in read("experiences")}
MEMBERS = {m["email"]: m for m in read("members")}


def contact_is_member(slug):
    return SHEETS[slug]["contact"].get("email", "").lower() in MEMBERS


def test_the_data_file_names_existing_sheets_and_members():
    assert len(ITEMS) == 10
    assert len({item["key"] for item in ITEMS}) == 10
    for item in ITEMS:
        assert item["sheet"] in SHEETS, item["key"]
        assert item["requester"] in MEMBERS, item["key"]
        for step in item.get("steps", []):
            if step["do"] in ("accept", "decline"):
                assert contact_is_member(item["sheet"]), item["key"]
    # Some sheets' contacts have an account, some not: both paths are shown.
    assert {contact_is_member(item["sheet"]) for item in ITEMS} == {True, False}


@pytest.fixture
def small_site(site):
    ensure_admin()
    index = ExperienceIndexPageFactory(parent=site.root_page)
    for slug in {item["sheet"] for item in ITEMS}:
        contact = SHEETS[slug]["contact"]
        ExperienceSheetPageFactory(
            parent=index, slug=slug, contact_name=contact["name"], contact_email=contact["email"]
        )
    organisations = {}
    emails = {item["requester"] for item in ITEMS} | {
        SHEETS[slug]["contact"]["email"] for slug in SHEETS if contact_is_member(slug)
    }
    for email in emails:
        slug = MEMBERS[email]["organisation"]
        organisation = organisations.setdefault(slug, MemberOrganisationFactory(name=slug))
        MemberFactory(organisation=organisation, email=email)


def test_the_loader_builds_ten_requests_once(small_site):
    build(io.StringIO())
    requests = list(IntroductionRequest.objects.all())
    assert len(requests) == 10
    states = Counter(r.status for r in requests)
    assert set(states) == set(Status.values)
    for request in requests:
        assert request.created_at < timezone.now()
        assert request.events.count() >= 1
        shared = bool(request.shared_email or request.shared_phone)
        assert shared is (request.status == Status.ACCEPTED)
    before = sorted(IntroductionRequest.objects.values_list("pk", "status", "updated_at"))
    out = io.StringIO()
    build(out)
    assert sorted(IntroductionRequest.objects.values_list("pk", "status", "updated_at")) == before
    assert "0 créées, 10 déjà là" in out.getvalue()
