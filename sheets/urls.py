"""Feeds of the public content, included under flux/ in each language (reseau/urls.py)."""

from django.urls import path

from . import feeds

app_name = "feeds"

urlpatterns = [
    path("fiches-experiences.rss", feeds.ExperienceSheetsFeed(), name="experiences_rss"),
    path("fiches-experiences.atom", feeds.ExperienceSheetsAtomFeed(), name="experiences_atom"),
    path("rencontres.rss", feeds.EventsFeed(), name="events_rss"),
    path("rencontres.atom", feeds.EventsAtomFeed(), name="events_atom"),
    path("rencontres.ics", feeds.upcoming_events_ics, name="events_ics"),
]
