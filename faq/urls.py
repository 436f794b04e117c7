"""The FAQ's feeds, included under flux/faq/ in each language (the site's URLs)."""

from django.urls import path

from . import feeds

app_name = "faq_feeds"

urlpatterns = [
    path("questions-frequentes.rss", feeds.FaqEntriesFeed(), name="entries_rss"),
    path("questions-frequentes.atom", feeds.FaqEntriesAtomFeed(), name="entries_atom"),
]
