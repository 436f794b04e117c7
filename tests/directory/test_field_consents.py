"""No detail of a person reaches another member without their consent, field by field: hidden,
it is nowhere in the directory's HTML (text, attributes, filter options), whatever the filters
and the search; shown, it is there. The name alone is always shown."""

from urllib.parse import unquote

import pytest

from tests.directory.conftest import (
    DIRECTORY_URL,
    PERSON_COMMUNE,
    PERSON_EMAIL,
    PERSON_EPCI,
    PERSON_FUNCTION,
    PERSON_HELP,
    PERSON_NAME,
    PERSON_PHONE,
    PERSON_THEME,
    SECRETS,
    show,
)

pytestmark = pytest.mark.django_db

FIELDS = list(SECRETS)
# Requests that could reveal each field through a filter, an option or the search.
PROBES = {
    "role": ["?role=elu", "?q=quintessences"],
    "commune": ["?commune=zephyrville", f"?interco={PERSON_EPCI}", "?q=Zéphyrville"],
    "themes": ["?theme=geothermie-quantique", "?q=xylophone"],
    # The search looks in names, functions, organisations and help texts: never in addresses.
    "email": ["?q=zorglub"],
    "phone": ["?q=98"],
}
SEARCHABLE = ["role", "commune", "themes"]
URLS = [DIRECTORY_URL, *(DIRECTORY_URL + probe for probes in PROBES.values() for probe in probes)]


def page(client, url=DIRECTORY_URL):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_by_default_only_the_name_shows(member_client, person):
    html = page(member_client)
    assert PERSON_NAME in html
    for field in FIELDS:
        for secret in SECRETS[field]:
            assert secret not in html, (field, secret)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("url", URLS)
def test_a_hidden_field_never_shows(member_client, person, field, url):
    """Every other field shown, this one hidden: none of its values anywhere, whatever the
    filters or search asked (except what the viewer typed, echoed in the search box and the
    page's language links)."""
    for other in FIELDS:
        show(person, other, other != field)
    html = page(member_client, url)
    typed = unquote(url).casefold()
    for secret in SECRETS[field]:
        if secret.casefold() not in typed:
            assert secret not in html, (field, secret, url)


@pytest.mark.parametrize("field", FIELDS)
def test_a_hidden_field_finds_nobody(member_client, person, field):
    """Filtering or searching on a hidden field does not find the person (it would say who has
    that value)."""
    for probe in PROBES[field]:
        assert PERSON_NAME not in page(member_client, DIRECTORY_URL + probe), probe


@pytest.mark.parametrize("field", FIELDS)
def test_a_shown_field_shows_and_finds(member_client, person, field):
    show(person, field)
    html = page(member_client)
    expected = {
        "role": [PERSON_FUNCTION, "Élu·e"],
        "commune": [PERSON_COMMUNE, PERSON_EPCI],  # the commune, and the interco as a choice
        "themes": [PERSON_THEME, PERSON_HELP],
        "email": [f'href="mailto:{PERSON_EMAIL}"'],
        "phone": [PERSON_PHONE, 'href="tel:+33243987654"'],
    }[field]
    for value in expected:
        assert value in html, (field, value)
    for probe in PROBES[field] if field in SEARCHABLE else []:
        assert PERSON_NAME in page(member_client, DIRECTORY_URL + probe), probe


def test_a_withdrawn_member_is_not_in_the_directory(member_client, person):
    for field in FIELDS:
        show(person, field)
    entry = person.directory_entry
    entry.listed = False
    entry.save()
    for url in URLS + [DIRECTORY_URL + "?q=Xanadu"]:
        html = page(member_client, url)
        assert PERSON_NAME not in html
        typed = unquote(url).casefold()
        for secrets in SECRETS.values():
            for secret in secrets:
                if secret.casefold() not in typed:
                    assert secret not in html, (secret, url)
