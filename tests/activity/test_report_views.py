"""The activity report in Wagtail's admin: who may read it (anyone else is sent to sign in, or
back to the dashboard as Wagtail does for a refused permission), the year asked for (this year by
default; a year it does not cover is refused in French, never a server error), the page, the
CSV file (read back with Python's csv module) and the printable page, all from the same
figures; a fixed number of queries whatever the data."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.activity.conftest import (
    KEPT_OUT,
    YEAR,
    add_documents,
    add_events,
    add_questions,
    client_of,
)

pytestmark = pytest.mark.django_db

PAGES = ["index", "csv", "print"]


def url(name, year=YEAR):
    address = reverse(f"activity_report:{name}")
    return address if year is None else f"{address}?year={year}"


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


@pytest.mark.parametrize("kind", KEPT_OUT)
@pytest.mark.parametrize("name", PAGES)
def test_closed_to_everyone_else(activity, kind, name):
    response = client_of(kind).get(url(name))
    if kind == "anonymous":
        assert response.status_code == 302
        assert "login" in response["Location"]
    elif kind == "member":
        assert response.status_code == 302  # no access to the admin at all
    else:
        # Wagtail's answer to a refused permission: back to the dashboard, with its message.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert b"Rencontres" not in response.content


@pytest.mark.parametrize("kind", ["facilitator", "superuser"])
@pytest.mark.parametrize("name", PAGES)
def test_open_to_the_facilitator_and_superusers(activity, kind, name):
    assert client_of(kind).get(url(name)).status_code == 200


def test_the_page_shows_every_section(activity, facilitator_client):
    response = facilitator_client.get(url("index"))
    html = response.content.decode()
    headings = [
        "Adhésions",
        "Rencontres",
        "Publications",
        "Documents réservés aux adhérents",
        "Questions entre élus",
        "Mises en relation",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert url("csv") in html.replace("&amp;", "&")
    assert url("print") in html.replace("&amp;", "&")
    assert '<option value="2024" selected>2024</option>' in html


def test_this_year_by_default(activity, facilitator_client):
    this_year = timezone.localdate().year
    response = facilitator_client.get(url("index", year=None))
    assert response.context["year"] == this_year
    assert facilitator_client.get(url("index", year="")).context["year"] == this_year
    assert response.context["form"].fields["year"].choices[0] == (this_year, this_year)
    assert (YEAR, YEAR) in response.context["form"].fields["year"].choices


@pytest.mark.parametrize("year", ["1990", "abc", str(timezone.localdate().year + 1), "2024.5"])
def test_a_year_not_covered_is_refused_in_french(activity, facilitator_client, year):
    response = facilitator_client.get(url("index", year=year))
    assert response.status_code == 200
    assert response.context["sections"] == []
    assert "Le rapport ne couvre pas cette année" in response.content.decode()
    for name in ("csv", "print"):
        assert facilitator_client.get(url(name, year=year)).status_code == 404


def test_the_csv_file(activity, facilitator_client):
    response = facilitator_client.get(url("csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="rapport-activite-2024.csv"' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == ["Rubrique", "Indicateur", "Valeur"]
    values = {(section, label): value for section, label, value in rows[1:]}
    assert len(values) == len(rows) - 1  # one line per figure
    assert values[("Rencontres", "Rendez-vous tenus")] == "2"
    assert values[("Rencontres", "Participations")] == "4"
    assert values[("Rencontres", "Collectivités et structures représentées")] == "3"
    assert values[("Rencontres", "Rencontre – Participations")] == "4"
    assert values[("Publications", "Fiches expérience publiées")] == "0"
    assert values[("Documents réservés aux adhérents", "Téléchargements")] == "2"
    assert (
        values[("Documents réservés aux adhérents", "Collectivité 2024 n° 0 – Téléchargements")]
        == "1"
    )
    assert values[("Questions entre élus", "Questions posées")] == "3"
    assert values[("Mises en relation", "Mises en relation réalisées")] == "0"
    assert values[("Adhésions", "Collectivités adhérentes en fin d'année")] == "6"


def test_the_csv_keeps_spreadsheet_formulas_out(activity, facilitator_client):
    add_documents(1, name='=HYPERLINK("http://exemple.fr")')
    rows = csv_rows(facilitator_client.get(url("csv")))
    labels = [label for _section, label, _value in rows]
    assert '\'=HYPERLINK("http://exemple.fr") – Téléchargements' in labels


def test_the_printable_page(activity, facilitator_client):
    response = facilitator_client.get(url("print"))
    html = response.content.decode()
    assert "<h1>Rapport d'activité 2024</h1>" in html.replace("&#x27;", "'")
    assert "Réseau des collectivités mayennaises" in html
    produced = timezone.localdate()
    assert f"{produced.year}." in html  # "Établi le 7 décembre 2026."
    assert "activity/print.css" in html
    assert "w-sidebar" not in html and "wagtailadmin" not in html  # no admin chrome
    # The same figures as the page.
    assert ">Participations</th>\n                <td>4</td>" in html


def test_the_reports_menu_lists_the_report_for_those_who_may_read_it(activity):
    for kind, shown in [("facilitator", True), ("editor", False), ("superuser", True)]:
        response = client_of(kind).get(reverse("wagtailadmin_home"))
        assert (reverse("activity_report:index") in response.content.decode()) is shown, kind


def test_the_permission_is_offered_in_the_group_settings(activity):
    response = client_of("superuser").get(reverse("wagtailusers_groups:add"))
    assert "Consulter et exporter le rapport" in response.content.decode()


def count_queries(client, name):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(name))
    assert response.status_code == 200
    return len(queries)


# Measured with two meetings (the admin's frame, the years offered, then each section's own
# queries), with a little room; with twenty it may cost no more.
BUDGETS = {"index": 33, "csv": 23, "print": 23}


@pytest.mark.parametrize("name", PAGES)
def test_the_same_queries_whatever_the_data(
    activity, facilitator_client, name, django_assert_max_num_queries
):
    count_queries(facilitator_client, name)  # warm up: what is made once and kept
    with django_assert_max_num_queries(BUDGETS[name]):
        few = count_queries(facilitator_client, name)
    add_events(activity, 18)
    add_documents(10)
    add_questions(10)
    with django_assert_max_num_queries(BUDGETS[name]):
        many = count_queries(facilitator_client, name)
    assert many == few
