"""The demo command builds a site in which every page answers, publicly and in the admin (the
demo is loaded once for the package: tests/demo_site/conftest.py)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db.models import Q
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import StringTranslation

from aids.models import AidPage, Funder, today
from alerts.models import DeliveryFailure, Digest, Subscriber
from contributions.models import ProposedDocument
from directory.models import DirectoryEntry
from exchange.models import Answer, Follow, Question, Subject, SubjectSupport
from introductions.models import IntroductionRequest
from members_area.models import (
    Invitation,
    MemberOrganisation,
    MemberProfile,
    Resource,
    ResourceGroupPermission,
)
from membership.applications import MembershipApplication
from registrations.models import Registration
from reseau.models import User
from sheets.models import (
    Commune,
    CommuneIndexPage,
    EventQuestion,
    ExperienceFunding,
    ExperienceSheetPage,
    Theme,
)
from tests.demo_site.conftest import registration_emails
from tests.second_factor import verified_login

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]


def _counts():
    """How many of each kind of demo content there is."""
    models = [
        Page,
        Revision,
        User,
        Theme,
        Commune,
        MemberOrganisation,
        Resource,
        ResourceGroupPermission,
        Invitation,
        get_image_model(),
        get_document_model(),
        StringTranslation,
        Question,
        Answer,
        Follow,
        Subject,
        SubjectSupport,
        Funder,
        ExperienceFunding,
        ProposedDocument,
        Registration,
        EventQuestion,
        Subscriber,
        Digest,
        DeliveryFailure,
    ]
    return {model._meta.label: model.objects.count() for model in models}


def test_demo_is_idempotent_and_sends_nothing(demo_db, django_capture_on_commit_callbacks):
    counts = _counts()
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("load_demo", verbosity=0)
    assert _counts() == counts
    # No registration e-mail, on the first load or the next.
    assert demo_db == registration_emails(callbacks) == []


def test_every_demo_page_answers_publicly(demo_db):
    client = Client()
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() >= 2
    failures = []
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
    assert failures == []


def pages_to_edit():
    """A page of each type in each language (the editor's panels and blocks are the type's), and
    every page with a draft or in moderation (the editor then shows more: the revision, the
    workflow, the comments)."""
    pages = Page.objects.filter(depth__gt=1).order_by("path")
    chosen = {}
    for page in pages:
        chosen.setdefault((page.content_type_id, page.locale_id), page)
    drafts = pages.filter(Q(has_unpublished_changes=True) | Q(live=False))
    moderated = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    # Workflow states name their object by a string: compared as page ids on every database.
    in_moderation = pages.filter(
        pk__in=[int(pk) for pk in moderated.values_list("object_id", flat=True)]
    )
    return {page.pk: page for page in [*chosen.values(), *drafts, *in_moderation]}.values()


def test_every_kind_of_demo_page_opens_in_the_admin_editor(demo_db):
    client = Client()
    verified_login(client, User.objects.get(email="animatrice@reseau-collectivites-53.fr"))
    failures = []
    for page in pages_to_edit():
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        if response.status_code != 200:
            failures.append((page.pk, page.title, response.status_code))
    assert failures == []


def test_home_answers_in_french_and_english(demo_db):
    client = Client()
    french = client.get("/")
    english = client.get("/en/")
    assert french.status_code == english.status_code == 200
    assert b'<html lang="fr">' in french.content
    assert b'<html lang="en">' in english.content


def test_no_demo_picture_pretends_to_be_a_communes_photo(demo_db):
    """Sheets show their theme's drawing instead of a made-up photo; the few drawings the demo
    keeps say what they are and carry no credit."""
    assert not ExperienceSheetPage.objects.exclude(main_image=None).exists()
    images = get_image_model().objects.all()
    assert images.exists()
    assert not images.exclude(credit="").exists()
    assert all("démonstration" in image.title for image in images)
    sheet = ExperienceSheetPage.objects.live().filter(locale__language_code="fr").first()
    html = Client().get(sheet.url).content.decode()
    assert "/static/sheets/illustrations/" in html and "© Mairie de" not in html


def test_demo_pdfs_have_pages_and_text_to_search(demo_db):
    """The reserved PDFs are a few pages long and their text was extracted (search inside
    files shows real excerpts)."""
    pdfs = list(Resource.objects.filter(file__endswith=".pdf"))
    assert len(pdfs) >= 100
    for resource in pdfs[::10]:
        with resource.file.open("rb") as handle:
            assert 2 <= len(PdfReader(handle).pages) <= 5, resource.slug
        assert resource.file_size > 3000
        assert resource.title.split()[0] in resource.extracted_text, resource.slug
    cdc = Resource.objects.get(slug="cdc-moe-renovation-ecole-bais")
    assert cdc.file.name.endswith(".docx")  # other formats keep their body only
    study = Resource.objects.filter(kind="etude", file__endswith=".pdf").first()
    assert "Scénarios étudiés" in study.extracted_text


def test_every_commune_page_and_the_join_form_answer_publicly(demo_db):
    """The routes behind the pages: each commune of Mayenne's page (240, from the official
    file) and the join page's form."""
    client = Client()
    communes = Page.objects.live().type(CommuneIndexPage).filter(locale__language_code="fr")
    base = communes.first().get_url()
    failures = []
    for slug in Commune.objects.values_list("slug", flat=True):
        response = client.get(f"{base}{slug}/")
        if response.status_code != 200:
            failures.append((slug, response.status_code))
    assert Commune.objects.count() == 240 and failures == []
    assert client.get("/adhesion/formulaire/", follow=True).status_code == 200


