"""« Informations relues avec la commune le … »: when the facilitator publishes a sheet the
commune sent, the day goes into the sheet's `last_reviewed`, on the live page and in the
published revision, so that the next edit in the editor starts from it (decision 0047)."""

from django.utils import timezone
from wagtail.models import Revision


def record(page):
    today = timezone.localdate()
    rows = type(page).objects.filter(pk=page.pk)
    rows.update(last_reviewed=today)
    revision = Revision.objects.filter(pk__in=rows.values("live_revision_id")).first()
    if revision is not None:
        revision.content["last_reviewed"] = today.isoformat()
        revision.save(update_fields=["content"])
