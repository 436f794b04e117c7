"""The join page's application form: a valid application, every error, the honeypot, the
rate limit, a double submit and the deliberation's upload."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from home.factories import LegalPageFactory
from membership.applications import ApplicationStatus, MembershipApplication

from .conftest import pdf_upload


def form_url(page):
    return page.url + page.reverse_subpage("form")


def post(client, page, data, **files):
    return client.post(form_url(page), {**data, **files})


def test_the_form_page_shows_the_communes_of_the_official_list(client, join_page, communes):
    response = client.get(form_url(join_page))
    assert response.status_code == 200
    html = response.content.decode()
    for commune in communes:
        assert commune.name in html
    assert "Laval Agglomération" in html  # the intercommunalities of those communes
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_the_consent_links_to_the_personal_data_page(client, home_page, join_page):
    privacy = LegalPageFactory(parent=home_page, title="Données personnelles", slug="donnees")
    join_page.privacy_page = privacy
    join_page.save_revision().publish()
    html = client.get(form_url(join_page)).content.decode()
    assert f'href="{privacy.url}"' in html


def test_a_valid_application_is_saved_and_e_mailed(
    client, join_page, form_data, facilitator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, join_page, form_data, deliberation=pdf_upload())
    assert response.status_code == 302
    assert response["Location"].endswith("/merci/")
    application = MembershipApplication.objects.get()
    assert application.status == ApplicationStatus.PENDING
    assert application.commune.name == "Bais"
    assert application.deliberation.name.startswith("membership/deliberation")
    assert [p.email for p in application.people.all()] == ["paul.martin@bais.fr"]
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["animatrice@exemple.fr", "claire.dubois@bais.fr"]
    confirmation = next(m for m in mail.outbox if m.to == ["claire.dubois@bais.fr"])
    assert "bien reçue" in confirmation.subject
    assert confirmation.alternatives  # text and HTML
    notice = next(m for m in mail.outbox if m.to == ["animatrice@exemple.fr"])
    assert "/admin/" in notice.body


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"kind": ""}, "kind", "Choisissez ce que vous représentez"),
        ({"commune": ""}, "commune", "Choisissez votre commune dans la liste."),
        ({"commune": "999999"}, "commune", "Sélectionnez un choix valide"),
        ({"kind": "epci"}, "epci", "Choisissez votre intercommunalité dans la liste."),
        ({"kind": "epci", "epci": "Pays imaginaire"}, "epci", "Sélectionnez un choix valide"),
        ({"kind": "council"}, "council_name", "Indiquez le nom du conseil de développement."),
        ({"first_name": ""}, "first_name", "Indiquez votre prénom."),
        ({"last_name": ""}, "last_name", "Indiquez votre nom."),
        ({"function": ""}, "function", "Indiquez votre fonction"),
        ({"role": ""}, "role", "Choisissez votre rôle"),
        ({"email": ""}, "email", "Indiquez votre adresse e-mail"),
        ({"role": "maire"}, "role", "Sélectionnez un choix valide"),
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse de courriel valide."),
        ({"phone": "appelez-moi"}, "phone", "Saisissez un numéro de téléphone"),
        ({"person_1_email": ""}, "person_1_email", "Indiquez l'adresse e-mail de cette personne."),
        ({"person_1_role": ""}, "person_1_role", "Choisissez le rôle de cette personne."),
        ({"person_1_name": ""}, "person_1_name", "Indiquez le nom de cette personne."),
        ({"consent": ""}, "consent", "Cochez cette case"),
    ],
)
def test_each_error_is_shown_next_to_its_field_and_nothing_is_lost(
    client, join_page, form_data, changes, field, message
):
    response = post(client, join_page, {**form_data, **changes})
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    if field != "consent":
        assert f'aria-describedby="id_{field}_error' in html
    assert "Dubois" in html or field == "last_name"  # what was typed comes back
    assert not MembershipApplication.objects.exists()


def test_a_refused_upload_says_why_and_asks_to_choose_the_file_again(client, join_page, form_data):
    program = SimpleUploadedFile(
        "deliberation.exe", b"MZ\x90\x00", content_type="application/x-msdownload"
    )
    response = post(client, join_page, form_data, deliberation=program)
    assert response.status_code == 200
    assert response.context["form"].errors["deliberation"]
    assert "choisissez-le à nouveau" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_a_file_sent_with_another_error_must_be_chosen_again(client, join_page, form_data):
    response = post(client, join_page, {**form_data, "email": ""}, deliberation=pdf_upload())
    assert "choisissez-le à nouveau" in response.content.decode()


def test_the_honeypot_pretends_to_succeed_and_saves_nothing(client, join_page, form_data):
    response = post(client, join_page, {**form_data, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_a_double_submit_saves_one_application(client, join_page, form_data):
    first = post(client, join_page, form_data)
    second = post(client, join_page, form_data)
    assert first.status_code == second.status_code == 302
    assert MembershipApplication.objects.count() == 1


@override_settings(MEMBERSHIP_APPLICATIONS_PER_HOUR=2)
def test_the_rate_limit_stops_a_flood_with_a_clear_message(client, join_page, form_data):
    for number in range(2):
        key = f"6f1d7f8e-0c4b-4c55-9a5e-1c2b3d4e5f6{number}"
        assert post(client, join_page, {**form_data, "submission_key": key}).status_code == 302
    response = post(
        client, join_page, {**form_data, "submission_key": "6f1d7f8e-0c4b-4c55-9a5e-1c2b3d4e5f69"}
    )
    assert response.status_code == 200
    assert "Trop de demandes" in response.content.decode()
    assert MembershipApplication.objects.count() == 2


def test_an_intercommunality_and_a_council_may_apply(client, join_page, form_data):
    epci = {**form_data, "kind": "epci", "commune": "", "epci": "Laval Agglomération"}
    assert post(client, join_page, epci).status_code == 302
    council = {
        **form_data,
        "kind": "council",
        "commune": "",
        "council_name": "Conseil de développement du Pays de Château-Gontier",
        "submission_key": "6f1d7f8e-0c4b-4c55-9a5e-1c2b3d4e5f61",
    }
    assert post(client, join_page, council).status_code == 302
    names = sorted(a.applicant_name for a in MembershipApplication.objects.all())
    assert names == ["Conseil de développement du Pays de Château-Gontier", "Laval Agglomération"]


def test_only_the_organisation_of_the_chosen_kind_is_kept(client, join_page, form_data):
    data = {**form_data, "epci": "Laval Agglomération", "council_name": "Conseil oublié"}
    assert post(client, join_page, data).status_code == 302
    application = MembershipApplication.objects.get()
    assert (application.epci, application.council_name) == ("", "")
    assert application.commune.name == "Bais"
