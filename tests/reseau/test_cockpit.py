"""The facilitator's cockpit (Wagtail's dashboard, decision 0049): with something in every panel,
a facilitator (staff, in a group with every permission, editing the whole page tree, moderator
of Wagtail's workflow) sees every panel, the most urgent first, within a fixed query budget, and
the same number of queries with three times more content."""

import datetime
import itertools
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from aids.factories import AidIndexPageFactory, AidPageFactory
from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from contributions.document_drafts import create_document
from contributions.factories import ContributorFactory
from exchange.models import Report
from introductions.factories import IntroductionRequestFactory
from introductions.models import Status as IntroductionStatus
from letters.factories import LetterIndexPageFactory, LetterPageFactory
from letters.models import DeliveryStatus, LetterDelivery
from membership.factories import MembershipApplicationFactory
from registrations.factories import RegistrationFactory
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from tests.core.task_results import failed_task
from tests.factories import (
    DownloadLogFactory,
    MemberFactory,
    MemberOrganisationFactory,
    QuestionFactory,
    ReportFactory,
    ResourceFactory,
    SubjectFactory,
    UserFactory,
)
from tests.registrations.admin_helpers import admin_client_of, dated_event

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

HOME = "/admin/"
# Every panel's id, in the order the facilitator reads them: what failed, what people wait for,
# what is coming, the upkeep, then the figures (each plugin's `order`; Wagtail's own last).
PANELS = [
    "failed-tasks",
    "alerts-failures",
    "awaiting-review",
    "proposed-documents",
    "drafts-to-review",
    "membership-applications",
    "exchange-reports",
    "exchange-unanswered",
    "exchange-subjects",
    "introductions-made",
    "registrations-upcoming",
    "upcoming-events",
    "memberships-ending",
    "aids-closing-soon",
    "aids-to-check",
    "sheets-to-review",
    "alerts-subscribers",
    "letters-last-sent",
    "recent-downloads",
    "recent-edits",
]
# The session, its user and second factor, their permissions, Wagtail's frame (menu, site
# summary) and its own panels, then each panel's few queries (its rows, its total, what it
# checks of the user's permissions), whatever the content, and whether the user is a contributor
# whose membership lapsed (contributions.admin_guard). A new panel raises it by its own.
BUDGET = 87
FEW, MORE = 2, 4  # the second round adds twice as much: three times the first content
NUMBERS = itertools.count()


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def facilitator():
    """Staff, in a group with every model permission and every page permission on the tree,
    and a moderator of Wagtail's default workflow."""
    user = UserFactory(email="animation@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Animation")
    group.permissions.add(*Permission.objects.all())
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group, Group.objects.get(name="Moderators"))
    return user


def submit_for_moderation(world):
    """A sheet submitted to Wagtail's default workflow. Only one: Wagtail's own panel of what
    awaits review reads each item's tasks with a query of its own, which the cockpit's budget
    cannot hold constant."""
    sheet = ExperienceSheetPageFactory(parent=world.experiences, commune=world.commune)
    sheet.save_revision(user=world.member)
    sheet.get_workflow().start(sheet, world.member)


def propose_document(world):
    """A document a commune proposed, sent to the facilitator (one, as above)."""
    contributor = ContributorFactory(email="contributrice@bais.exemple.fr")
    cleaned = {
        "title": "Cahier des charges chaufferie",
        "kind": "cahier_des_charges",
        "description": "",
        "year": 2025,
        "themes": [world.theme],
        "file": SimpleUploadedFile("cahier.txt", b"Cahier des charges de la chaufferie."),
    }
    document = create_document(contributor, contributor.member_profile.organisation, cleaned)
    document.get_workflow().start(document, contributor)


@pytest.fixture
def world(home_page):
    theme = ThemeFactory(name="Énergie", slug="energie")
    world = SimpleNamespace(
        home=home_page,
        theme=theme,
        commune=CommuneFactory(name="Bais", slug="bais", insee_code="53016"),
        experiences=ExperienceIndexPageFactory(parent=home_page),
        events=EventIndexPageFactory(parent=home_page),
        aids=AidIndexPageFactory(parent=home_page),
        letters=LetterIndexPageFactory(parent=home_page),
        resource=ResourceFactory(title="Étude vélo"),
        member=MemberFactory(email="elue@bais.exemple.fr"),
        subscriber=SubscriberFactory(themes=[theme]),
    )
    submit_for_moderation(world)
    propose_document(world)
    return world


def grow(world, user, n):
    """n items for every panel."""
    today = timezone.localdate()
    for _ in range(n):
        number = next(NUMBERS)
        failed_task(days_ago=1)
        DeliveryFailureFactory(subscriber=world.subscriber)
        sheet = ExperienceSheetPageFactory(
            parent=world.experiences,
            commune=world.commune,
            last_reviewed=today - datetime.timedelta(days=3 * 365),
        )
        sheet.save_revision().publish()
        draft = sheet.specific
        draft.title = f"{draft.title} (à relire)"
        draft.save_revision(user=user, log_action=True)
        MembershipApplicationFactory(commune=world.commune)
        question = QuestionFactory()
        type(question).objects.filter(pk=question.pk).update(created_at=ago(days=30))
        ReportFactory(question=question, outcome=Report.Outcome.PENDING)
        SubjectFactory()
        IntroductionRequestFactory(sheet=sheet, status=IntroductionStatus.FACILITATOR)
        IntroductionRequestFactory(
            sheet=sheet, status=IntroductionStatus.INTRODUCED, introduced_at=ago(days=40)
        )
        event = dated_event(world.events, f"Visite n° {number}", ago(days=-20))
        RegistrationFactory(event=event)
        MemberOrganisationFactory(active_until=today + datetime.timedelta(days=30))
        AidPageFactory(
            parent=world.aids, last_checked=None, closes_on=today + datetime.timedelta(days=10)
        )
        DigestFactory(subscriber=SubscriberFactory(themes=[world.theme]))
        letter = LetterPageFactory(parent=world.letters)
        letter.save_revision().publish()
        LetterDelivery.objects.create(
            letter=letter, subscriber=SubscriberFactory(), status=DeliveryStatus.SENT
        )
        DownloadLogFactory(resource=world.resource, user=world.member)


def test_every_panel_in_its_order_within_a_fixed_budget(world, django_assert_max_num_queries):
    user = facilitator()
    client = admin_client_of(user)
    grow(world, user, FEW)
    client.get(HOME)  # what is made once: the exchange's settings row, Wagtail's caches
    with django_assert_max_num_queries(BUDGET) as few:
        content = client.get(HOME).content.decode()
    positions = [content.find(f'id="{name}-section"') for name in PANELS]
    missing = [name for name, position in zip(PANELS, positions, strict=True) if position < 0]
    assert not missing
    assert positions == sorted(positions)
    grow(world, user, MORE)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(HOME).status_code == 200
    with django_assert_max_num_queries(BUDGET) as more:
        client.get(HOME)
    assert len(more.captured_queries) == len(few.captured_queries)
