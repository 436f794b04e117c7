"""Builders shared by the event, feed, .ics and map tests."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from demo.loaders.files import pdf_bytes
from reseau.models import CustomDocument
from sheets.factories import EventPageFactory
from sheets.models import EventAttachment

# Written only in members-only fields: it must never reach a visitor who is not a member.
RESERVED_PHRASE = "Pistache-confidentielle-7431"


def make_document(title):
    document = CustomDocument(title=title)
    filename = f"{title.lower().replace(' ', '-')}.pdf"
    document.file.save(filename, ContentFile(pdf_bytes(title, ["Diapositive 1"])))
    return document


def reserved_event(parent, **kwargs):
    """A past event whose report and one slide deck are reserved to members."""
    start = timezone.now() - datetime.timedelta(days=12)
    event = EventPageFactory(
        parent=parent,
        title=kwargs.pop("title", "Rencontre sur la rénovation des écoles"),
        start=start,
        end=start + datetime.timedelta(hours=3),
        programme="<p>Programme public de la rencontre.</p>",
        report=f"<p>Compte rendu détaillé : {RESERVED_PHRASE}.</p>",
        report_members_only=True,
        **kwargs,
    )
    EventAttachment.objects.create(
        page=event, document=make_document("Support public"), title="Support public"
    )
    EventAttachment.objects.create(
        page=event,
        document=make_document("Diaporama réservé"),
        title="Diaporama réservé",
        members_only=True,
    )
    return event
