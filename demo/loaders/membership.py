"""Joining the network (membership.yaml): the join page under the home page, translated into
English through wagtail-localize, and three applications (pending, approved, declined). The
page is found by slug and the applications by e-mail address: what exists is left alone."""

import datetime

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from core.translation import translate
from membership.applications import ApplicationPerson, ApplicationStatus, MembershipApplication
from membership.factories import JoinPageFactory, MembershipApplicationFactory
from membership.pages import JoinPage
from membership.review import membership_for
from sheets.factories import CommuneFactory
from sheets.models import Commune

from .data import read

PAGE_FIELDS = (
    "title",
    "slug",
    "listing_summary",
    "intro",
    "who_can_join",
    "benefits",
    "cost",
    "thank_you",
)


def _clean(values):
    return {key: " ".join(str(values[key]).split()) for key in PAGE_FIELDS if key in values}


def privacy_page(home):
    """The legal pages' "Données personnelles" page (legal_pages.yaml), linked from the form."""
    slug = next(d["slug"] for d in read("legal_pages") if d["setting"] == "privacy_page")
    return Page.objects.child_of(home).filter(slug=slug).first()


def ensure_join_page(home):
    data = read("membership")["page"]
    page = JoinPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is None:
        page = JoinPageFactory(parent=home, privacy_page=privacy_page(home), **_clean(data))
        page.save_revision().publish()
    locale = Locale.objects.filter(language_code="en").first()
    if locale is not None:
        existing = page.get_translation_or_none(locale)
        if existing is None or not existing.live:
            translate(page, locale, _clean(data["en"]))
    return page


def _commune(data):
    if not data.get("commune"):
        return None
    commune = Commune.objects.filter(insee_code=data["commune"]).first()
    if commune is None:
        commune = CommuneFactory(
            insee_code=data["commune"],
            name=data["commune_name"],
            slug=slugify(data["commune_name"]),
        )
    return commune


def ensure_application(data):
    if MembershipApplication.objects.filter(email=data["email"]).exists():
        return False
    submitted = timezone.now() - datetime.timedelta(days=data["days_ago"])
    application = MembershipApplicationFactory(
        kind=data["kind"],
        commune=_commune(data),
        council_name=data.get("council_name", ""),
        first_name=data["first_name"],
        last_name=data["last_name"],
        function=data["function"],
        role=data["role"],
        email=data["email"],
        phone=data.get("phone", ""),
        message=" ".join(data.get("message", "").split()),
        status=ApplicationStatus.PENDING,
    )
    for person in data.get("people", []):
        ApplicationPerson.objects.create(application=application, **person)
    updates = {"submitted_at": submitted}
    if data["status"] != ApplicationStatus.PENDING:
        updates.update(
            status=data["status"],
            decided_at=submitted + datetime.timedelta(days=5),
            decision_message=" ".join(data.get("decision", "").split()),
        )
        if data["status"] == ApplicationStatus.APPROVED:
            updates["organisation"] = membership_for(application)
    MembershipApplication.objects.filter(pk=application.pk).update(**updates)
    return True


def build(stdout, home):
    ensure_join_page(home)
    created = sum(ensure_application(data) for data in read("membership")["applications"])
    stdout.write(
        f"Adhésion en ligne : page « Adhérer au réseau », {created} demande(s) ajoutée(s)."
    )
