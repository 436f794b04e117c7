"""A document an organisation proposes: a draft through the guided form, sent to the
facilitator, sent back with changes asked, a new file, sent again, published as a reserved
resource open to every member; the organisation's contributors told by e-mail at each step."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowContentType, WorkflowState

from contributions import workflow
from contributions.dashboard import ProposedDocumentsPanel
from contributions.factories import ContributorFactory
from contributions.models import ProposedDocument
from members_area.documents import make_pdf
from members_area.models import Resource
from tests.factories import UserFactory
from tests.second_factor import verified_login

from .conftest import client_of

pytestmark = pytest.mark.django_db

FIRST_PDF = make_pdf("Cahier des charges", "Chaufferie bois de l'école, première version.")
SECOND_PDF = make_pdf("Cahier des charges", "Chaufferie bois de l'école, version corrigée.")
# The member-area pages and the facilitator's panel, whatever the number of documents.
INDEX_BUDGET = 14  # three tables: experience sheets, technical sheets, documents
DETAIL_BUDGET = 15
PANEL_BUDGET = 3


def document_form(theme=None, content=FIRST_PDF, name="cahier.pdf", **overrides):
    data = {
        "title": "Cahier des charges de la chaufferie bois",
        "kind": "cahier_des_charges",
        "description": "Le cahier des charges du marché de la chaufferie de l'école.",
        "year": "2023",
        "themes": [theme.pk] if theme else [],
    }
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content)
    data.update(overrides)
    return data


def propose(client, theme=None, **overrides):
    client.post(reverse("contributions:document_new"), document_form(theme, **overrides))
    return ProposedDocument.objects.latest("pk")


def act(document, user, action, **kwargs):
    """The facilitator's action on the document's current task, as Wagtail's screens do it."""
    task_state = document.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state.specific, user, action, **kwargs)


