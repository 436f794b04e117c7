"""The membership demo loader: the join page (French and English), three applications in the
three statuses, the approved one's organisation, and a second run that changes nothing."""

import io

from django.test import Client

from demo.loaders import membership as demo
from members_area.models import MemberOrganisation
from membership.applications import ApplicationPerson, MembershipApplication
from membership.pages import JoinPage


def counts():
    return (
        JoinPage.objects.count(),
        MembershipApplication.objects.count(),
        ApplicationPerson.objects.count(),
        MemberOrganisation.objects.count(),
    )


def test_the_demo_builds_the_join_page_and_three_applications_once(english_home_page, home_page):
    out = io.StringIO()
    demo.build(out, home_page)
    assert "3 demande(s) ajoutée(s)" in out.getvalue()
    statuses = sorted(MembershipApplication.objects.values_list("status", flat=True))
    assert statuses == ["approved", "declined", "pending"]
    approved = MembershipApplication.objects.get(status="approved")
    assert approved.organisation.commune == approved.commune
    assert approved.organisation.is_active
    declined = MembershipApplication.objects.get(status="declined")
    assert declined.decision_message and declined.decided_at
    page = JoinPage.objects.get(locale__language_code="fr")
    assert page.cost and page.live
    english = JoinPage.objects.get(locale__language_code="en")
    assert english.live and english.title == "Join the network"
    assert Client().get(page.url).status_code == 200
    assert Client().get(english.url).status_code == 200
    before = counts()
    demo.build(io.StringIO(), home_page)
    assert counts() == before
