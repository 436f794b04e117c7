"""The SQL budget, page by page: at most 15 queries for any anonymous page and 15 for any member
page, on an uncached render, and the same count with 3 items as with 12.

One realistic tree is built with a few items of every kind, every page is measured, then the
tree grows fourfold and every page is measured again: the counts must be equal (no N+1) and
within the budget. Each page is requested once before it is measured, to create what is made
once and then kept (image renditions, the NetworkSettings row, Wagtail's site root paths).
"""

import datetime
import itertools

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exchange.factories import (
    AnswerFactory,
    QuestionFactory,
    SubjectFactory,
    SubjectSupportFactory,
)
from faq.factories import FaqEntryPageFactory, FaqIndexPageFactory
from members_area import access
from members_area.factories import MemberFactory, MemberOrganisationFactory, ResourceFactory
from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    MapPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from sheets.models import (
    EventAttachment,
    EventSpeaker,
    ExperienceRelatedSheet,
    TechnicalRelatedExperience,
)
from tests.factories import ImageFactory
from tests.sheets.conftest import make_sheets
from tests.sheets.documents import make_document

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

ANONYMOUS_BUDGET = 15
MEMBER_BUDGET = 15
FEW, MANY = 3, 12  # a query per item would show as 9 more

# Pages over the budget, with the count they must not exceed: budgets re-agreed in issue 16's
# closing note, with each page's measured query list (never raise a count here without the same).
# Wagtail's serve view pays, for a page at depth d of the tree, 2 * d + 1 queries before our
# code runs: the Site, the active Locale, the home page's specific row, two per level of the URL
# below it (the child, then its specific row), then the view restrictions (the ancestors, the
# restrictions). Our frame adds three (the page's translations with the menu, the network's
# texts, its settings), and a page with listings one more: Wagtail reads the view restrictions
# when .public() is called, once per page, and every listing filters on those pages. The rest
# is the page's own content: listings run one query for the facets and the count, one per
# choice list, the page of items and the prefetches of their themes (one per kind) and image
# renditions; a sheet reads its gallery, fundings, documents, key figures, commune with its main
# image, related sheets, technical sheets, and one query for all the images' renditions.
KNOWN_OVER_BUDGET = {
    "home": 17,
    # The English home lists the French sheets and events not translated into English (decision
    # 0026), so it pays what the French home pays for its cards, plus Wagtail's lookup of the
    # site root's English translation. Measured (18, the same with 3 and 30 items): the Site,
    # the English Locale, the root's English translation, the home page's specific row, the
    # view restrictions (ancestors, restrictions, restricted pages), the themes with their
    # counts, the latest sheets, their image renditions, the upcoming events, the themes of the
    # sheets and of the events (one query each), the menu's sections, the figures, the meetings
    # held per year, the network's texts and its settings.
    "home (en)": 18,
    "experience list": 17,
    "experience list, two filters": 18,
    # Issue 21: two more for its "communes comparables" (sheets.similar_communes): the live,
    # public sheets with their communes, then these sheets' themes; the same with 3 and 30
    # sheets, and read from the fragment cache on a warm visit (decision 0027).
    # Issue 22: two more for the open aids of its themes (aids.sections, in the cached cards
    # fragment): the view restrictions its .public() reads, and the aids with their funder and
    # number of projects (a subquery); a third, the funding rows' aids in the page's language,
    # when a row points to an aid (tests/aids/test_query_budgets.py).
    "experience sheet": 27,
    "technical sheet": 19,
    "events, upcoming": 16,
    "events, past": 16,
    "event": 16,
    # Two more for the FAQ's section (faq.wagtail_hooks): the view restrictions its .public()
    # reads, and its few entries; the same whatever the number of entries.
    # Issue 22: two more for the open aids on the theme (aids.sections), as on the sheet.
    "theme": 25,
    # Issue 21: two more for its "communes comparables", as on the experience sheet (the sheets
    # with their communes, their themes); the facts are the commune's own row.
    "commune": 20,
    # A FAQ entry sits one level deeper than a list (Wagtail's frame: 9), then its themes, its
    # related sheets in the page's language (their translation keys, the view restrictions
    # read by .public(), the pages, their specific rows), the menu, the network's texts and
    # settings: 17, the same with 3 and 30 entries (measured in issue 20).
    "faq entry": 17,
    # A member's sheet adds the session, the user and the member's grants, the comparable
    # communes (2), the member's latest request to be put in touch about this sheet and the
    # sheet's contact account, whose directory consents say what members see (introductions'
    # box).
    # Issue 22: two more for the open aids on its themes, as for a visitor.
    "experience sheet (member)": 32,
    # Issue 23: two more for the dashboard's "Mes inscriptions" (registrations.sections): the
    # member's upcoming registrations with their waiting rank (a subquery), then their last ten
    # past ones; the same with 3 and 30 items.
    "dashboard": 17,
}

