"""What the contributions hold about a person, for their data export (decision 0031): the
sheets they started and the documents they proposed, by title and date. Neither holds more
about them than the link, which the sheets' and documents' history keeps."""

from wagtail.models import Page

from .models import ProposedDocument


def export(user):
    pages = Page.objects.filter(owner_id=user.pk).order_by("first_published_at", "pk")
    documents = ProposedDocument.objects.filter(created_by_id=user.pk).order_by("created_at", "pk")
    return {
        "contributions_sheets_started": [
            {"title": page.draft_title, "published": page.live} for page in pages
        ],
        "contributions_documents_proposed": [
            {"title": document.title, "proposed_at": document.created_at.isoformat()}
            for document in documents
        ],
    }
