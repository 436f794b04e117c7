"""What every dataset is made of, and what its rows are read from: the live, public pages of
the site's source language (French), never a draft, a page under a view restriction or a
translation (which repeats its source)."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Max
from django.utils.functional import cached_property
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class Dataset:
    slug: str  # its files' name: /donnees/<slug>.csv
    title: str
    description: str
    keywords: tuple
    columns: tuple
    rows: Any  # Source -> the objects of its rows, in a fixed number of queries
    modified: Any  # Source -> the date of its last change, or None

    def records(self, source):
        """Each row as {column name: value}."""
        return [{c.name: c.value(row) for c in self.columns} for row in self.rows(source)]


class Source:
    """What a request reads the datasets from: the request (for absolute URLs), the site's
    source language and its public pages, each read once."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def locale(self):
        return Locale.get_default()

    @cached_property
    def visible(self):
        """The live pages not under a view restriction (Wagtail reads the restrictions once)."""
        return Page.objects.live().public()

    def pages(self, model):
        """The live, public pages of `model` in the source language, by id."""
        return model.objects.filter(pk__in=self.visible.values("pk"), locale=self.locale).order_by(
            "pk"
        )

    def url(self, page):
        return page.get_full_url(self.request)


def last_published(source, *models):
    """When a public page of `models` was last published (the dataset's dct:modified)."""
    dates = [
        source.pages(model).order_by().aggregate(last=Max("last_published_at"))["last"]
        for model in models
    ]
    dates = [date for date in dates if date is not None]
    return max(dates) if dates else None
