"""A form sent without its CSRF token: the site's own French page (CSRF_FAILURE_VIEW), styled
by the site's CSS, with no inline style the Content-Security-Policy would block."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def _post_without_token(path, **extra):
    client = Client(enforce_csrf_checks=True)
    return client.post(path, {"username": "a@exemple.fr", "password": "x"}, **extra)


def test_sign_in_without_token_is_the_french_expired_form_page(site):
    response = _post_without_token(reverse("members_area:login"))
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Ce formulaire a expiré" in html
    assert "Rechargez la page" in html
    assert "css/site.css" in html
    assert "<style" not in html
    assert "style=" not in html
    assert "<script" not in html
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    # No cookie was sent: the page says cookies are needed; the technical reason is for DEBUG.
    assert "accepte les cookies" in html
    assert "Raison technique" not in html


def test_reason_is_shown_only_with_debug(site, settings):
    settings.DEBUG = True
    html = _post_without_token(reverse("members_area:login")).content.decode()
    assert "Raison technique : CSRF cookie not set." in html


def test_english_sign_in_gets_the_english_page(site):
    with translation.override("en"):
        path = reverse("members_area:login")
    response = _post_without_token(path)
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
