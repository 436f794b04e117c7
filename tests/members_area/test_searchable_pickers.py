"""The facilitator's pickers of several people, sheets or events: a list of checkboxes with a
search field that filters it (members_area/widgets.py), offering only what may be chosen."""

import re

import pytest

from core.translation import translate
from members_area.models import Resource
from sheets.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
)
from tests.factories import MemberFactory, ResourceFactory, UserFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db

GROUPS = "/admin/snippets/members_area/workinggroup/"
RESOURCES = "/admin/snippets/members_area/resource/"
SCRIPT = "members_area/js/searchable-choices.js"


def _checkbox_values(html, name):
    return {
        int(value) for value in re.findall(rf'type="checkbox" name="{name}" value="(\d+)"', html)
    }


def _searchable(html, list_id):
    """The picker's search field, labelled and tied to the list and its live count."""
    assert SCRIPT in html
    assert f'<label class="searchable-choices__label" for="{list_id}-search">' in html
    assert f'id="{list_id}-search"' in html
    assert f'aria-controls="{list_id}"' in html
    assert f'id="{list_id}-count" aria-live="polite"' in html


def test_working_group_members_picker_is_searchable_and_offers_members_only(
    admin_client, organisation
):
    member = MemberFactory(organisation=organisation, last_name="Zéphyrin")
    outsider = UserFactory(email="sans-profil@exemple.fr")
    html = admin_client.get(GROUPS + "add/").content.decode()
    _searchable(html, "id_members")
    assert "Filtrer les membres" in html
    offered = _checkbox_values(html, "members")
    assert member.pk in offered
    assert outsider.pk not in offered
    assert member.email in html  # the label names the address and the organisation
    assert "Commune de Bais" in html


def test_working_group_members_picker_keeps_the_choices(admin_client, organisation):
    first, second, third = (MemberFactory(organisation=organisation) for _ in range(3))
    group = WorkingGroupFactory(name="Groupe eau", members=[first])
    edit = f"{GROUPS}edit/{group.pk}/"
    response = admin_client.post(
        edit,
        {
            "name": group.name,
            "slug": group.slug,
            "description": "",
            "members": [second.pk, third.pk],
        },
    )
    assert response.status_code == 302
    assert set(group.group.user_set.all()) == {second, third}
    html = admin_client.get(edit).content.decode()
    assert re.search(rf'value="{second.pk}"[^>]*checked', html)
    assert not re.search(rf'value="{first.pk}"[^>]*checked', html)


def test_working_group_refuses_a_person_without_member_profile(admin_client, organisation):
    outsider = UserFactory(email="sans-profil@exemple.fr")
    response = admin_client.post(
        GROUPS + "add/",
        {"name": "Groupe mobilité", "slug": "", "description": "", "members": [outsider.pk]},
    )
    assert response.status_code == 200
    assert not outsider.groups.exists()


@pytest.fixture
def linked_pages(home_page, english_home_page, locales):
    sheets = ExperienceIndexPageFactory(parent=home_page, slug="fiches")
    agenda = EventIndexPageFactory(parent=home_page, slug="agenda")
    sheet = ExperienceSheetPageFactory(parent=sheets, title="Chaufferie bois de Bais")
    event = EventPageFactory(parent=agenda, title="Rencontre compostage")
    translate(sheets, locales["en"], {"title": "Sheets"})
    translate(agenda, locales["en"], {"title": "Agenda"})
    english_sheet = translate(sheet, locales["en"], {"title": "Wood boiler in Bais"})
    english_event = translate(event, locales["en"], {"title": "Composting meeting"})
    return sheet, event, english_sheet, english_event


def test_resource_links_are_searchable_and_in_the_default_language(admin_client, linked_pages):
    sheet, event, english_sheet, english_event = linked_pages
    html = admin_client.get(RESOURCES + "add/").content.decode()
    _searchable(html, "id_related_sheets")
    _searchable(html, "id_related_events")
    assert _checkbox_values(html, "related_sheets") == {sheet.pk}
    assert _checkbox_values(html, "related_events") == {event.pk}
    assert english_sheet.pk != sheet.pk and english_event.pk != event.pk


def test_resource_links_are_kept_and_english_pages_refused(admin_client, linked_pages):
    sheet, event, english_sheet, _english_event = linked_pages
    resource = ResourceFactory(title="Guide des chaufferies", kind="guide")
    edit = f"{RESOURCES}edit/{resource.pk}/"
    data = {
        "title": resource.title,
        "slug": resource.slug,
        "kind": resource.kind,
        "description": "",
        "related_sheets": [sheet.pk],
        "related_events": [event.pk],
    }
    assert admin_client.post(edit, data).status_code == 302
    resource = Resource.objects.get(pk=resource.pk)
    assert list(resource.related_sheets.all()) == [sheet]
    assert list(resource.related_events.all()) == [event]
    html = admin_client.get(edit).content.decode()
    assert re.search(rf'name="related_sheets" value="{sheet.pk}"[^>]*checked', html)
    refused = admin_client.post(edit, {**data, "related_sheets": [english_sheet.pk]})
    assert refused.status_code == 200
    assert list(Resource.objects.get(pk=resource.pk).related_sheets.all()) == [sheet]