def test_the_demo_members_reach_their_new_pages(demo_db):
    """Every request to be put in touch opens for the two members it is between; each member
    of the demo's directory opens it and their own entry."""
    failures = []
    for request in IntroductionRequest.objects.select_related("requester", "contact"):
        for person in filter(None, (request.requester, request.contact)):
            client = Client()
            client.force_login(person)
            for url in (request.get_absolute_url(), reverse("introductions:mine")):
                if client.get(url).status_code != 200:
                    failures.append((url, person.email))
    for entry in DirectoryEntry.objects.filter(listed=True).select_related("user")[:5]:
        client = Client()
        client.force_login(entry.user)
        for name in ("directory:directory", "directory:my_entry", "members_area:dashboard"):
            if client.get(reverse(name)).status_code != 200:
                failures.append((name, entry.user.email))
    assert IntroductionRequest.objects.count() == 10 and failures == []


def contributed_sheets():
    """The experience sheets the demo's contributors wrote (their owner holds the role)."""
    return ExperienceSheetPage.objects.filter(owner__member_profile__contributor=True)


def test_the_demo_contributors_reach_their_pages(demo_db):
    """Each contributor opens "Mes contributions", each of their commune's contributed sheets
    (its page, the guided form and the preview), and each document their organisation proposed
    (its page, the form and its file)."""
    failures = []
    sheets = list(contributed_sheets())
    documents = list(ProposedDocument.objects.all())
    for profile in MemberProfile.objects.filter(contributor=True).select_related("user"):
        client = Client()
        client.force_login(profile.user)
        urls = [reverse("contributions:index"), reverse("contributions:new_technical")]
        for sheet in sheets:
            if sheet.commune_id == profile.organisation.commune_id:
                urls += [
                    reverse(f"contributions:{name}", args=[sheet.pk])
                    for name in ("detail", "edit", "preview")
                ]
        for document in documents:
            if document.organisation_id == profile.organisation_id:
                urls += [
                    reverse(f"contributions:{name}", args=[document.pk])
                    for name in ("document_detail", "document_edit", "document_file")
                ]
        failures += [
            (url, profile.user.email)
            for url in urls
            if client.get(url).status_code not in (200, 302)
        ]
    assert len(sheets) == 5 and len(documents) == 4 and failures == []


