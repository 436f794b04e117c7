"""The facilitator's list of registrations in Wagtail's admin: columns, filters, search, the
CSV and Excel exports, a registration's page, cancelling (the person is told, the waiting list
moves up), and who may see and do any of it."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission

from registrations.factories import RegistrationFactory
from registrations.models import CancelledBy, Registration, Status
from registrations.personal_data import anonymise

from .admin_helpers import (
    ACT,
    KEPT_OUT,
    admin_client_of,
    admin_user_with,
    client_of,
    dated_event,
    in_year,
)

INDEX = "registrations_admin:index"


def url(name, *args):
    return reverse(f"registrations_admin:{name}", args=args)


@pytest.fixture
def facilitator(site):
    return client_of("facilitator")


@pytest.fixture
def past_event(event):
    return dated_event(event.get_parent(), "Rencontre énergie 2024", in_year(2024))


@pytest.fixture
def people(event, past_event, member):
    """On the upcoming event: a member, two visitors (one waiting, one cancelled); on the past
    one: a visitor present and one anonymised."""
    return {
        "member": RegistrationFactory(
            event=event, user=member, last_name="Durand", commune="Commune de Bais"
        ),
        "visitor": RegistrationFactory(
            event=event,
            first_name="Zoé",
            last_name="Aubert",
            email="zoe.aubert@exemple.fr",
            commune="Laval Agglomération",
            answers=[{"question": "Régime alimentaire", "answer": "Végétarien"}],
        ),
        "waiting": RegistrationFactory(event=event, status=Status.WAITING, commune="Ernée"),
        "cancelled": RegistrationFactory(event=event, status=Status.CANCELLED, commune="Évron"),
        "present": RegistrationFactory(
            event=past_event, attended=True, last_name="Présente", commune="Renazé"
        ),
        "anonymised": RegistrationFactory(event=past_event, attended=False, commune="Craon"),
    }


@pytest.fixture
def anonymised(people):
    anonymise(Registration.objects.filter(pk=people["anonymised"].pk))
    return people


def listed(client, **params):
    response = client.get(reverse(INDEX), params)
    assert response.status_code == 200
    return {r.pk for r in response.context["object_list"]}


def test_the_list_shows_each_registration(facilitator, anonymised, event):
    page = facilitator.get(reverse(INDEX)).content.decode()
    assert "Hélène Durand" in page and "Zoé Aubert" in page
    assert "Laval Agglomération" in page
    assert f"{event.title} (" in page
    assert "Liste d&#x27;attente" in page or "Liste d'attente" in page
    assert "Personne anonymisée" in page
    assert "Présent·e" in page and "Absent·e" in page


def test_the_filters(facilitator, anonymised, event, past_event):
    people = anonymised
    pk = {name: r.pk for name, r in people.items()}
    assert listed(facilitator, event=past_event.pk) == {pk["present"], pk["anonymised"]}
    assert listed(facilitator, status=Status.WAITING) == {pk["waiting"]}
    assert listed(facilitator, year="2024") == {pk["present"], pk["anonymised"]}
    assert listed(facilitator, kind="member") == {pk["member"]}
    assert pk["member"] not in listed(facilitator, kind="visitor")
    assert listed(facilitator, attended="yes") == {pk["present"]}
    assert listed(facilitator, attended="no") == {pk["anonymised"]}
    assert pk["present"] not in listed(facilitator, attended="unknown")


def test_filtered_on_an_event_the_list_offers_its_sheet_and_attendance(facilitator, people, event):
    page = facilitator.get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert url("sign_in_sheet", event.pk) in page
    assert url("attendance", event.pk) in page
    reader = client_of("reader").get(reverse(INDEX), {"event": event.pk}).content.decode()
    assert url("sign_in_sheet", event.pk) in reader
    assert url("attendance", event.pk) not in reader


def test_search_by_name_address_and_commune(facilitator, people):
    assert listed(facilitator, q="aubert") == {people["visitor"].pk}
    assert listed(facilitator, q="zoe.aubert@") == {people["visitor"].pk}
    assert listed(facilitator, q="renazé") == {people["present"].pk}


def export_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def test_the_csv_export(facilitator, anonymised, event):
    response = facilitator.get(reverse(INDEX), {"export": "csv", "event": event.pk})
    assert response["Content-Type"].startswith("text/csv")
    assert "inscriptions-" in response["Content-Disposition"]
    heading, *rows = export_rows(response)
    assert heading[:4] == ["Nom", "Prénom", "Adresse e-mail", "Collectivité ou structure"]
    assert "Réponses aux questions" in heading and "Présence" in heading
    by_email = {row[2]: dict(zip(heading, row, strict=True)) for row in rows}
    assert set(by_email) == {r.email for r in Registration.objects.filter(event=event)}
    zoe = by_email["zoe.aubert@exemple.fr"]
    assert zoe["Nom"] == "Aubert" and zoe["Adhérent·e ou visiteur"] == "Visiteur ou visiteuse"
    assert zoe["Réponses aux questions"] == "Régime alimentaire : Végétarien"
    assert zoe["État"] == "Inscrit·e" and zoe["Rendez-vous"] == event.title
    assert by_email["elue@mairie-bais.exemple.fr"]["Adhérent·e ou visiteur"] == "Adhérent·e"


def test_the_csv_export_names_no_anonymised_person(facilitator, anonymised, past_event):
    response = facilitator.get(reverse(INDEX), {"export": "csv", "event": past_event.pk})
    heading, *rows = export_rows(response)
    names = sorted(row[0] for row in rows)
    assert names == ["Personne anonymisée", "Présente"]
    anonymous_row = next(row for row in rows if row[0] == "Personne anonymisée")
    assert anonymous_row[2] == "" and "Craon" in anonymous_row


def test_the_xlsx_export(facilitator, people, event):
    response = facilitator.get(reverse(INDEX), {"export": "xlsx", "event": event.pk})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    heading, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert heading[0] == "Nom" and len(rows) == 4
    zoe = dict(zip(heading, next(r for r in rows if r[1] == "Zoé"), strict=True))
    assert zoe["Collectivité ou structure"] == "Laval Agglomération"
    local_start = timezone.make_naive(timezone.localtime(event.start))
    assert zoe["Date du rendez-vous"] == local_start


def test_a_registrations_page_shows_the_answers(facilitator, people):
    response = facilitator.get(url("inspect", people["visitor"].pk))
    assert response.status_code == 200
    assert "Régime alimentaire : Végétarien" in response.content.decode()


def test_nothing_is_added_edited_or_deleted_here(facilitator, people):
    pk = people["visitor"].pk
    for address in (url("add"), url("edit", pk), url("delete", pk)):
        assert facilitator.get(address).status_code in (302, 403), address
    facilitator.post(url("delete", pk))
    assert Registration.objects.filter(pk=pk).exists()


@pytest.mark.parametrize("kind", KEPT_OUT)
def test_the_list_is_closed_to_everyone_else(people, kind):
    client = client_of(kind)
    for address in (
        reverse(INDEX),
        reverse(INDEX) + "?export=csv",
        url("inspect", people["visitor"].pk),
        url("cancel", people["visitor"].pk),
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), (kind, address)
        body = b"".join(response) if response.streaming else response.content
        assert b"zoe.aubert" not in body
    client.post(url("cancel", people["visitor"].pk))
    assert Registration.objects.get(pk=people["visitor"].pk).status == Status.CONFIRMED


@pytest.mark.parametrize("kind", ["reader", "facilitator"])
def test_the_facilitation_team_reads_the_list(people, kind):
    response = client_of(kind).get(reverse(INDEX))
    assert response.status_code == 200
    assert "Zoé Aubert" in response.content.decode()


def test_a_superuser_reads_it(admin_client, people):
    assert admin_client.get(reverse(INDEX)).status_code == 200


def test_the_list_costs_the_same_with_more_registrations(
    facilitator, event, django_assert_max_num_queries
):
    RegistrationFactory.create_batch(2, event=event)
    with django_assert_max_num_queries(40) as few:
        assert facilitator.get(reverse(INDEX)).status_code == 200
    RegistrationFactory.create_batch(18, event=event)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert facilitator.get(reverse(INDEX)).status_code == 200


# --- Cancelling -------------------------------------------------------------------------------


def test_the_facilitator_cancels_and_the_first_waiting_gets_the_place(
    facilitator, event, django_capture_on_commit_callbacks
):
    confirmed = RegistrationFactory.create_batch(3, event=event)
    waiting = RegistrationFactory(event=event, status=Status.WAITING, first_name="Paul")
    page = facilitator.get(url("cancel", confirmed[0].pk)).content.decode()
    assert "première personne de la liste d" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = facilitator.post(url("cancel", confirmed[0].pk), follow=True)
    assert response.status_code == 200
    cancelled = Registration.objects.get(pk=confirmed[0].pk)
    assert cancelled.status == Status.CANCELLED
    assert cancelled.cancelled_by == CancelledBy.FACILITATOR
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    to_cancelled = next(m for m in mail.outbox if m.to == [cancelled.email])
    assert to_cancelled.subject.startswith("Inscription annulée")
    calendar = [a for a in to_cancelled.alternatives if "text/calendar" in a[1]]
    assert calendar and "method=CANCEL" in calendar[0][1]
    assert any(m.to == [waiting.email] for m in mail.outbox)
    page = response.content.decode()
    assert "annulée" in page and "Paul" in page


def test_cancelling_is_for_those_who_may_change(people):
    reader = client_of("reader")
    assert reader.get(url("cancel", people["visitor"].pk)).status_code in (302, 403)
    reader.post(url("cancel", people["visitor"].pk))
    assert Registration.objects.get(pk=people["visitor"].pk).status == Status.CONFIRMED


def test_a_past_or_cancelled_registration_is_not_cancelled_again(facilitator, people):
    for registration in (people["present"], people["cancelled"]):
        response = facilitator.post(url("cancel", registration.pk))
        assert response.status_code == 302
    assert Registration.objects.get(pk=people["present"].pk).status == Status.CONFIRMED
    assert Registration.objects.get(pk=people["cancelled"].pk).cancelled_by == ""


def test_an_unknown_registration_is_a_404(facilitator):
    assert facilitator.get(url("cancel", 999999)).status_code == 404
    assert facilitator.get(url("sign_in_sheet", 999999)).status_code == 404


# --- From the event's page in the page tree, and the dashboard --------------------------------


def page_editor(event, codenames=()):
    """A staff editor of the events' pages, with `codenames` on registrations."""
    user = admin_user_with("pages@exemple.fr", codenames, f"Pages {len(codenames)}")
    GroupPagePermission.objects.create(
        group=user.groups.get(),
        page=event.get_parent(),
        permission=Permission.objects.get(codename="change_page"),
    )
    return admin_client_of(user)


