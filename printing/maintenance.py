"""Making the PDFs again (after a change of the print templates) and removing the files no
request will serve any more (`manage.py regenerate_prints`)."""

from django.db.models import F, Max
from wagtail.models import Page

from .content import SHEET_MODELS
from .models import SheetPrint, ThemeBooklet
from .sheets_pdf import store_print


def delete_prints(queryset):
    """Deletes the rows of `queryset` and their files; returns how many."""
    count = 0
    for item in queryset:
        item.file.delete(save=False)
        item.delete()
        count += 1
    return count


def regenerate(replace=False):
    """Makes the PDF of every live sheet that has none for its live revision (or, with
    `replace`, of every live sheet, the old file replaced). Returns how many were made."""
    made = 0
    for page in Page.objects.live().type(*SHEET_MODELS).specific().iterator(chunk_size=100):
        if replace:
            delete_prints(SheetPrint.objects.filter(revision_id=page.live_revision_id))
        elif SheetPrint.objects.filter(revision_id=page.live_revision_id).exists():
            continue
        if store_print(page) is not None:
            made += 1
    if replace:
        delete_prints(ThemeBooklet.objects.all())
    return made


def prune():
    """Deletes the PDFs of revisions no longer live, and every booklet but each theme's latest:
    they are served no more (a request makes what is missing). Returns how many."""
    stale = SheetPrint.objects.exclude(revision_id=F("page__live_revision_id"))
    count = delete_prints(stale.exclude(page__live_revision__isnull=True)) + delete_prints(
        SheetPrint.objects.filter(page__live_revision__isnull=True)
    )
    latest = ThemeBooklet.objects.values("theme").annotate(last=Max("pk")).values("last")
    return count + delete_prints(ThemeBooklet.objects.exclude(pk__in=latest))
