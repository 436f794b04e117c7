"""The import's dry run and its application: created, updated, unchanged and rejected rows
(with their line numbers and reasons), all or nothing, from CSV and from XLSX."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aids.models import AidPage, Funder
from tests.aids import admin_helpers
from tests.aids.admin_helpers import csv_file, exported_rows, new_row, xlsx_file

# The shared fixtures.
directory = admin_helpers.directory
editor_client = admin_helpers.editor_client

IMPORT_URL = "/admin/aids/import/"
APPLY_URL = "/admin/aids/import/apply/"

pytestmark = pytest.mark.django_db


def dry_run(client, upload):
    return client.post(IMPORT_URL, {"file": upload})


def apply(client, response):
    return client.post(
        APPLY_URL,
        {"token": response.context["token"], "fingerprint": response.context["fingerprint"]},
    )


def test_urls_are_the_admins():
    assert reverse("aids_admin:import") == IMPORT_URL
    assert reverse("aids_admin:import_apply") == APPLY_URL


@pytest.mark.parametrize("make_file", [csv_file, xlsx_file])
def test_dry_run_reports_and_writes_nothing(admin_client, directory, make_file):
    rows = exported_rows()
    by_slug = {row["slug"]: row for row in rows}
    by_slug["fonds-chaleur"]["rate_max"] = "70"
    by_slug["fonds-chaleur"]["themes"] = "eau|energie"
    response = dry_run(admin_client, make_file([*rows, new_row()]))
    assert response.status_code == 200
    plan = response.context["plan"]
    assert [row.slug for row in plan.to_create] == ["pret-renovation"]
    assert [row.slug for row in plan.to_update] == ["fonds-chaleur"]
    changes = {column: (before, after) for column, before, after in plan.to_update[0].changes}
    assert changes == {"rate_max": ("60.00", "70.00"), "themes": ("energie", "eau|energie")}
    assert [row.slug for row in plan.unchanged] == ["economies-eau"]
    assert plan.rejected == []
    assert AidPage.objects.count() == 2
    assert AidPage.objects.get(slug="fonds-chaleur").rate_max == Decimal("60")
    content = response.content.decode()
    assert "Appliquer" in content and "rate_max" in content


def test_apply_creates_and_updates_published_aids(admin_client, directory):
    revisions = AidPage.objects.get(slug="fonds-chaleur").revisions.count()
    rows = exported_rows()
    rows[1]["title"] = "Fonds chaleur renouvelable"  # sorted by slug: economies-eau, fonds-chaleur
    response = dry_run(admin_client, csv_file([*rows, new_row()]))
    applied = apply(admin_client, response)
    assert applied.status_code == 302
    created = AidPage.objects.get(slug="pret-renovation")
    assert created.live and created.get_parent().specific == directory
    assert created.revisions.count() == 1 and not created.has_unpublished_changes
    assert created.funder.name == "Banque des Territoires"
    assert sorted(created.themes.values_list("slug", flat=True)) == ["eau", "energie"]
    assert created.population_max == 10000
    assert created.amount_max == Decimal("1000000.50")
    assert created.closes_on == datetime.date(2030, 12, 31)
    assert created.recurrence == "permanente" and created.for_intercommunalities
    assert created.description == "<p>Un prêt à taux bas.</p><p>Pour les bâtiments publics.</p>"
    updated = AidPage.objects.get(slug="fonds-chaleur")
    assert updated.title == "Fonds chaleur renouvelable"
    assert (
        updated.live_revision == updated.latest_revision
        and updated.revisions.count() == revisions + 1
    )
    # The same file again changes nothing.
    again = dry_run(admin_client, csv_file(exported_rows()))
    assert not again.context["plan"].to_create and not again.context["plan"].to_update
    assert "Appliquer</button>" not in again.content.decode()


REJECTIONS = [
    ({"funder": "Inconnu SA"}, "financeur « Inconnu SA » inconnu"),
    ({"themes": "energie|voirie"}, "thème « voirie » inconnu"),
    ({"closes_on": "2030-13-45"}, "date « 2030-13-45 » invalide"),
    ({"opens_on": "2031-01-01"}, "La clôture précède l'ouverture."),
    ({"amount_min": "2 000 000"}, "Le montant maximal est inférieur au montant minimal."),
    ({"population_min": "20000"}, "La population maximale est inférieure à la minimale."),
    ({"rate_max": "120"}, "hors limites"),
    ({"title": ""}, "titre manquant"),
    ({"description": ""}, "description manquante"),
    ({"for_communes": "peut-être"}, "n'est ni « oui » ni « non »"),
    ({"kind": "don"}, "valeur « don » inconnue"),
    ({"source_url": "pas une adresse"}, "adresse « pas une adresse » invalide"),
    ({"slug": "pas un slug"}, "identifiant « pas un slug » invalide"),
    ({"population_max": "beaucoup"}, "nombre entier « beaucoup » invalide"),
]


@pytest.mark.parametrize(("values", "reason"), REJECTIONS)
def test_rejected_rows_say_their_line_and_reason(admin_client, directory, values, reason):
    rows = [new_row(slug="ok", title="Bonne ligne"), new_row(**values)]
    response = dry_run(admin_client, csv_file(rows))
    plan = response.context["plan"]
    assert [row.line for row in plan.rejected] == [3]
    assert any(reason in text for text in plan.rejected[0].reasons), plan.rejected[0].reasons
    assert not plan.can_apply
    assert "Appliquer</button>" not in response.content.decode()


def test_duplicate_slug_in_the_file_is_rejected_with_the_first_line(admin_client, directory):
    rows = [new_row(), new_row(title="Autre")]
    plan = dry_run(admin_client, xlsx_file(rows)).context["plan"]
    assert [row.line for row in plan.rejected] == [3]
    assert "déjà présent ligne 2" in plan.rejected[0].reasons[0]


def test_applying_is_refused_when_a_row_is_rejected(admin_client, directory):
    response = dry_run(admin_client, csv_file([new_row(), new_row(slug="x", funder="?")]))
    assert "aids_import" not in admin_client.session  # nothing kept to apply
    refused = apply(admin_client, response)
    assert refused.status_code == 302 and refused.url == IMPORT_URL
    assert not AidPage.objects.filter(slug="pret-renovation").exists()


def test_rows_rejected_at_apply_time_refuse_it(admin_client, directory):
    response = dry_run(admin_client, csv_file([new_row()]))
    Funder.objects.filter(name="Banque des Territoires").delete()  # deleted meanwhile
    refused = apply(admin_client, response)
    assert refused.status_code == 400
    assert refused.context["plan"].rejected
    assert not AidPage.objects.filter(slug="pret-renovation").exists()


def test_all_or_nothing_when_a_save_fails(admin_client, directory, monkeypatch):
    response = dry_run(admin_client, csv_file([new_row(), new_row(slug="second", title="Deux")]))
    original = AidPage.save_revision
    calls = []

    def failing(self, *args, **kwargs):
        calls.append(self.slug)
        if self.slug == "second":
            raise RuntimeError("disque plein")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AidPage, "save_revision", failing)
    with pytest.raises(RuntimeError):
        apply(admin_client, response)
    assert calls == ["pret-renovation", "second"]
    assert not AidPage.objects.filter(slug__in=["pret-renovation", "second"]).exists()


def test_applying_refuses_a_report_that_changed_meanwhile(admin_client, directory):
    rows = exported_rows()
    rows[1]["rate_max"] = "70"
    response = dry_run(admin_client, csv_file(rows))
    aid = AidPage.objects.get(slug="fonds-chaleur")
    aid.rate_min = Decimal("10")
    aid.save_revision().publish()
    refused = apply(admin_client, response)
    assert refused.status_code == 409
    assert AidPage.objects.get(slug="fonds-chaleur").rate_max == Decimal("60")


def test_apply_without_a_dry_run_is_refused(admin_client, directory):
    response = admin_client.post(APPLY_URL, {"token": "forged", "fingerprint": "x"})
    assert response.status_code == 302 and response.url == IMPORT_URL
    assert AidPage.objects.count() == 2


def test_the_editor_of_the_directory_may_import(editor_client, directory):
    response = dry_run(editor_client, csv_file([new_row()]))
    assert response.status_code == 200
    assert apply(editor_client, response).status_code == 302
    assert AidPage.objects.get(slug="pret-renovation").live


def test_the_dry_run_reads_a_fixed_number_of_queries(admin_client, directory):
    def count_queries(count):
        rows = [new_row(slug=f"aide-{n}", title=f"Aide {n}") for n in range(count)]
        with CaptureQueriesContext(connection) as captured:
            response = dry_run(admin_client, csv_file([*exported_rows(), *rows]))
        assert len(response.context["plan"].to_create) == count
        return len(captured)

    count_queries(1)  # warms what the admin caches for the session
    assert count_queries(3) == count_queries(30)


def test_a_page_wagtail_refuses_rolls_everything_back(admin_client, directory, monkeypatch):
    response = dry_run(admin_client, csv_file([new_row(), new_row(slug="second", title="Deux")]))
    original = AidPage.full_clean

    def refusing(self, *args, **kwargs):
        if self.slug == "second":
            raise ValidationError({"slug": "Cet identifiant est déjà utilisé."})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AidPage, "full_clean", refusing)
    refused = apply(admin_client, response)
    assert refused.status_code == 400
    assert "Cet identifiant est déjà utilisé." in refused.content.decode()
    assert not AidPage.objects.filter(slug__in=["pret-renovation", "second"]).exists()
