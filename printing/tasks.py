"""The background task that makes a sheet's PDF once it is published (the database backend and
`manage.py db_worker` in production, at once in development and tests)."""

from django_tasks import task
from wagtail.models import Page

from .sheets_pdf import store_print


@task(priority=-5)
def print_sheet(page_id):
    """Makes and keeps the PDF of the page's live revision; a page gone or unpublished since
    has nothing to print."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        return None
    item = store_print(page.specific)
    return item.pk if item else None