_numbers = itertools.count()


@pytest.fixture(autouse=True)
def render_every_fragment(settings):
    """Every request renders the whole page: the sheet's fragments kept in Django's cache would
    hide their queries from the second request on (tests/sheets/test_experience_fragments.py
    counts what they save)."""
    settings.SHEETS_FRAGMENT_CACHE_SECONDS = 0


class World:
    """The page tree, its taxonomy and a member with grants; `grow(n)` adds n items of each
    kind."""

    def __init__(self, home):
        self.home = home
        self.experiences = ExperienceIndexPageFactory(parent=home)
        self.technical = TechnicalIndexPageFactory(parent=home)
        self.events = EventIndexPageFactory(parent=home)
        self.themes_page = ThemeIndexPageFactory(parent=home)
        self.communes_page = CommuneIndexPageFactory(parent=home)
        self.map = MapPageFactory(parent=home)
        self.faq = FaqIndexPageFactory(parent=home)
        self.energie = ThemeFactory(name="Énergie", slug="energie")
        self.eau = ThemeFactory(name="Économies d'eau", slug="economies-d-eau")
        for name in ("Mobilité", "Biodiversité", "Urbanisme"):
            ThemeFactory(name=name)
        self.bais = CommuneFactory(
            name="Bais", slug="bais", insee_code="53016", postal_code="53160", population=1050
        )
        self.gorron = CommuneFactory(
            name="Gorron", slug="gorron", insee_code="53107", postal_code="53120", population=2700
        )
        for n in range(4):
            CommuneFactory(name=f"Commune témoin {n}", insee_code=f"5390{n}")
        self.organisation = MemberOrganisationFactory(name="Commune de Bais")
        self.member = MemberFactory(organisation=self.organisation, email="adherente@exemple.fr")
        self.sheets = []
        self.technical_sheets = []
        self.resources = []
        self.event_pages = []
        self.questions = []
        self.subjects = []
        self.faq_entries = []
        self.others = [MemberOrganisationFactory(name=f"Commune voisine {n}") for n in range(3)]

    def grow(self, count):
        sheets = make_sheets(self, count, year_start=2018, year_end=2020)
        self.sheets.extend(sheets)
        first = self.sheets[0]
        first.related_sheets = [ExperienceRelatedSheet(related=s) for s in self.sheets[1:]]
        first.save_revision().publish()
        for _n in range(count):
            self._technical_sheet()
            self._event(upcoming=True)
            self._event(upcoming=False)
            self._resources()
            self._exchange()

    def _exchange(self):
        """A question with answers from other communes (one validated), a subject supported by
        several communes, and a FAQ entry with its themes and a related sheet."""
        number = next(_numbers)
        question = QuestionFactory(
            title=f"Question n° {number}", themes=[self.energie, self.eau], author=self.member
        )
        for organisation in self.others:
            AnswerFactory(
                question=question,
                author=MemberFactory(organisation=organisation),
                validated_at=timezone.now() if organisation is self.others[0] else None,
            )
        self.questions.append(question)
        subject = SubjectFactory(title=f"Sujet n° {number}", themes=[self.energie])
        for organisation in self.others:
            SubjectSupportFactory(subject=subject, user=MemberFactory(organisation=organisation))
        self.subjects.append(subject)
        entry = FaqEntryPageFactory(
            parent=self.faq, title=f"Question fréquente n° {number} ?", themes=[self.energie]
        )
        entry.related_pages.create(sheet=self.sheets[0])
        entry.save_revision().publish()
        self.faq_entries.append(entry)

    def _technical_sheet(self):
        number = next(_numbers)
        technical = TechnicalSheetPageFactory.build(
            title=f"Fiche technique n° {number}",
            body=[
                ("text", "<p>Les étapes d'un projet.</p>"),
                ("image", {"image": ImageFactory(title=f"Schéma {number}"), "caption": "Schéma"}),
                ("document", {"document": make_document(f"Guide {number}"), "title": ""}),
            ],
        )
        self.technical.add_child(instance=technical)
        technical.themes.set([self.energie, self.eau])
        technical.related_experiences = [
            TechnicalRelatedExperience(experience=s) for s in self.sheets
        ]
        technical.save_revision().publish()
        self.technical_sheets.append(technical)

    def _event(self, upcoming):
        number = next(_numbers)
        days = number + 1 if upcoming else -(number + 1)
        event = EventPageFactory(
            parent=self.events,
            title=f"Rencontre n° {number}",
            start=timezone.now() + datetime.timedelta(days=days),
            host_commune=self.bais if number % 2 else self.gorron,
            themes=[self.energie, self.eau],
            report="<p>Ce qui a été retenu.</p>",
            report_members_only=True,
        )
        event.speakers = [EventSpeaker(name="Claire Dupont", role="maire")]
        event.attachments = [
            EventAttachment(document=make_document(f"Diaporama {number}"), members_only=False),
            EventAttachment(document=make_document(f"Bilan {number}"), members_only=True),
        ]
        event.save_revision().publish()
        self.event_pages.append(event)

    def _resources(self):
        """About four resources per item, each granted a different way, linked to content."""
        targets = [self.member, self.organisation.group, None, self.member]
        for target in targets:
            number = next(_numbers)
            resource = ResourceFactory(
                title=f"Cahier des charges n° {number}",
                commune=self.bais,
                themes=[self.energie, self.eau],
            )
            if target is None:
                access.set_open_to_all(resource, True)
            else:
                access.grant(resource, target)
            resource.related_sheets.set(self.sheets[:3])
            resource.related_events.set(self.event_pages[:3])
            self.resources.append(resource)


