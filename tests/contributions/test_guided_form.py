"""A contributor's sheet through the guided form: a draft of their commune, corrected, sent to
the facilitator, sent back with changes asked, sent again, published and recorded as reviewed
with the commune; the commune told by e-mail at each step."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from contributions import workflow
from contributions.factories import ContributorFactory
from sheets.factories import ExperienceSheetPageFactory
from sheets.models import ExperienceFunding, ExperienceSheetPage, TechnicalSheetPage

from .conftest import client_of, sheet_form

pytestmark = pytest.mark.django_db


def test_a_new_sheet_is_a_draft_of_the_contributors_commune(contributor, theme, bais):
    client = client_of(contributor)
    response = client.post(reverse("contributions:new"), sheet_form(theme))
    page = ExperienceSheetPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:detail", args=[page.pk])
    assert not page.live
    assert page.commune_id == bais.commune_id
    assert page.owner == contributor
    draft = page.get_latest_revision_as_object()
    assert draft.context == "<p>Les étés secs.</p><p>La facture d&#x27;eau.</p>"
    assert [t.pk for t in draft.themes.all()] == [theme.pk]


def test_the_detail_shows_what_is_missing(contributor, theme):
    client = client_of(contributor)
    client.post(reverse("contributions:new"), sheet_form(theme))
    page = ExperienceSheetPage.objects.get()
    response = client.get(reverse("contributions:detail", args=[page.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Il manque encore 6 éléments" in html
    assert "Brouillon" in html


def test_a_bad_form_says_why_and_keeps_what_was_typed(contributor, theme):
    client = client_of(contributor)
    data = sheet_form(theme, year_start="1850", title="")
    response = client.post(reverse("contributions:new"), data)
    assert response.status_code == 400
    assert ExperienceSheetPage.objects.count() == 0
    html = response.content.decode()
    assert "Des cuves sous les serres municipales" in html


def test_the_way_through_the_workflow(
    contributor, facilitator, theme, bais, django_capture_on_commit_callbacks
):
    client = client_of(contributor)
    client.post(reverse("contributions:new"), sheet_form(theme))
    page = ExperienceSheetPage.objects.get()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:submit", args=[page.pk]))
    page.refresh_from_db()
    assert workflow.stage(page) == workflow.Stage.IN_REVIEW
    assert any("envoyée à l'équipe d'animation" in m.subject for m in mail.outbox)
    # No change while the facilitator reads it.
    response = client.get(reverse("contributions:edit", args=[page.pk]))
    assert response.status_code == 302

    state = page.current_workflow_state
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(
            task_state.specific, facilitator, "reject", comment="Ajoutez le coût des cuves."
        )
    page.refresh_from_db()
    assert workflow.stage(page) == workflow.Stage.CHANGES_REQUESTED
    assert workflow.changes_comment(page) == "Ajoutez le coût des cuves."
    detail = client.get(reverse("contributions:detail", args=[page.pk])).content.decode()
    assert "Ajoutez le coût des cuves." in detail
    assert any("Ajoutez le coût des cuves." in m.body for m in mail.outbox)
    # One e-mail to the contributor, ours (Wagtail's own would say it a second time).
    assert len([m for m in mail.outbox if m.to == [contributor.email]]) == 2

    client.post(
        reverse("contributions:edit", args=[page.pk]),
        sheet_form(theme, costs="12 000 € pour trois cuves."),
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:submit", args=[page.pk]))
    page.refresh_from_db()
    assert workflow.stage(page) == workflow.Stage.IN_REVIEW
    # Sent back: the commune is told of this step too, once.
    sent_back = [m for m in mail.outbox if m.to == [contributor.email]]
    assert [m.subject for m in sent_back] == [
        f"Fiche envoyée à l'équipe d'animation : {page.title}"
    ]

    state = page.current_workflow_state
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state.specific, facilitator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.costs == "<p>12 000 € pour trois cuves.</p>"
    assert page.last_reviewed == timezone.localdate()
    assert page.live_revision.as_object().last_reviewed == timezone.localdate()
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED
    assert any("Votre fiche est publiée" in m.subject for m in mail.outbox)
    public = client_of(None).get(page.url)
    assert public.status_code == 200
    assert "Informations relues avec la commune le" in public.content.decode()


def test_a_correction_leaves_the_published_sheet_as_it_is(contributor, theme, facilitator):
    client = client_of(contributor)
    client.post(reverse("contributions:new"), sheet_form(theme))
    page = ExperienceSheetPage.objects.get()
    page.get_latest_revision().publish(user=facilitator)
    client.post(
        reverse("contributions:edit", args=[page.pk]),
        sheet_form(theme, summary="Un résumé corrigé par la commune."),
    )
    page.refresh_from_db()
    assert page.summary == "Des cuves sous les serres municipales arrosent les massifs."
    assert page.has_unpublished_changes
    assert workflow.stage(page) == workflow.Stage.DRAFT


def test_a_technical_sheet_keeps_the_facilitators_blocks(contributor, theme, technical_index):
    client = client_of(contributor)
    data = {
        "title": "Réduire l'éclairage nocturne",
        "main_theme": theme.pk,
        "summary": "Les étapes d'une extinction partielle.",
        "body": "Consulter la gendarmerie.\n\nPrendre un arrêté.",
    }
    response = client.post(reverse("contributions:new_technical"), data)
    page = TechnicalSheetPage.objects.get()
    assert response["Location"] == reverse("contributions:detail", args=[page.pk])
    assert page.owner == contributor and not page.live
    # The facilitator adds a checklist; the contributor's correction keeps it.
    draft = page.get_latest_revision_as_object()
    draft.body = [
        *((b.block_type, b.value) for b in draft.body),
        ("checklist", {"title": "Avant", "items": ["Informer"]}),
    ]
    draft.save_revision()
    page.refresh_from_db()
    form = client.get(reverse("contributions:edit", args=[page.pk]))
    assert "Prendre un arrêté." in form.content.decode()
    client.post(reverse("contributions:edit", args=[page.pk]), {**data, "body": "Tout revu."})
    page.refresh_from_db()
    body = page.get_latest_revision_as_object().body
    assert [b.block_type for b in body] == ["text", "checklist"]
    assert body[0].value.source == "<p>Tout revu.</p>"
    detail = client.get(reverse("contributions:detail", args=[page.pk])).content.decode()
    assert "Au moins une fiche expérience liée" in detail


def test_a_correction_keeps_what_the_form_does_not_show(contributor, theme, bais, experience_index):
    """A staff-written sheet corrected through the form: the sections left as they were keep
    their links, and each funding row keeps its aid of the directory."""
    sheet = ExperienceSheetPageFactory(
        parent=experience_index,
        commune=bais.commune,
        title="Chaufferie bois",
        context='<p>Voir <a href="https://exemple.fr">l\'étude</a>.</p>',
        approach="<p>Un marché public.</p>",
    )
    sheet.fundings = [ExperienceFunding(funder="ADEME", amount=1000, aid=experience_index)]
    sheet.save_revision().publish()
    client = client_of(contributor)
    form = client.get(reverse("contributions:edit", args=[sheet.pk])).context["form"]
    data = sheet_form(
        theme,
        title="Chaufferie bois",
        context=form.initial["context"],
        approach="Un marché public en deux lots.",
        **{
            "fundings-0-funder": "ADEME",
            "fundings-0-amount": "1500",
            "fundings-0-kind": "subvention",
        },
    )
    client.post(reverse("contributions:edit", args=[sheet.pk]), data)
    sheet.refresh_from_db()
    draft = sheet.get_latest_revision_as_object()
    assert draft.context == '<p>Voir <a href="https://exemple.fr">l\'étude</a>.</p>'
    assert draft.approach == "<p>Un marché public en deux lots.</p>"
    [funding] = draft.fundings.all()
    assert (funding.funder, funding.amount, funding.aid_id) == ("ADEME", 1500, experience_index.pk)


def test_a_technical_sheets_steps_are_told_to_its_organisations_contributors(
    contributor,
    other_contributor,
    bais,
    facilitator,
    theme,
    technical_index,
    django_capture_on_commit_callbacks,
):
    """A technical sheet has no commune: its author's organisation hears of each step."""
    colleague = ContributorFactory(organisation=bais, email="marc@bais.exemple.fr")
    client = client_of(contributor)
    client.post(
        reverse("contributions:new_technical"),
        {
            "title": "Réduire l'éclairage nocturne",
            "main_theme": theme.pk,
            "summary": "Les étapes.",
            "body": "Prendre un arrêté.",
        },
    )
    page = TechnicalSheetPage.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:submit", args=[page.pk]))
    task_state = page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state.specific, facilitator, "approve")
    # The facilitator hears of it from Wagtail itself.
    told = sorted(
        (m.to[0], m.subject.split(" :")[0]) for m in mail.outbox if m.to != [facilitator.email]
    )
    assert told == sorted(
        (person.email, subject)
        for person in (contributor, colleague)
        for subject in ("Fiche envoyée à l'équipe d'animation", "Votre fiche est publiée")
    )
    assert other_contributor.email not in {m.to[0] for m in mail.outbox}
