"""EventPage and EventIndexPage: where they may be created, what they show to whom, upcoming and
past listings with their filters, bad input and query budgets."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.translation import translate
from home.models import HomePage
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ThemeFactory,
)
from sheets.models import (
    EventAttachment,
    EventIndexPage,
    EventKind,
    EventPage,
    EventSpeaker,
    ExperienceIndexPage,
    MapPage,
)
from tests.sheets.event_helpers import RESERVED_PHRASE, make_document, reserved_event

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.now() + datetime.timedelta(days=n)


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def energie(locales):
    return ThemeFactory(name="Énergie", slug="energie")


@pytest.fixture
def bais(db):
    return CommuneFactory(name="Bais", slug="bais", insee_code="53016", postal_code="53160")


# --- Creation rules ----------------------------------------------------------------------------


def test_page_tree_rules():
    assert EventIndexPage.parent_page_types == ["home.HomePage"]
    assert EventIndexPage.subpage_types == ["sheets.EventPage"]
    assert EventPage.parent_page_types == ["sheets.EventIndexPage"]
    assert EventPage.subpage_types == []
    assert EventIndexPage.can_create_at(HomePage())
    assert not EventIndexPage.can_create_at(ExperienceIndexPage())
    assert EventPage.can_create_at(EventIndexPage())
    assert not EventPage.can_create_at(HomePage())
    assert not EventPage.can_create_at(ExperienceIndexPage())
    assert not EventPage.can_create_at(EventPage())
    assert MapPage.parent_page_types == ["home.HomePage"]
    assert MapPage.can_create_at(HomePage())
    assert not MapPage.can_create_at(EventIndexPage())


def test_only_one_agenda_per_home(home_page, agenda):
    assert not EventIndexPage.can_create_at(home_page)


def test_admin_can_add_event_under_agenda_only(admin_client, agenda, home_page):
    url = f"/admin/pages/add/sheets/eventpage/{agenda.pk}/"
    assert admin_client.get(url).status_code == 200
    refused = admin_client.get(f"/admin/pages/add/sheets/eventpage/{home_page.pk}/")
    assert refused.status_code in (302, 403)


# --- Event page --------------------------------------------------------------------------------


def test_event_page_shows_date_place_commune_programme(anonymous_client, agenda, energie, bais):
    start = timezone.make_aware(datetime.datetime(2031, 3, 13, 14, 30))
    event = EventPageFactory(
        parent=agenda,
        title="Visite de la chaufferie bois de Bais",
        kind=EventKind.VISIT,
        start=start,
        end=start + datetime.timedelta(hours=2, minutes=30),
        venue="Chaufferie communale",
        address="Rue du Stade, 53160 Bais",
        host_commune=bais,
        programme="<p>Accueil par le maire, puis visite.</p>",
        registration="<p>Inscription auprès de l'animatrice avant le 6 mars.</p>",
        capacity=25,
        themes=[energie],
    )
    EventSpeaker.objects.create(page=event, name="Marie Lemoine", role="maire de Bais")
    response = anonymous_client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "jeudi 13 mars 2031" in html
    assert "14 h 30" in html and "17 h" in html
    assert 'datetime="2031-03-13T14:30:00+01:00"' in html
    assert "Chaufferie communale" in html and "Rue du Stade, 53160 Bais" in html
    assert "Bais" in html and "Énergie" in html
    assert "Accueil par le maire" in html
    assert "Marie Lemoine" in html
    assert "avant le 6 mars" in html
    assert "25 personnes" in html
    assert "Ajouter à mon agenda (.ics)" in html
    assert f'href="{event.url}ics/"' in html


def test_first_of_the_month_and_hours_written_the_french_way(anonymous_client, agenda):
    start = timezone.make_aware(datetime.datetime(2031, 5, 1, 14, 0))
    event = EventPageFactory(parent=agenda, title="Fête du vélo", start=start, end=None)
    html = anonymous_client.get(event.url).content.decode()
    assert ">jeudi 1er mai 2031</time> à <time" in html
    assert ">14 h</time>" in html
    html = anonymous_client.get(agenda.url).content.decode()
    assert ">1er mai 2031</time>" in html
    rss = anonymous_client.get("/flux/rencontres.rss").content.decode()
    assert "jeudi 1er mai 2031, 14 h" in rss


def test_registration_hidden_once_event_is_over(anonymous_client, agenda):
    event = EventPageFactory(
        parent=agenda,
        start=days(-30),
        end=days(-30) + datetime.timedelta(hours=2),
        registration="<p>Inscrivez-vous vite.</p>",
        report="<p>Trente élus ont visité le site.</p>",
    )
    html = anonymous_client.get(event.url).content.decode()
    assert "Inscrivez-vous vite" not in html
    assert "Trente élus ont visité le site." in html
    assert "Rencontre passée" in html


def test_members_only_report_and_slides(anonymous_client, non_member_client, admin_client, agenda):
    event = reserved_event(agenda)
    for client in (anonymous_client, non_member_client):
        html = client.get(event.url).content.decode()
        assert RESERVED_PHRASE not in html
        assert "Compte rendu réservé aux adhérents" in html
        assert "Diaporama réservé" not in html
        assert "Programme public" in html
        assert "Support public" in html
    anonymous_html = anonymous_client.get(event.url).content.decode()
    assert "/adherents/" in anonymous_html and "Connectez-vous" in anonymous_html
    # Staff see what members see.
    html = admin_client.get(event.url).content.decode()
    assert RESERVED_PHRASE in html
    assert "Diaporama réservé" in html


def test_public_report_shown_to_everyone(anonymous_client, agenda):
    event = EventPageFactory(
        parent=agenda, start=days(-10), end=None, report="<p>Un compte rendu ouvert.</p>"
    )
    html = anonymous_client.get(event.url).content.decode()
    assert "Un compte rendu ouvert." in html
    assert "réservé aux adhérents" not in html


def test_draft_and_private_events_are_not_served(anonymous_client, agenda):
    draft = EventPageFactory(parent=agenda, title="Brouillon", live=False)
    assert anonymous_client.get(draft.url or f"/rencontres/{draft.slug}/").status_code == 404
    private = EventPageFactory(parent=agenda, title="Rencontre privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert anonymous_client.get(private.url).status_code == 302
    html = anonymous_client.get(agenda.url).content.decode()
    assert "Brouillon" not in html and "Rencontre privée" not in html


# --- Agenda: upcoming and past -----------------------------------------------------------------


def test_upcoming_and_past_lists(anonymous_client, agenda):
    EventPageFactory(parent=agenda, title="Bientôt", start=days(3))
    EventPageFactory(parent=agenda, title="Plus tard", start=days(40))
    EventPageFactory(parent=agenda, title="L'an dernier", start=days(-300))
    ongoing = timezone.now() - datetime.timedelta(hours=1)
    EventPageFactory(
        parent=agenda,
        title="En ce moment",
        start=ongoing,
        end=ongoing + datetime.timedelta(hours=3),
    )
    upcoming = anonymous_client.get(agenda.url).content.decode()
    assert upcoming.index("En ce moment") < upcoming.index("Bientôt") < upcoming.index("Plus tard")
    assert "L&#x27;an dernier" not in upcoming and "L'an dernier" not in upcoming
    past = anonymous_client.get(agenda.url + "passes/")
    assert past.status_code == 200
    html = past.content.decode()
    assert "an dernier" in html and "Bientôt" not in html and "En ce moment" not in html
    assert 'aria-current="page">Passées' in html


def test_empty_states(anonymous_client, agenda):
    html = anonymous_client.get(agenda.url).content.decode()
    assert "Aucune rencontre n’est programmée pour le moment." in html
    html = anonymous_client.get(agenda.url + "passes/").content.decode()
    assert "Aucune rencontre passée n’est encore publiée." in html


def test_past_filters_combine(anonymous_client, agenda, energie, bais):
    eau = ThemeFactory(name="Économies d'eau", slug="economies-d-eau")
    laval = CommuneFactory(name="Laval", slug="laval", insee_code="53130")
    start_2016 = timezone.make_aware(datetime.datetime(2016, 5, 12, 18))
    EventPageFactory(
        parent=agenda,
        title="Chaufferie 2016",
        start=start_2016,
        host_commune=bais,
        kind=EventKind.VISIT,
        themes=[energie],
    )
    EventPageFactory(
        parent=agenda,
        title="Eau 2016",
        start=start_2016,
        host_commune=laval,
        kind=EventKind.MEETING,
        themes=[eau],
    )
    EventPageFactory(
        parent=agenda,
        title="Chaufferie 2019",
        start=start_2016.replace(year=2019),
        host_commune=bais,
        kind=EventKind.VISIT,
        themes=[energie],
    )
    url = agenda.url + "passes/"

    def titles(query):
        html = anonymous_client.get(url + query).content.decode()
        return {t for t in ("Chaufferie 2016", "Eau 2016", "Chaufferie 2019") if t in html}

    assert titles("") == {"Chaufferie 2016", "Eau 2016", "Chaufferie 2019"}
    assert titles("?theme=energie") == {"Chaufferie 2016", "Chaufferie 2019"}
    assert titles("?theme=energie&year=2016") == {"Chaufferie 2016"}
    assert titles("?commune=laval") == {"Eau 2016"}
    assert titles("?kind=visite&commune=bais&year=2019") == {"Chaufferie 2019"}
    assert titles("?kind=visite&theme=economies-d-eau") == set()


@pytest.mark.parametrize(
    "query",
    [
        "?year=abc",
        "?year=99999",
        "?year=-1",
        "?kind=zzz",
        "?theme=inconnu",
        "?theme=%3Cscript%3E",
        "?commune=nulle-part",
        "?commune=1%27%20OR%201=1",
        "?page=999",
        "?page=-3",
        "?page=abc",
        "?page=1&page=2&year=2016&year=abc",
        "?theme=&commune=&kind=&year=",
    ],
)
def test_bad_filters_never_fail(anonymous_client, agenda, query):
    for n in range(3):
        EventPageFactory(parent=agenda, start=days(-10 - n))
        EventPageFactory(parent=agenda, start=days(10 + n))
    for url in (agenda.url, agenda.url + "passes/"):
        response = anonymous_client.get(url + query)
        assert response.status_code == 200, (url, query)


def test_page_999_gives_last_page(anonymous_client, agenda):
    agenda.per_page = 2
    agenda.save_revision().publish()
    for n in range(5):
        EventPageFactory(parent=agenda, title=f"Ancienne n° {n}", start=days(-10 - n))
    html = anonymous_client.get(agenda.url + "passes/?page=999").content.decode()
    assert "Ancienne n° 4" in html  # the oldest one is alone on the last page
    assert "Ancienne n° 0" not in html
    assert 'aria-current="page"><span class="visually-hidden">Page </span>3' in html


def test_unknown_route_is_404(anonymous_client, agenda):
    assert anonymous_client.get(agenda.url + "n-existe-pas/").status_code == 404


def test_english_agenda_lists_untranslated_french_events(
    anonymous_client, agenda, english_home_page, locales
):
    """The English agenda is never empty while the French one lists events: an event with no
    English version is listed in French, marked as such; a reserved one stays out."""
    EventPageFactory(parent=agenda, title="Rencontre en français", start=days(5))
    translated = EventPageFactory(parent=agenda, title="Rencontre traduite", start=days(6))
    english_agenda = translate(agenda, locales["en"], {"title": "Meetings"})
    translate(translated, locales["en"], {"title": "Translated meeting"})
    private = EventPageFactory(parent=agenda, title="Rencontre réservée", start=days(7))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = anonymous_client.get(agenda.url).content.decode()
    assert "Rencontre en français" in html and "Rencontre traduite" in html
    english = anonymous_client.get(english_agenda.url).content.decode()
    assert "2 meetings" in english
    assert "Rencontre en français" in english and "Translated meeting" in english
    assert "Rencontre traduite" not in english and "Rencontre réservée" not in english
    assert english.count("This content is in French.") == 1


def test_registration_address_is_a_mailto_link_with_the_event_as_subject(anonymous_client, agenda):
    event = EventPageFactory(
        parent=agenda,
        title="Visite de la chaufferie bois d'Évron",
        start=days(10),
        registration="<p>Envoyer un courriel à maude.laurent@synergies53.fr.</p>",
    )
    html = anonymous_client.get(event.url).content.decode()
    assert (
        'href="mailto:maude.laurent@synergies53.fr?subject=Inscription%20%3A%20Visite%20de%20la'
        '%20chaufferie%20bois%20d%27%C3%89vron"'
    ) in html
    assert "S’inscrire par courriel" in html


def test_no_mailto_without_an_address_or_with_a_registration_form(anonymous_client, agenda):
    plain = EventPageFactory(
        parent=agenda, start=days(10), registration="<p>Inscription sur place.</p>"
    )
    assert "mailto:" not in anonymous_client.get(plain.url).content.decode()
    online = EventPageFactory(
        parent=agenda,
        start=days(11),
        registration="<p>Questions : maude.laurent@synergies53.fr</p>",
        registration_url="https://inscriptions.exemple.fr/rencontre",
    )
    html = anonymous_client.get(online.url).content.decode()
    assert "S’inscrire en ligne" in html and "S’inscrire par courriel" not in html


# --- Query budgets -----------------------------------------------------------------------------
# The base template (menu, language links, settings, breadcrumbs) costs about ten queries on any
# page; the budgets below are for the whole response, and must not move between 3 and 30 items.

AGENDA_BUDGET = 25
EVENT_BUDGET = 24


def _populate(agenda, count):
    themes = [ThemeFactory(name=f"Thème {n}", slug=f"theme-{n}") for n in range(3)]
    communes = [CommuneFactory() for _ in range(4)]
    for n in range(count):
        event = EventPageFactory(
            parent=agenda,
            start=days(5 + n) if n % 2 else days(-5 - n),
            host_commune=communes[n % len(communes)],
            themes=themes,
        )
        EventSpeaker.objects.create(page=event, name=f"Intervenant {n}")


def _agenda_counts(client, agenda, count, assert_max):
    agenda.per_page = 48
    agenda.save_revision().publish()
    _populate(agenda, count)
    client.get(agenda.url)  # warm the site root paths cache
    counts = []
    for url in (agenda.url, agenda.url + "passes/", agenda.url + "passes/?theme=theme-1&year=2020"):
        with assert_max(AGENDA_BUDGET) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    return counts


def test_agenda_queries_do_not_grow(home_page, anonymous_client, django_assert_max_num_queries):
    small = EventIndexPageFactory(parent=home_page, slug="petit-agenda")
    few = _agenda_counts(anonymous_client, small, 3, django_assert_max_num_queries)
    small.delete()
    large = EventIndexPageFactory(parent=home_page, slug="grand-agenda")
    many = _agenda_counts(anonymous_client, large, 30, django_assert_max_num_queries)
    assert few == many


def _event_count(client, event, assert_max, budget):
    client.get(event.url)
    with assert_max(budget) as captured:
        assert client.get(event.url).status_code == 200
    return len(captured)


def _rich_event(agenda, count, slug):
    themes = [ThemeFactory(name=f"Thème {slug} {n}", slug=f"{slug}-{n}") for n in range(count)]
    event = EventPageFactory(
        parent=agenda, slug=slug, start=days(-3), report="<p>Bilan.</p>", themes=themes
    )
    for n in range(count):
        EventSpeaker.objects.create(page=event, name=f"Intervenant {n}")
        EventAttachment.objects.create(
            page=event, document=make_document(f"Support {slug} {n}"), members_only=bool(n % 2)
        )
    return event


def test_event_page_queries_do_not_grow(
    anonymous_client, admin_client, agenda, django_assert_max_num_queries
):
    few, many = _rich_event(agenda, 3, "trois"), _rich_event(agenda, 30, "trente")
    # Signed-in staff add the session, the user and Wagtail's user bar.
    for client, budget in ((anonymous_client, EVENT_BUDGET), (admin_client, EVENT_BUDGET + 6)):
        assert _event_count(client, few, django_assert_max_num_queries, budget) == (
            _event_count(client, many, django_assert_max_num_queries, budget)
        )
