"""RSS and Atom feeds of the FAQ's entries: live, public entries only, in the language of the
URL (/flux/faq/... in French, /en/flux/faq/... in English), with public fields only (question,
the start of the answer, themes)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.text import plain_text

from .models import FaqEntryPage, FaqIndexPage

FEED_SIZE = 20


class FaqEntriesFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        return {"request": request, "locale": Locale.get_active()}

    def title(self, obj):
        return _("Questions fréquentes du Réseau des collectivités mayennaises")

    def description(self, obj):
        return _(
            "Les réponses que les communes du réseau se sont apportées, validées par le réseau."
        )

    def link(self, obj):
        index = FaqIndexPage.objects.live().public().filter(locale=obj["locale"]).first()
        return index.get_url(obj["request"]) if index is not None else "/"

    def items(self, obj):
        entries = list(
            FaqEntryPage.objects.live()
            .public()
            .filter(locale=obj["locale"])
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        for entry in entries:
            entry.feed_url = entry.get_url(obj["request"])
        return entries

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary or plain_text(item.answer)[:500]

    def item_link(self, item):
        return item.feed_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]

    def author_name(self):
        return _("Réseau des collectivités mayennaises")


class FaqEntriesAtomFeed(FaqEntriesFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
