"""Communes' own experience sheets (contributions.yaml, decision 0047): two demo members get the
contributor role, and their sheets are written and sent as a contributor does, through the
guided form's validation and writing (contributions.forms, drafts, workflow), then reviewed
through the facilitator's actions on Wagtail's moderation workflow; so each sheet stands at a
step of the review, and the commune's e-mails go to the configured backend as on the site (the
console under `make run`, the outbox in tests). A sheet already there (same commune and title)
is left alone. Their proposed documents: demo.loaders.contributed_documents."""

from django.db.models import Q
from wagtail.models import Locale

from contributions import drafts, editor_access
from contributions.forms import ExperienceForm, FundingFormSet
from members_area.models import MemberProfile
from sheets.models import ExperienceSheetPage

from . import contributed_documents
from .data import read
from .members import member_password
from .moderation import take_step
from .posts import facilitator, themes_by_slug

FUNDING_ROWS = 5  # the guided form's rows


def ensure_contributors():
    """The contributor role for the members the data names (their Wagtail groups follow, by the
    contributions' signal), and the shared group's permission on the sheet lists."""
    profiles = {}
    for data in read("contributions")["contributors"]:
        email = data["email"].lower()
        profile = MemberProfile.objects.select_related("user", "organisation").get(
            user__email=email
        )
        if not profile.contributor:
            profile.contributor = True
            profile.save(update_fields=["contributor"])
        profiles[email] = profile
    editor_access.contributors_group()
    return profiles


def _form_data(sheet, themes):
    """What the contributor would post: the sheet's fields, its themes as ids, its fundings as
    the form's rows."""
    data = {
        name: str(value)
        for name, value in sheet.items()
        if name not in {"contributor", "stage", "steps", "main_theme", "themes", "fundings"}
    }
    data["main_theme"] = themes[sheet["main_theme"]].pk
    data["themes"] = [themes[slug].pk for slug in sheet.get("themes", [])]
    rows = sheet.get("fundings", [])
    if len(rows) > FUNDING_ROWS:
        raise ValueError(
            f"contributions.yaml, « {sheet['title']} » : {FUNDING_ROWS} financements au plus"
        )
    data.update(
        {
            "fundings-TOTAL_FORMS": str(FUNDING_ROWS),
            "fundings-INITIAL_FORMS": "0",
            "fundings-MIN_NUM_FORMS": str(FUNDING_ROWS),
            "fundings-MAX_NUM_FORMS": str(FUNDING_ROWS),
        }
    )
    for number, row in enumerate(rows):
        for name, value in row.items():
            data[f"fundings-{number}-{name}"] = str(value)
    return data


def validated(sheet, themes):
    """The form's cleaned data and funding rows for `sheet`, as the guided form would save them;
    a sheet the form would refuse is an error in the data file."""
    data = _form_data(sheet, themes)
    form = ExperienceForm(data)
    fundings = FundingFormSet(data, prefix="fundings")
    if not (form.is_valid() and fundings.is_valid()):
        errors = form.errors.as_text() + " ".join(str(e) for e in fundings.errors if e)
        raise ValueError(f"contributions.yaml, « {sheet['title']} » : {errors}")
    return form.cleaned_data, [row for row in fundings.cleaned_data if row]


def existing(commune_id, title):
    """The sheet a previous load made: the commune's, with that title (live or latest)."""
    return (
        ExperienceSheetPage.objects.filter(commune_id=commune_id, locale=Locale.get_default())
        .filter(Q(title=title) | Q(draft_title=title))
        .first()
    )


def _step(page_id, step, author, reviewer, sheet, themes):
    page = ExperienceSheetPage.objects.get(pk=page_id)

    def correct(values):
        cleaned, fundings = validated({**sheet, **values}, themes)
        drafts.update_experience(page, author, cleaned, fundings)

    take_step(page, step, author, reviewer, correct, sheet["title"])


def build_sheets(profiles) -> int:
    """The missing sheets, each taken through its steps; returns how many were created."""
    themes = themes_by_slug()
    reviewer = facilitator()
    created = 0
    for sheet in read("contributions")["sheets"]:
        profile = profiles[sheet["contributor"].lower()]
        organisation = profile.organisation
        if existing(organisation.commune_id, sheet["title"]) is not None:
            continue
        cleaned, fundings = validated(sheet, themes)
        page = drafts.create_experience(profile.user, organisation, cleaned, fundings)
        for step in sheet["steps"]:
            _step(page.pk, step, profile.user, reviewer, sheet, themes)
        created += 1
    return created


def credentials(profiles) -> list:
    """The lines `load_demo` prints: each contributor's sign-in and where they start."""
    labels = {
        data["email"].lower(): data["label"] for data in read("contributions")["contributors"]
    }
    return [
        f"{labels[email]} ({profile.organisation.name}) : {profile.user.email} / "
        f"{member_password()}  ->  /adherents/contributions/"
        for email, profile in profiles.items()
    ]


def build(stdout) -> list:
    """The contributors, their sheets and their documents; returns the credential lines to
    print."""
    profiles = ensure_contributors()
    created = build_sheets(profiles)
    total = len(read("contributions")["sheets"])
    stdout.write(
        f"Contributions des communes : {created} fiches créées, {total - created} déjà là."
    )
    contributed_documents.build(profiles, stdout)
    return credentials(profiles)
