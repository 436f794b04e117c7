"""What a digest holds for a visitor: the pages first published in its window, per kind they
follow, on their themes and places, in their language, as the site's public lists show them
(nothing under a view restriction, nothing expired or past), capped per kind."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from alerts import digest_content
from alerts.factories import SubscriberFactory
from core.translation import translate

from .conftest import PAGE_KINDS, ago, publish, titles

pytestmark = pytest.mark.django_db


def build(subscriber, since=None, until=None):
    return digest_content.build(subscriber, since or ago(days=7), until or timezone.now())


def test_each_public_kind_on_the_followed_theme_only(subscriber, pages):
    content = build(subscriber)
    assert titles(content) == {kind: [f"{kind} energie"] for kind in PAGE_KINDS}
    assert content.total == 5
    (sheet,) = content.sections[0].items
    assert sheet.place == "Bais" and sheet.themes == ["Énergie"]
    assert sheet.url == pages["experience", "energie"].get_full_url()
    assert sheet.url.startswith("http")


def test_no_theme_chosen_means_every_theme(tree, pages):
    content = build(SubscriberFactory(themes=[]))
    assert set(titles(content)["faq"]) == {"faq economies-d-eau", "faq energie"}
    assert content.total == 10


def test_only_the_window_counts(tree, subscriber):
    publish(tree, "technical", tree.energie, "Avant", when=ago(days=8))
    publish(tree, "technical", tree.energie, "Dedans", when=ago(days=3))
    publish(tree, "technical", tree.energie, "Après", when=ago(hours=1))
    content = build(subscriber, since=ago(days=7), until=ago(days=1))
    assert titles(content) == {"technical": ["Dedans"]}


def test_a_window_without_start_holds_nothing(subscriber, pages):
    assert not digest_content.build(subscriber, None, timezone.now())


def test_the_kinds_chosen(subscriber, pages):
    subscriber.kinds = ["aid", "faq", "resource", "question"]
    content = build(subscriber)
    assert titles(content) == {"aid": ["aid energie"], "faq": ["faq energie"]}


def test_communes_and_intercommunalities_narrow_what_has_a_place(tree, subscriber):
    publish(tree, "experience", tree.energie, "À Bais", commune=tree.bais)
    publish(tree, "experience", tree.energie, "À Laval", commune=tree.laval)
    publish(tree, "event", tree.energie, "Rencontre à Laval", commune=tree.laval)
    publish(tree, "event", tree.energie, "Rencontre à Bais", commune=tree.bais)
    publish(tree, "aid", tree.energie, "Une aide départementale")
    subscriber.communes.set([tree.laval])
    by_commune = titles(build(subscriber))
    assert by_commune["experience"] == ["À Laval"]
    assert by_commune["event"] == ["Rencontre à Laval"]
    assert by_commune["aid"] == ["Une aide départementale"]  # no place: themes only

    subscriber.communes.clear()
    subscriber.epcis = ["Mayenne Communauté"]
    by_epci = titles(build(subscriber))
    assert by_epci["experience"] == ["À Bais"]
    assert by_epci["event"] == ["Rencontre à Bais"]


def test_only_what_the_public_lists_show(tree, subscriber, pages):
    restricted = publish(tree, "experience", tree.energie, "Section réservée")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    draft = publish(tree, "technical", tree.energie, "Brouillon")
    draft.unpublish()
    publish(
        tree,
        "event",
        tree.energie,
        "Rencontre passée",
        start=ago(days=2),
        end=ago(days=2) + datetime.timedelta(hours=2),
    )
    publish(tree, "event", tree.energie, "Rencontre annulée", is_cancelled=True)
    publish(
        tree,
        "aid",
        tree.energie,
        "Aide close",
        closes_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    content = titles(build(subscriber))
    assert content == {kind: [f"{kind} energie"] for kind in PAGE_KINDS}


def test_an_event_is_dated_by_its_start_others_by_their_publication(subscriber, pages):
    content = build(subscriber)
    by_kind = {section.kind: section.items[0] for section in content.sections}
    assert by_kind["event"].date == pages["event", "energie"].start
    assert by_kind["aid"].date == pages["aid", "energie"].first_published_at


def test_each_kind_is_capped_with_a_link_to_its_list(tree, subscriber, settings):
    settings.ALERTS_ITEMS_PER_KIND = 2
    for n in range(3):
        publish(tree, "faq", tree.energie, f"Question {n}", when=ago(days=3 - n))
    (section,) = build(subscriber).sections
    assert [item.title for item in section.items] == ["Question 2", "Question 1"]
    assert (section.total, section.more) == (3, 1)
    assert section.more_url == tree.faq.get_full_url()


@pytest.fixture
def english(tree, locales, english_home_page, pages):
    en = locales["en"]
    translate(tree.energie, en, {"name": "Energy"})
    translate(tree.experiences, en, {"title": "Experiences"})
    return translate(pages["experience", "energie"], en, {"title": "Energy in Bais"})


def test_in_the_subscriber_language_else_the_source_one(tree, english, subscriber):
    subscriber.language = "en"
    content = build(subscriber)
    sheets = content.sections[0]
    (sheet,) = sheets.items
    assert (sheet.title, sheet.themes) == ("Energy in Bais", ["Energy"])
    assert "/en/" in sheet.url
    assert "/en/" in sheets.more_url
    # Not translated: the French page, as the English lists show it.
    assert titles(content)["technical"] == ["technical energie"]
    # French subscribers get the French page only.
    subscriber.language = "fr"
    assert titles(build(subscriber))["experience"] == ["experience energie"]


def test_a_translation_published_later_is_not_news_again(
    tree, locales, english_home_page, subscriber
):
    en = locales["en"]
    translate(tree.energie, en, {"name": "Energy"})
    translate(tree.technical, en, {"title": "Technical sheets"})
    old = publish(tree, "technical", tree.energie, "Ancienne fiche", when=ago(days=30))
    translate(old, en, {"title": "Old sheet, translated today"})
    subscriber.language = "en"
    assert not build(subscriber)
