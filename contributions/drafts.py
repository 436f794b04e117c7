"""The guided form's writing, through Wagtail's page API: a new sheet is a child page of the
sheets' list, never live, owned by its author; every change is a new revision, so a published
sheet's correction leaves the page as it is until the facilitator publishes it."""

from wagtail.images import get_image_model
from wagtail.models import Locale

from sheets.models import ExperienceFunding, ExperienceIndexPage, ExperienceSheetPage

from . import editor_access
from .forms import TEXT_PARTS
from .rich_text import kept_or_new, to_text

PLAIN_FIELDS = [
    "title",
    "status",
    "year_start",
    "year_end",
    "summary",
    "contact_name",
    "contact_role",
    "contact_function",
    "contact_email",
    "contact_phone",
]


def experience_index():
    """The list the contributed experience sheets go under: the first language's."""
    return ExperienceIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def initial(page):
    """The form's initial values from the page's latest revision."""
    values = {name: getattr(page, name) for name in PLAIN_FIELDS}
    values.update({name: to_text(getattr(page, name)) for name in TEXT_PARTS})
    themes = list(page.themes.all())
    values["main_theme"] = page.main_theme_id
    values["themes"] = [theme.pk for theme in themes if theme.pk != page.main_theme_id]
    values["image_alt"] = page.main_image.title if page.main_image_id else ""
    return values


def initial_fundings(page):
    return [
        {"funder": row.funder, "amount": row.amount, "kind": row.kind}
        for row in page.fundings.all()
    ]


def _fill(page, cleaned, fundings, image):
    for name in PLAIN_FIELDS:
        value = cleaned.get(name)
        setattr(page, name, "" if value is None and name != "year_end" else value)
    for name in TEXT_PARTS:
        setattr(page, name, kept_or_new(getattr(page, name), cleaned.get(name, "")))
    page.main_theme = cleaned["main_theme"]
    page.themes.set(cleaned["themes"])
    page.fundings = _fundings(list(page.fundings.all()), [r for r in fundings if r.get("funder")])
    if image is not None:
        page.main_image = image


def _fundings(existing, rows):
    """The funding rows, the existing ones changed in place, row by row: what the form does
    not show (the aid of the directory, the translations' keys) stays with each row."""
    result = []
    for position, row in enumerate(rows):
        funding = existing[position] if position < len(existing) else ExperienceFunding()
        funding.funder = row["funder"]
        funding.amount = row.get("amount")
        funding.kind = row.get("kind") or "subvention"
        result.append(funding)
    return result


def save_image(upload, alt_text, user, organisation):
    """The uploaded image, in the organisation's own collection, described by `alt_text`."""
    image = get_image_model()(
        title=alt_text,
        description=alt_text,
        file=upload,
        collection=editor_access.organisation_collection(organisation),
        uploaded_by_user=user,
    )
    image.save()
    return image


def create_experience(user, organisation, cleaned, fundings, image=None):
    """A new draft sheet of the organisation's commune, with its first revision."""
    page = ExperienceSheetPage(commune_id=organisation.commune_id, owner=user, live=False)
    _fill(page, cleaned, fundings, image)
    experience_index().add_child(instance=page)
    page.save_revision(user=user)
    return page


def update_experience(page, user, cleaned, fundings, image=None):
    """A new revision of `page` (its latest one changed by the form)."""
    draft = page.get_latest_revision_as_object()
    _fill(draft, cleaned, fundings, image)
    draft.commune_id = page.commune_id  # never moved to another commune
    return draft.save_revision(user=user)