def test_the_facilitator_reaches_the_new_admin_pages(demo_db):
    client = Client()
    verified_login(client, User.objects.get(email="animatrice@reseau-collectivites-53.fr"))
    urls = [
        reverse("membership_applications:index"),
        reverse("introductions_requests:index"),
        reverse("directory_entries:index"),
        # The aids' tools, and the dashboard with their panels (to re-check, closing soon).
        reverse("aids_admin:export"),
        reverse("aids_admin:import"),
        reverse("wagtailadmin_home"),
        # The alerts' lists (menu "Alertes"), and each subscriber's page.
        reverse("alerts_subscribers:index"),
        reverse("alerts_digests:index"),
        reverse("alerts_failures:index"),
        # The yearly activity report (screen, CSV, print), the failed tasks, the documents the
        # communes proposed, and each contributed sheet in the editor.
        reverse("activity_report:index"),
        reverse("activity_report:csv"),
        reverse("activity_report:print"),
        reverse("core_failed_tasks:index"),
        reverse("wagtailsnippets_contributions_proposeddocument:list"),
        *(
            reverse("wagtailsnippets_contributions_proposeddocument:edit", args=[pk])
            for pk in ProposedDocument.objects.values_list("pk", flat=True)
        ),
        *(reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in contributed_sheets()),
        *(
            reverse("alerts_subscribers:inspect", args=[pk])
            for pk in Subscriber.objects.values_list("pk", flat=True)
        ),
        *(
            reverse("membership_applications:inspect", args=[pk])
            for pk in MembershipApplication.objects.values_list("pk", flat=True)
        ),
        *(
            IntroductionRequest.objects.get(pk=pk).get_absolute_url()
            for pk in IntroductionRequest.objects.values_list("pk", flat=True)
        ),
    ]
    failures = [url for url in urls if client.get(url).status_code != 200]
    assert MembershipApplication.objects.count() == 3 and failures == []


def _french_aids():
    return AidPage.objects.live().filter(locale__language_code="fr")


def test_demo_directory_of_aids_has_every_kind_of_date(demo_db):
    """Clearly demo aids, dated from the day of the load: expired ones, ones closing soon,
    upcoming, permanent, and some not checked for six months (the facilitator's dashboard)."""
    aids = _french_aids()
    assert aids.count() >= 40
    assert aids.expired().count() >= 5
    assert sum(aid.closes_soon() for aid in aids.not_expired()) >= 5
    assert aids.filter(opens_on__gt=today()).exists()
    assert aids.filter(closes_on=None, status="active").exists()
    assert aids.to_check().count() >= 5
    assert aids.filter(population_max__lte=3500).exists() and aids.filter(population_max=None)
    assert "démonstration" in Client().get("/aides-et-accompagnements/").content.decode()


def test_demo_sheets_funding_rows_point_to_their_aids(demo_db):
    rows = ExperienceFunding.objects.filter(page__locale__language_code="fr").exclude(aid=None)
    assert rows.count() >= 35
    assert rows.values("aid").distinct().count() >= 30
    # The English sheets' rows point to the same (French) aid pages: the link is synchronised.
    english = ExperienceFunding.objects.filter(page__locale__language_code="en").exclude(aid=None)
    assert english.exists() and set(english.values_list("aid", flat=True)) <= set(
        rows.values_list("aid", flat=True)
    )
    # An expired aid stays linked from the sheets that obtained it.
    assert rows.filter(aid__in=_french_aids().expired()).exists()


def test_an_open_energy_aid_for_a_commune_of_2000_leads_to_a_published_sheet(demo_db):
    """The browser journey's data: filter on 2,000 inhabitants and energy, open the aid, reach
    a sheet that obtained it."""
    aid = _french_aids().get(slug="fonds-chaleur")
    assert (
        _french_aids().open_on().for_population(2000).filter(themes__slug="energie", pk=aid.pk)
    ).exists()
    sheets = ExperienceSheetPage.objects.live().public().filter(fundings__aid=aid)
    assert sheets.count() >= 3


def test_the_directory_and_every_aid_answer_in_french_and_english(demo_db):
    client = Client()
    french = client.get("/aides-et-accompagnements/")
    english = client.get("/en/funding-and-support/")
    assert french.status_code == english.status_code == 200
    aids = AidPage.objects.live().select_related("locale", "funder__locale")
    assert aids.filter(locale__language_code="en").count() == _french_aids().count()
    failures = [aid.url for aid in aids if client.get(aid.url).status_code != 200]
    assert failures == []
    # An English aid names the English funder.
    assert all(aid.funder.locale_id == aid.locale_id for aid in aids)
    assert (
        Funder.objects.filter(locale__language_code="en").count()
        == Funder.objects.filter(locale__language_code="fr").count()
    )
