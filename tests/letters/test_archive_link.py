"""/lettre/ (the footer's link) leads to the archive in the active language, or is a 404 when
there is none."""

import pytest

from letters.factories import LetterIndexPageFactory

pytestmark = pytest.mark.django_db


def test_the_footer_links_to_the_archive(client, home_page):
    archive = LetterIndexPageFactory(parent=home_page)
    response = client.get("/lettre/")
    assert response.status_code == 302 and response["Location"] == archive.url
    assert 'href="/lettre/"' in client.get("/").content.decode()


def test_no_archive_is_a_404(client, home_page):
    assert client.get("/lettre/").status_code == 404
