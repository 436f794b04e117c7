"""The communes' contributions in the demo: the data file names demo members of two member
communes; the loader, on the sheets' lists, the themes and the members, makes them contributors
and leaves a sheet at each step of the review (contributions.workflow.stage), the commune told
by e-mail; a second load changes nothing."""

import io

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client, TestCase
from django.utils import timezone
from wagtail.models import Locale, Revision, WorkflowState

from contributions import editor_access, workflow
from demo.loaders import contributions, members
from demo.loaders.accounts import ensure_admin
from demo.loaders.data import read
from demo.loaders.sections import ensure_index_pages
from demo.loaders.taxonomy import ensure_communes, ensure_themes
from home.setup import ensure_home_page
from members_area import permissions
from members_area.models import MemberProfile
from sheets.models import ExperienceSheetPage

DATA = read("contributions")
MEMBERS = {m["email"].lower(): m for m in read("members")}
ORGANISATIONS = {o["slug"]: o for o in read("organisations")}
STAGES = ["draft", "in_review", "changes_requested", "published", "correction_in_review"]


def test_the_data_names_members_of_two_communes_and_every_stage():
    emails = [c["email"].lower() for c in DATA["contributors"]]
    organisations = {MEMBERS[email]["organisation"] for email in emails}
    assert len(organisations) == 2
    assert all(ORGANISATIONS[slug]["commune"] for slug in organisations)
    # Not the accounts other demos print: their dashboards stay as those demos describe them.
    assert not any(MEMBERS[email].get("demo_login") for email in emails)
    assert sorted(s["stage"] for s in DATA["sheets"]) == sorted(STAGES)
    for sheet in DATA["sheets"]:
        assert sheet["contributor"].lower() in emails
        for step in sheet["steps"]:
            if isinstance(step, dict) and "correct" in step:
                assert "title" not in step["correct"], sheet["title"]


@pytest.fixture(scope="module")
def demo_db(django_db_setup, django_db_blocker):
    """The sheets' lists, the themes, the communes, the members and the facilitator, then the
    contributions as load_demo loads them (the e-mails queued on commit are run); once for the
    module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = ensure_home_page()
        ensure_index_pages(home)
        ensure_themes(Locale.get_default())
        ensure_communes()
        ensure_admin()
        members.build_members(*members.build_organisations())
        mail.outbox = []
        out = io.StringIO()
        with TestCase.captureOnCommitCallbacks(execute=True):
            lines = contributions.build(out)
        sent = list(mail.outbox)
        yield {"lines": lines, "out": out.getvalue(), "sent": sent}
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def _sheet(title):
    return ExperienceSheetPage.objects.get(draft_title=title)


def test_two_contributors_with_their_groups_and_sign_in(demo_db):
    profiles = MemberProfile.objects.filter(contributor=True).select_related("organisation")
    assert {p.user.email for p in profiles} == {c["email"] for c in DATA["contributors"]}
    assert len({p.organisation.commune_id for p in profiles}) == 2
    for profile in profiles:
        assert permissions.contributing_organisation(profile.user) == profile.organisation
        names = set(profile.user.groups.values_list("name", flat=True))
        assert editor_access.CONTRIBUTORS_GROUP in names
        assert f"Contributeurs : {profile.organisation.name}" in names
    assert len(demo_db["lines"]) == 2
    assert all("/adherents/contributions/" in line for line in demo_db["lines"])
    assert "5 fiches créées, 0 déjà là" in demo_db["out"]


def test_a_sheet_at_each_stage(demo_db):
    found = {}
    for data in DATA["sheets"]:
        page = _sheet(data["title"])
        assert page.owner.email == data["contributor"]
        stage = workflow.stage(page)
        if page.live and stage == workflow.Stage.IN_REVIEW:
            stage = "correction_in_review"
        found[data["stage"]] = stage
    assert found == {name: name for name in STAGES}


def test_the_published_sheets_say_they_were_reviewed_with_the_commune(demo_db):
    for data in DATA["sheets"]:
        if data["stage"] not in ("published", "correction_in_review"):
            continue
        page = _sheet(data["title"])
        assert page.last_reviewed == timezone.localdate()
        html = Client().get(page.url).content.decode()
        assert "Informations relues avec la commune le" in html
    # The correction waits: the live sheet keeps what was published.
    correction = next(d for d in DATA["sheets"] if d["stage"] == "correction_in_review")
    page = _sheet(correction["title"])
    assert page.has_unpublished_changes
    assert "2,3 tonnes" not in page.results
    assert "2,3 tonnes" in page.get_latest_revision_as_object().results


def test_the_facilitators_comment_and_the_communes_emails(demo_db):
    asked = next(d for d in DATA["sheets"] if d["stage"] == "changes_requested")
    page = _sheet(asked["title"])
    assert workflow.changes_comment(page) == asked["steps"][-1]["reject"]
    subjects = [m.subject for m in demo_db["sent"]]
    assert any(s.startswith("Modifications demandées sur la fiche") for s in subjects)
    assert any(s.startswith("Votre fiche est publiée") for s in subjects)
    assert any(s.startswith("Fiche envoyée à l'équipe d'animation") for s in subjects)


def test_loading_twice_changes_nothing(demo_db):
    def counts():
        return (
            ExperienceSheetPage.objects.count(),
            Revision.objects.count(),
            WorkflowState.objects.count(),
            MemberProfile.objects.filter(contributor=True).count(),
        )

    before = counts()
    out = io.StringIO()
    assert contributions.build(out) == demo_db["lines"]
    assert counts() == before
    assert "0 fiches créées, 5 déjà là" in out.getvalue()