def test_a_new_document_is_a_draft_of_the_contributors_organisation(contributor, theme, bais):
    client = client_of(contributor)
    response = client.post(reverse("contributions:document_new"), document_form(theme))
    document = ProposedDocument.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:document_detail", args=[document.pk])
    assert not document.live
    assert document.organisation == bais
    assert document.created_by == contributor
    assert document.latest_revision is not None
    assert [t.pk for t in document.themes.all()] == [theme.pk]
    assert document.file.name.startswith("proposals/")
    assert document.file.path.startswith(str(document.file.storage.location))
    detail = client.get(response["Location"])
    assert detail.status_code == 200
    assert "Brouillon" in detail.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ" + b"\x00" * 50, "ne sont pas acceptés"),
        ("faux.pdf", b"<html><script>alert(1)</script></html>", "ne correspond pas"),
    ],
)
def test_a_bad_file_is_refused_with_a_clear_message(contributor, name, content, message):
    response = client_of(contributor).post(
        reverse("contributions:document_new"), document_form(content=content, name=name)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Le cahier des charges du marché" in html  # what was typed stays
    assert not ProposedDocument.objects.exists()


def test_a_file_too_large_is_refused_with_its_size(contributor, settings):
    settings.MAX_DOCUMENT_SIZE = 1000
    big = make_pdf("Gros", "mot " * 2000)
    response = client_of(contributor).post(
        reverse("contributions:document_new"), document_form(content=big)
    )
    assert response.status_code == 400
    assert "la limite est de" in response.content.decode()
    assert not ProposedDocument.objects.exists()


def test_a_document_needs_a_file_and_a_title(contributor):
    response = client_of(contributor).post(
        reverse("contributions:document_new"), document_form(content=None, title="")
    )
    assert response.status_code == 400
    assert response.content.decode().count('class="errorlist"') == 2
    assert not ProposedDocument.objects.exists()


def test_the_same_form_sent_twice_makes_one_document(contributor):
    client = client_of(contributor)
    key = "6f1d2c1e-8d4f-4c3a-9a57-3f9b8a0c2d11"
    first = client.post(reverse("contributions:document_new"), document_form(submission_key=key))
    second = client.post(reverse("contributions:document_new"), document_form(submission_key=key))
    assert ProposedDocument.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_way_through_the_workflow(
    contributor, facilitator, other_contributor, theme, bais, django_capture_on_commit_callbacks
):
    client = client_of(contributor)
    document = propose(client, theme)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:document_submit", args=[document.pk]))
    assert workflow.stage(document) == workflow.Stage.IN_REVIEW
    sent = [m for m in mail.outbox if "Document envoyé à l'équipe d'animation" in m.subject]
    assert [m.to for m in sent] == [["claire@bais.exemple.fr"]]
    # No change while the facilitator reads it, and no second sending.
    edit_url = reverse("contributions:document_edit", args=[document.pk])
    assert client.get(edit_url).status_code == 302
    client.post(reverse("contributions:document_submit", args=[document.pk]))
    assert WorkflowState.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        act(document, facilitator, "reject", comment="Joignez la version signée.")
    assert workflow.stage(document) == workflow.Stage.CHANGES_REQUESTED
    detail_url = reverse("contributions:document_detail", args=[document.pk])
    assert "Joignez la version signée." in client.get(detail_url).content.decode()
    assert any("Joignez la version signée." in m.body for m in mail.outbox)

    response = client.post(
        edit_url, document_form(theme, content=SECOND_PDF, name="cahier-signe.pdf")
    )
    assert response.status_code == 302
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:document_submit", args=[document.pk]))
    assert workflow.stage(document) == workflow.Stage.IN_REVIEW
    # Sent back: the commune is told of this step too, once.
    sent = [m for m in mail.outbox if m.to == ["claire@bais.exemple.fr"]]
    assert [m.subject for m in sent] == [
        "Document envoyé à l'équipe d'animation : Cahier des charges de la chaufferie bois"
    ]

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(document, facilitator, "approve")
    document.refresh_from_db()
    assert document.live
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED
    resource = Resource.objects.get()
    assert document.resource == resource
    assert resource.open_to_all_members
    assert resource.commune_id == bais.commune_id
    assert resource.title == "Cahier des charges de la chaufferie bois"
    assert resource.kind == "cahier_des_charges" and resource.year == 2023
    assert [t.pk for t in resource.themes.all()] == [theme.pk]
    assert resource.file.name.startswith("resources/cahier-signe")
    with resource.file.open("rb") as stored:
        assert stored.read() == SECOND_PDF
    published = [m for m in mail.outbox if "Votre document est publié" in m.subject]
    assert len(published) == 1
    assert resource.get_absolute_url() in published[0].body
    assert "Publié dans les ressources" in client.get(detail_url).content.decode()
    assert client.get(edit_url).status_code == 302  # a resource now: the facilitator's
    # Any member of the network opens it.
    other = client_of(other_contributor)
    assert other.get(resource.get_absolute_url()).status_code == 200
    assert other.get(resource.get_download_url()).status_code == 200


def test_publishing_again_makes_no_second_resource(contributor, facilitator, theme):
    document = propose(client_of(contributor), theme)
    document.get_latest_revision().publish(user=facilitator)
    document.refresh_from_db()
    document.title = "Un titre revu par l'équipe d'animation"
    document.save_revision(user=facilitator).publish(user=facilitator)
    document.refresh_from_db()
    assert Resource.objects.count() == 1
    assert document.resource == Resource.objects.get()


def test_the_index_lists_the_organisations_documents_only(contributor, other_contributor, theme):
    propose(client_of(contributor), theme, title="Compte rendu du conseil de Bais")
    propose(client_of(other_contributor), theme, title="Étude de Quelaines")
    html = client_of(contributor).get(reverse("contributions:index")).content.decode()
    assert "Les documents proposés" in html
    assert "Compte rendu du conseil de Bais" in html
    assert "Étude de Quelaines" not in html


# --- Who sees what ------------------------------------------------------------------------------

SECRET_TITLE = "Délibération confidentielle de Bais"


@pytest.fixture
def bais_document(contributor, theme):
    return propose(client_of(contributor), theme, title=SECRET_TITLE)


def member_urls(document):
    return {
        "detail": reverse("contributions:document_detail", args=[document.pk]),
        "edit": reverse("contributions:document_edit", args=[document.pk]),
        "file": reverse("contributions:document_file", args=[document.pk]),
    }


def test_anonymous_visitors_are_asked_to_sign_in(bais_document):
    client = client_of(None)
    for url in [reverse("contributions:document_new"), *member_urls(bais_document).values()]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "connexion" in response["Location"] or "login" in response["Location"], url
    submit = reverse("contributions:document_submit", args=[bais_document.pk])
    assert client.post(submit).status_code == 302
    assert workflow.stage(bais_document) == workflow.Stage.DRAFT


def test_an_account_without_membership_gets_the_members_page(non_member_user, bais_document):
    client = client_of(non_member_user)
    for url in member_urls(bais_document).values():
        response = client.get(url)
        assert response.status_code == 403, url
        assert SECRET_TITLE not in response.content.decode()


def test_a_member_who_does_not_contribute_is_told_how_to(member, bais_document):
    client = client_of(member)
    for url in [reverse("contributions:document_new"), *member_urls(bais_document).values()]:
        response = client.get(url)
        assert response.status_code == 403, url
        html = response.content.decode()
        assert "Réservé aux contributeurs" in html
        assert SECRET_TITLE not in html


def test_another_organisations_contributor_finds_nothing(other_contributor, bais_document):
    client = client_of(other_contributor)
    for url in member_urls(bais_document).values():
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (404, 405), url  # the file is GET only
            assert SECRET_TITLE not in response.content.decode()
        assert client.get(url).status_code == 404
    submit = reverse("contributions:document_submit", args=[bais_document.pk])
    assert client.post(submit).status_code == 404
    assert workflow.stage(bais_document) == workflow.Stage.DRAFT
    index = client.get(reverse("contributions:index")).content.decode()
    assert SECRET_TITLE not in index


def test_the_organisations_contributors_work_on_it(contributor, bais, bais_document):
    colleague = ContributorFactory(organisation=bais, email="marc@bais.exemple.fr")
    for user in (contributor, colleague):
        client = client_of(user)
        urls = member_urls(bais_document)
        assert client.get(urls["detail"]).status_code == 200
        assert client.get(urls["edit"]).status_code == 200
        response = client.get(urls["file"])
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == FIRST_PDF
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]


