"""The communes' contributions in the demo: the data file names demo members of two member
communes; the loader, on the sheets' lists, the themes and the members, makes them contributors
and leaves a sheet and a proposed document at each step of the review
(contributions.workflow.stage), the commune told by e-mail, the published document a reserved
resource open to every member; a second load changes nothing."""

import io

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Revision, WorkflowState

from contributions import editor_access, workflow
from contributions.models import ProposedDocument
from demo.loaders import contributions, members
from demo.loaders.accounts import ensure_admin
from demo.loaders.data import read
from demo.loaders.sections import ensure_index_pages
from demo.loaders.taxonomy import ensure_communes, ensure_themes
from home.setup import ensure_home_page
from members_area import permissions
from members_area.models import MemberProfile, Resource, ResourceKind
from sheets.models import ExperienceSheetPage

DATA = read("contributions")
MEMBERS = {m["email"].lower(): m for m in read("members")}
ORGANISATIONS = {o["slug"]: o for o in read("organisations")}
STAGES = ["draft", "in_review", "changes_requested", "published", "correction_in_review"]
DOCUMENT_STAGES = ["draft", "in_review", "changes_requested", "published"]
THEMES = {t["slug"] for t in read("themes")}
# A member of an organisation that contributes nothing: the network's members open what
# communes publish.
MEMBER = "sophie.guerin@laval-agglomeration.exemple.fr"
CHANGES_ASKED = "Modifications demandées sur le document"


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


def test_the_data_proposes_a_document_at_each_stage():
    emails = {c["email"].lower() for c in DATA["contributors"]}
    assert sorted(d["stage"] for d in DATA["documents"]) == sorted(DOCUMENT_STAGES)
    for document in DATA["documents"]:
        assert document["contributor"].lower() in emails
        assert document["kind"] in ResourceKind.values, document["title"]
        assert set(document["themes"]) <= THEMES, document["title"]
        assert document["year"] and document["description"] and document["body"]
        for step in document["steps"]:
            if isinstance(step, dict) and "correct" in step:
                assert "title" not in step["correct"], document["title"]


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
    assert "Documents proposés par les communes : 4 créés, 0 déjà là." in demo_db["out"]


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


def _document(data):
    profile = MemberProfile.objects.get(user__email=data["contributor"])
    return ProposedDocument.objects.select_related("organisation", "resource").get(
        organisation=profile.organisation, title=data["title"]
    )


def _document_at(stage):
    data = next(d for d in DATA["documents"] if d["stage"] == stage)
    return data, _document(data)


def test_a_document_at_each_stage_with_its_pdf(demo_db):
    found = {}
    for data in DATA["documents"]:
        document = _document(data)
        assert document.created_by.email == data["contributor"]
        assert sorted(t.slug for t in document.themes.all()) == sorted(data["themes"])
        draft = document.get_latest_revision_as_object()
        assert draft.file.name.startswith("proposals/") and draft.extension == "pdf"
        with draft.file.open("rb") as handle:
            assert handle.read(5) == b"%PDF-"
        found[data["stage"]] = workflow.stage(document)
    assert found == {name: name for name in DOCUMENT_STAGES}
    assert ProposedDocument.objects.count() == len(DATA["documents"])
    assert ProposedDocument.objects.exclude(resource=None).count() == 1


def test_the_published_document_is_a_resource_open_to_members(demo_db):
    data, document = _document_at("published")
    resource = document.resource
    assert document.live and resource is not None
    assert resource.open_to_all_members
    assert resource.commune_id == document.organisation.commune_id
    assert (resource.title, resource.kind, resource.year) == (
        data["title"],
        data["kind"],
        data["year"],
    )
    assert sorted(t.slug for t in resource.themes.all()) == sorted(data["themes"])
    # The file is the corrected one: the company's name was taken out at the facilitator's
    # request.
    assert "30 € HT le mètre carré" in resource.extracted_text
    assert "Isolations du Maine" not in resource.extracted_text
    member = Client()
    member.force_login(MemberProfile.objects.get(user__email=MEMBER).user)
    assert member.get(resource.get_absolute_url()).status_code == 200
    assert member.get(resource.get_download_url()).status_code == 200
    assert Client().get(resource.get_download_url()).status_code != 200


def test_the_document_sent_back_carries_the_facilitators_comment(demo_db):
    data, document = _document_at("changes_requested")
    comment = data["steps"][-1]["reject"]
    assert workflow.changes_comment(document) == comment
    contributor = Client()
    contributor.force_login(document.created_by)
    detail = reverse("contributions:document_detail", args=[document.pk])
    html = contributor.get(detail).content.decode()
    assert "cette délibération intéressera beaucoup de communes" in html
    told = [m for m in demo_db["sent"] if m.subject == f"{CHANGES_ASKED} : {data['title']}"]
    assert [m.to for m in told] == [[data["contributor"]]]
    assert "cette délibération intéressera beaucoup de communes" in told[0].body


def test_the_communes_are_told_of_their_documents(demo_db):
    def told(prefix):
        return {(m.to[0], m.subject) for m in demo_db["sent"] if m.subject.startswith(prefix)}

    documents = {d["stage"]: (d["contributor"], d["title"]) for d in DATA["documents"]}
    sent = "Document envoyé à l'équipe d'animation"
    assert told(sent) == {
        (email, f"{sent} : {title}")
        for stage, (email, title) in documents.items()
        if stage != "draft"
    }
    assert told(CHANGES_ASKED) == {
        (email, f"{CHANGES_ASKED} : {title}")
        for stage, (email, title) in documents.items()
        if stage in ("changes_requested", "published")  # the published one was sent back once
    }
    email, title = documents["published"]
    assert told("Votre document est publié") == {(email, f"Votre document est publié : {title}")}


def test_loading_twice_changes_nothing(demo_db):
    def counts():
        return (
            ExperienceSheetPage.objects.count(),
            ProposedDocument.objects.count(),
            Resource.objects.count(),
            Revision.objects.count(),
            WorkflowState.objects.count(),
            MemberProfile.objects.filter(contributor=True).count(),
        )

    before = counts()
    out = io.StringIO()
    assert contributions.build(out) == demo_db["lines"]
    assert counts() == before
    assert "0 fiches créées, 5 déjà là" in out.getvalue()
    assert "0 créés, 4 déjà là" in out.getvalue()