def test_the_page_tree_links_an_event_to_its_registrations(people, event):
    explorer = reverse("wagtailadmin_explore", args=[event.get_parent().pk])
    editor = page_editor(event, ACT)
    page = editor.get(explorer).content.decode()
    assert url("event", event.pk) in page and url("sign_in_sheet", event.pk) in page
    edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert url("event", event.pk) in edit_page
    response = editor.get(url("event", event.pk))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse(INDEX)}?event={event.pk}"


def test_the_page_tree_shows_no_link_to_an_editor_without_permission(people, event):
    editor = page_editor(event)
    page = editor.get(reverse("wagtailadmin_explore", args=[event.get_parent().pk]))
    assert page.status_code == 200 and event.title in page.content.decode()
    assert url("event", event.pk) not in page.content.decode()
    assert editor.get(url("event", event.pk)).status_code in (302, 403)


def test_the_dashboard_shows_the_places_of_upcoming_events(facilitator, event):
    RegistrationFactory.create_batch(3, event=event)
    RegistrationFactory(event=event, status=Status.WAITING)
    page = facilitator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Inscriptions aux prochains rendez-vous" in page
    assert "3 / 3 – complet" in page
    assert url("event", event.pk) in page
    editor_page = client_of("editor").get(reverse("wagtailadmin_home")).content.decode()
    assert "Inscriptions aux prochains rendez-vous" not in editor_page