def anonymous_urls(world, english_home):
    technical = world.technical_sheets[0]
    event = world.event_pages[0]
    return {
        "home": world.home.url,
        "home (en)": english_home.url,
        "experience list": world.experiences.url,
        "experience list, two filters": world.experiences.url + "?theme=energie&commune=bais",
        "experience sheet": world.sheets[0].url,
        "technical list": world.technical.url,
        "technical sheet": technical.url,
        "events, upcoming": world.events.url,
        "events, past": world.events.url + "passes/",
        "event": event.url,
        "theme index": world.themes_page.url,
        "theme": world.themes_page.url + "energie/",
        "commune index": world.communes_page.url,
        "commune": world.communes_page.url + "bais/",
        "map": world.map.url,
        "search with facets": "/recherche/?q=école&theme=energie",
        "faq": world.faq.url,
        "faq, one theme": world.faq.url + "?theme=energie",
        "faq entry": world.faq_entries[0].url,
        "sign-in": "/adherents/connexion/",
        "open data": "/donnees/",
        "open data, experience sheets (CSV)": "/donnees/fiches-experiences.csv",
        "open data, events (JSON)": "/donnees/rencontres.json",
        "open data, communes (CSV)": "/donnees/communes.csv",
        "open data, catalogue": "/donnees/catalogue.jsonld",
        "404": "/cette-page-n-existe-pas/",
    }


def member_urls(world):
    return {
        "dashboard": "/adherents/",
        "resource list": "/adherents/ressources/",
        "resource page": world.resources[0].get_absolute_url(),
        "experience sheet (member)": world.sheets[0].url,
        "questions": "/adherents/questions/",
        "questions, filtered": "/adherents/questions/?theme=energie&statut=avec-reponse",
        "question": world.questions[0].get_absolute_url(),
        "subjects": "/adherents/sujets/",
        "subject": world.subjects[0].get_absolute_url(),
    }


def measure(client, urls):
    """{page: (number of queries, their SQL)}, after one warm-up request per page."""
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        expected = 404 if name == "404" else 200
        assert response.status_code == expected, (name, url, response.status_code)
        counts[name] = (len(queries), [q["sql"] for q in queries.captured_queries])
    return counts


def report(title, few, many):
    print(f"\n{title}: queries with {FEW} items / {MANY} items")
    for name in few:
        print(f"  {name:32} {few[name][0]:3} {many[name][0]:3}")


def limit(name, budget):
    return max(budget, KNOWN_OVER_BUDGET.get(name, 0))


def check(few, many, budget):
    assert {name: n for name, (n, _sql) in few.items()} == {
        name: n for name, (n, _sql) in many.items()
    }, "a page's query count grows with the number of items"
    over = {name: sql for name, (n, sql) in many.items() if n > limit(name, budget)}
    assert not over, "over budget:\n" + "\n\n".join(
        f"{name} ({len(sql)}):\n  " + "\n  ".join(sql) for name, sql in over.items()
    )


@pytest.fixture
def world(home_page, english_home_page, site):
    world = World(home_page)
    world.english_home = english_home_page
    return world


def test_anonymous_and_member_pages(world, django_assert_max_num_queries):
    """Both kinds of pages on one tree (building it is most of the test's time)."""
    anonymous, member = Client(), Client()
    member.force_login(world.member)
    world.grow(FEW)
    few = measure(anonymous, anonymous_urls(world, world.english_home))
    few_member = measure(member, member_urls(world))
    world.grow(MANY - FEW)
    urls, member_pages = anonymous_urls(world, world.english_home), member_urls(world)
    many, many_member = measure(anonymous, urls), measure(member, member_pages)
    report("Anonymous pages", few, many)
    report("Member pages", few_member, many_member)
    assert len(world.resources) >= 40
    check(few, many, ANONYMOUS_BUDGET)
    check(few_member, many_member, MEMBER_BUDGET)
    for client, pages, budget in (
        (anonymous, urls, ANONYMOUS_BUDGET),
        (member, member_pages, MEMBER_BUDGET),
    ):
        for name, url in pages.items():
            with django_assert_max_num_queries(limit(name, budget)):
                client.get(url)