def test_the_facilitator_downloads_the_file_but_does_not_write_in_the_form(
    facilitator, bais_document
):
    client = client_of(facilitator)
    urls = member_urls(bais_document)
    assert client.get(urls["file"]).status_code == 200
    assert client.get(urls["detail"]).status_code == 403
    assert client.get(urls["edit"]).status_code == 403


def test_staff_without_the_documents_permissions_get_no_file(bais_document):
    staff = UserFactory(email="redaction@exemple.fr", is_staff=True)
    response = client_of(staff).get(member_urls(bais_document)["file"])
    assert response.status_code == 403
    assert response.get("Content-Disposition") is None


def test_a_lapsed_organisations_contributor_loses_access(contributor, bais, bais_document):
    bais.active_until = timezone.localdate() - timedelta(days=1)
    bais.save()
    response = client_of(contributor).get(member_urls(bais_document)["file"])
    assert response.status_code == 403
    assert response.get("Content-Disposition") is None


# --- The facilitator's admin --------------------------------------------------------------------

LIST_URL = "/admin/snippets/contributions/proposeddocument/"


def admin_client(user):
    client = Client()
    verified_login(client, user)
    return client


def test_the_facilitator_reviews_in_wagtails_screens(facilitator, bais_document):
    client = admin_client(facilitator)
    listing = client.get(LIST_URL)
    assert listing.status_code == 200
    assert SECRET_TITLE in listing.content.decode()
    edit = client.get(f"{LIST_URL}edit/{bais_document.pk}/")
    assert edit.status_code == 200
    assert member_urls(bais_document)["file"] in edit.content.decode()
    # Communes propose documents: nobody adds one in the admin.
    assert client.get(f"{LIST_URL}add/").status_code in (302, 403)
    # The facilitator may reword it; the organisation and the file stay the commune's.
    saved = client.post(
        f"{LIST_URL}edit/{bais_document.pk}/",
        {
            "title": "Délibération type de Bais",
            "kind": "deliberation",
            "year": "2024",
            "description": "Une délibération type.",
            "organisation": "",
        },
    )
    assert saved.status_code == 302
    bais_document.refresh_from_db()
    assert bais_document.title == "Délibération type de Bais"
    assert bais_document.organisation.name == "Commune de Bais"
    assert bais_document.file.name.startswith("proposals/")
    assert bais_document.revisions.count() == 2


def test_the_facilitator_asks_for_changes_from_the_admin(
    facilitator, contributor, bais_document, django_capture_on_commit_callbacks
):
    client_of(contributor).post(reverse("contributions:document_submit", args=[bais_document.pk]))
    task_state = bais_document.current_workflow_state.current_task_state
    client = admin_client(facilitator)
    edit = client.get(f"{LIST_URL}edit/{bais_document.pk}/").content.decode()
    assert f"{LIST_URL}workflow/collect_action_data/{bais_document.pk}/reject/" in edit
    action = f"{LIST_URL}workflow/action/{bais_document.pk}/reject/{task_state.pk}/"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"comment": "Ajoutez l'annexe financière."})
    assert response.status_code in (200, 302)
    assert workflow.changes_comment(bais_document) == "Ajoutez l'annexe financière."
    asked = [m for m in mail.outbox if "Modifications demandées" in m.subject]
    assert [m.to for m in asked] == [["claire@bais.exemple.fr"]]
    assert "Ajoutez l'annexe financière." in asked[0].body


