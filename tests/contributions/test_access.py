"""Who reaches the contributors' pages, for each kind of user: anonymous visitors sign in,
accounts without a current membership get the member area's refusal, members who do not
contribute are told how to become contributors, another commune's contributor finds nothing,
and the sheet's own contributors work on it."""

import pytest
from django.urls import reverse

from contributions.factories import ContributorFactory
from members_area.extensions import personal_data
from sheets.models import ExperienceSheetPage
from tests.factories import MemberOrganisationFactory, UserFactory

from .conftest import client_of, sheet_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(contributor, theme):
    client_of(contributor).post(reverse("contributions:new"), sheet_form(theme))
    return ExperienceSheetPage.objects.get()


@pytest.fixture
def people(contributor, other_contributor, member, facilitator, bais):
    lapsed = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True, commune=bais.commune)
    return {
        "anonymous": None,
        "non_member": UserFactory(email="curieux@exemple.fr"),
        "lapsed_contributor": ContributorFactory(organisation=lapsed, email="echu@exemple.fr"),
        "member": member,
        "other_contributor": other_contributor,
        "colleague": ContributorFactory(organisation=bais, email="colleague@bais.exemple.fr"),
        "contributor": contributor,
        "facilitator": facilitator,
    }


def page_urls(draft):
    return {
        name: reverse(f"contributions:{name}", args=[draft.pk])
        for name in ("detail", "edit", "preview")
    }


# What each kind of user gets on a sheet's pages (GET), and on the index and the new sheet form.
EXPECTED = {
    "anonymous": (302, 302),
    "non_member": (403, 403),
    "lapsed_contributor": (403, 403),
    "member": (403, 403),
    "other_contributor": (404, 200),
    "colleague": (200, 200),
    "contributor": (200, 200),
    "facilitator": (403, 403),
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_access_for_each_kind_of_user(kind, people, draft):
    client = client_of(people[kind])
    on_sheet, on_index = EXPECTED[kind]
    for name, url in page_urls(draft).items():
        response = client.get(url)
        assert response.status_code == on_sheet, (kind, name)
        if on_sheet != 200:
            assert draft.title not in response.content.decode(), (kind, name)
    for name in ("index", "new", "new_technical"):
        assert client.get(reverse(f"contributions:{name}")).status_code == on_index, (kind, name)
    response = client.post(reverse("contributions:submit", args=[draft.pk]))
    assert response.status_code == (302 if on_sheet in (200, 302) else on_sheet), kind
    draft.refresh_from_db()
    expected_in_review = kind in ("colleague", "contributor")
    assert (draft.current_workflow_state is not None) == expected_in_review, kind
    if draft.current_workflow_state is not None:
        draft.current_workflow_state.cancel(user=people["facilitator"])


def test_another_communes_contributor_cannot_change_the_sheet(other_contributor, draft, theme):
    client = client_of(other_contributor)
    response = client.post(
        reverse("contributions:edit", args=[draft.pk]), sheet_form(theme, title="Détourné")
    )
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == "Récupérer l'eau de pluie"


def test_only_the_sheets_contributors_see_the_correction_box(people, contributor, draft):
    draft.get_latest_revision().publish()
    for kind, user in people.items():
        html = client_of(user).get(draft.url).content.decode()
        assert ("Proposer une correction" in html) == (kind in ("colleague", "contributor")), kind


def test_the_data_export_lists_what_the_person_contributed(contributor, draft):
    data = personal_data(contributor)
    assert data["contributions_sheets_started"] == [
        {"title": "Récupérer l'eau de pluie", "published": False}
    ]
    assert data["contributions_documents_proposed"] == []
