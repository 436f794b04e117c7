"""The public API's fixtures: the sheets' tree, and public content with every kind of reserved
part beside it (test_access_matrix builds it once for the module, with the access matrix's
users)."""

# ruff: noqa: F401, F811 - a fixture imported from the sheets' conftest

from types import SimpleNamespace

from wagtail.models import PageViewRestriction

from sheets.factories import EventPageFactory, ExperienceSheetPageFactory
from tests.sheets.conftest import make_sheets, tree

# Values that every user kind must never get from the API.
CONTACT = SimpleNamespace(
    name="Zéphyrine Contactprivée",
    email="zephyrine.secret@mairie.exemple.fr",
    phone="02 43 99 88 77",
    function="Fonction secrète du contact",
)
RESERVED_REPORT = "Compte rendu réservé xylophone"
RESTRICTED_TITLE = "Fiche derrière une restriction zinzolin"
DRAFT_TITLE = "Titre de brouillon jamais publié"
UNPUBLISHED_TITLE = "Fiche dépubliée pervenche"
RESERVED_ATTACHMENT = "Réservé 0"
SECRETS = [
    CONTACT.name,
    CONTACT.email,
    CONTACT.phone,
    CONTACT.function,
    RESERVED_REPORT,
    RESTRICTED_TITLE,
    DRAFT_TITLE,
    UNPUBLISHED_TITLE,
    RESERVED_ATTACHMENT,
]


def build_content(tree, organisation):
    """A public sheet with a members-only contact and attachment and a pending draft; a sheet
    behind a view restriction for the members' group; an unpublished sheet; an event whose
    report is reserved to members."""
    (sheet,) = make_sheets(tree, 1)
    sheet.contact_name = CONTACT.name
    sheet.contact_email = CONTACT.email
    sheet.contact_phone = CONTACT.phone
    sheet.contact_function = CONTACT.function
    sheet.save_revision().publish()
    sheet.title = DRAFT_TITLE
    sheet.save_revision()  # a draft, not published
    restricted = ExperienceSheetPageFactory(
        parent=tree.experiences, title=RESTRICTED_TITLE, commune=tree.bais
    )
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([organisation.group])
    unpublished = ExperienceSheetPageFactory(
        parent=tree.experiences, title=UNPUBLISHED_TITLE, commune=tree.gorron
    )
    unpublished.unpublish()
    event = EventPageFactory(
        parent=tree.events,
        title="Visite de la chaufferie",
        host_commune=tree.bais,
        report=f"<p>{RESERVED_REPORT}</p>",
        report_members_only=True,
    )
    return SimpleNamespace(sheet=sheet, restricted=restricted, unpublished=unpublished, event=event)