def test_contributors_hold_no_permission_on_the_snippet(contributor, bais_document):
    assert not any(perm.startswith("contributions.") for perm in contributor.get_all_permissions())
    client = admin_client(contributor)
    for url in [LIST_URL, f"{LIST_URL}edit/{bais_document.pk}/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url


def test_no_admin_page_shows_another_organisations_document(
    other_contributor, facilitator, bais_document
):
    client_of(bais_document.created_by).post(
        reverse("contributions:document_submit", args=[bais_document.pk])
    )
    client = admin_client(other_contributor)
    for url in [
        "/admin/",
        LIST_URL,
        f"{LIST_URL}edit/{bais_document.pk}/",
        f"{LIST_URL}history/{bais_document.pk}/",
        f"{LIST_URL}workflow_history/{bais_document.pk}/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
    ]:
        response = client.get(url, follow=True)
        assert SECRET_TITLE not in response.content.decode(), url
    for url in [f"{LIST_URL}lock/{bais_document.pk}/", f"{LIST_URL}delete/{bais_document.pk}/"]:
        assert client.post(url).status_code in (302, 403), url
    bais_document.refresh_from_db()
    assert not bais_document.locked
    # Its author's own admin home lists it among their objects in moderation, and opens.
    author = admin_client(bais_document.created_by).get("/admin/")
    assert author.status_code == 200


def test_the_dashboard_panel_lists_the_documents_to_review(
    facilitator, contributor, bais_document, theme
):
    client_of(contributor).post(reverse("contributions:document_submit", args=[bais_document.pk]))
    propose(client_of(contributor), theme, title="Un brouillon pas encore envoyé")
    content = admin_client(facilitator).get("/admin/").content.decode()
    panel = content.split('id="proposed-documents-content"')[1].split("</section>")[0]
    assert SECRET_TITLE in panel
    assert f"{LIST_URL}edit/{bais_document.pk}/" in panel
    assert "Commune de Bais" in panel
    assert "1 document envoyé par une collectivité attend votre relecture" in panel
    assert "1 brouillon pas encore envoyé" in panel
    assert "Un brouillon pas encore envoyé" not in panel


def test_the_panel_is_for_those_who_may_change_the_documents(bais_document):
    staff = UserFactory(email="redaction@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    staff.groups.add(group)
    content = admin_client(staff).get("/admin/").content.decode()
    assert 'id="proposed-documents' not in content


# --- The workflow's assignment ------------------------------------------------------------------


def test_the_documents_go_through_the_first_active_workflow(db):
    content_type = ContentType.objects.get_for_model(ProposedDocument)
    assigned = WorkflowContentType.objects.get(content_type=content_type)
    assert assigned.workflow == Workflow.objects.filter(active=True).order_by("pk").first()
    assert ProposedDocument.get_default_workflow() == assigned.workflow


def test_the_assignment_is_made_once_and_keeps_the_facilitators_choice(db):
    migration = importlib.import_module("contributions.migrations.0002_proposeddocument_workflow")
    content_type = ContentType.objects.get_for_model(ProposedDocument)
    WorkflowContentType.objects.filter(content_type=content_type).delete()
    migration.assign_workflow(django_apps, None)
    migration.assign_workflow(django_apps, None)
    assert WorkflowContentType.objects.filter(content_type=content_type).count() == 1
    chosen = Workflow.objects.create(name="Relecture des documents", active=True)
    WorkflowContentType.objects.filter(content_type=content_type).update(workflow=chosen)
    migration.assign_workflow(django_apps, None)
    assert WorkflowContentType.objects.get(content_type=content_type).workflow == chosen


# --- Query budgets ------------------------------------------------------------------------------


def _count(client, url, django_assert_max_num_queries, budget):
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_pages_queries_do_not_grow(
    contributor, facilitator, theme, django_assert_max_num_queries
):
    client = client_of(contributor)
    document = propose(client, theme)
    client.post(reverse("contributions:document_submit", args=[document.pk]))
    index = reverse("contributions:index")
    detail = reverse("contributions:document_detail", args=[document.pk])
    client.get(index)  # warms the content types' cache
    few = _count(client, index, django_assert_max_num_queries, INDEX_BUDGET)
    for number in range(6):
        other = propose(client, theme, title=f"Document {number}")
        client.post(reverse("contributions:document_submit", args=[other.pk]))
    assert _count(client, index, django_assert_max_num_queries, INDEX_BUDGET) == few
    _count(client, detail, django_assert_max_num_queries, DETAIL_BUDGET)
    act(document, facilitator, "reject", comment="Précisez l'année.")
    _count(client, detail, django_assert_max_num_queries, DETAIL_BUDGET)


def test_the_panels_queries_do_not_grow(
    contributor, facilitator, theme, django_assert_max_num_queries
):
    client = client_of(contributor)
    request = RequestFactory().get("/admin/")
    request.user = facilitator

    def render():
        with django_assert_max_num_queries(PANEL_BUDGET) as captured:
            html = ProposedDocumentsPanel().render_html({"request": request, "csrf_token": ""})
        assert "Documents proposés à relire" in html
        return len(captured)

    document = propose(client, theme)
    client.post(reverse("contributions:document_submit", args=[document.pk]))
    render()
    few = render()
    for number in range(6):
        other = propose(client, theme, title=f"Document {number}")
        client.post(reverse("contributions:document_submit", args=[other.pk]))
    assert render() == few
