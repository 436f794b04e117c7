"""The member area's demo loader: counts, varied access, idempotence, printed credentials."""

import io

import pytest
from django.db import transaction
from django.test import Client

from demo.loaders import members as demo
from home.setup import ensure_home_page
from members_area import permissions
from members_area.models import (
    MemberOrganisation,
    MemberProfile,
    Resource,
    ResourceGroupPermission,
    ResourceUserPermission,
)
from reseau.models import User


@pytest.fixture(scope="module")
def demo_lines(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_home_page()
        lines = demo.build(io.StringIO())
        yield lines
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def _user(line):
    email = line.split(" : ")[1].split(" / ")[0]
    return User.objects.get(email=email)


def test_demo_sizes_and_varied_access(demo_lines):
    assert MemberOrganisation.objects.count() == 30
    assert 75 <= MemberProfile.objects.count() <= 90
    assert set(MemberProfile.objects.values_list("role", flat=True)) == {
        "elu",
        "technicien",
        "conseil",
    }
    assert 140 <= Resource.objects.count() <= 160
    assert Resource.objects.filter(open_to_all_members=True).exists()
    assert ResourceUserPermission.objects.exists()
    assert ResourceGroupPermission.objects.filter(group__working_group__isnull=False).exists()
    assert ResourceGroupPermission.objects.filter(group__member_organisation__isnull=False).exists()
    assert [o for o in MemberOrganisation.objects.all() if not o.is_active]


def test_demo_is_idempotent(demo_lines):
    counts = (
        Resource.objects.count(),
        User.objects.count(),
        ResourceGroupPermission.objects.count(),
    )
    assert demo.build(io.StringIO()) == demo_lines
    assert (
        Resource.objects.count(),
        User.objects.count(),
        ResourceGroupPermission.objects.count(),
    ) == counts


def test_credentials_give_broad_narrow_and_lapsed_access(demo_lines):
    assert len(demo_lines) == 4
    broad, ending, narrow, lapsed = (_user(line) for line in demo_lines)
    assert all(demo.member_password() in line for line in demo_lines)
    assert broad.check_password(demo.member_password())
    broad_count = permissions.viewable_resources(broad).count()
    narrow_count = permissions.viewable_resources(narrow).count()
    assert broad_count > narrow_count > 0
    assert permissions.viewable_resources(lapsed).count() == 0


def test_a_demo_member_signs_in_finds_and_downloads(demo_lines):
    broad = _user(demo_lines[0])
    client = Client()
    response = client.post(
        "/adherents/connexion/", {"username": broad.email, "password": demo.member_password()}
    )
    assert response.status_code == 302
    dashboard = client.get("/adherents/")
    assert dashboard.status_code == 200
    resource = permissions.viewable_resources(broad).filter(kind="cahier_des_charges").first()
    page = client.get(resource.get_absolute_url())
    assert page.status_code == 200
    download = client.get(resource.get_download_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:4] in (b"%PDF", b"PK\x03\x04")


def test_demo_shows_new_documents_and_a_renewal_warning(demo_lines):
    """On a first sign-in the demo members find documents added since their "last visit", and
    the "echeance" account (Ernée) the warning that its membership ends within sixty days."""
    broad, ending = _user(demo_lines[0]), _user(demo_lines[1])
    client = Client()
    client.force_login(broad)
    html = client.get("/adherents/ressources/").content.decode()
    assert "Nouveautés depuis votre dernière visite (" in html
    assert 'class="badge-new"' in html
    assert "Votre adhésion arrive à échéance" not in client.get("/adherents/").content.decode()
    client.force_login(ending)
    assert "Votre adhésion arrive à échéance" in client.get("/adherents/").content.decode()
