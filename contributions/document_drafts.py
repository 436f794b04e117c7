"""The guided form's writing of a proposed document, through Wagtail's own create and edit actions:
a draft (never live) with a new revision at each save, logged in the document's history. The
form's view decides who may write (the organisation's contributors), so the actions skip the
admin's permission checks: contributors hold no permission on the snippet (decision 0047)."""

from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction

from .models import ProposedDocument

FIELDS = ["title", "kind", "description", "year"]


def latest(document):
    """The document as its latest revision has it: Wagtail's `get_latest_revision_as_object`,
    without reading the document again (its latest revision comes with it)."""
    if not document.has_unpublished_changes or document.latest_revision is None:
        return document
    return document.with_content_json(document.latest_revision.content)


def initial(document):
    """The form's values from the document's latest revision."""
    values = {name: getattr(document, name) for name in FIELDS}
    values["themes"] = [theme.pk for theme in document.themes.all()]
    return values


def _fill(document, cleaned):
    for name in FIELDS:
        setattr(document, name, cleaned.get(name))
    document.themes.set(cleaned["themes"])
    if cleaned.get("file"):
        document.file = cleaned["file"]


def create_document(user, organisation, cleaned):
    """A new draft of the organisation, with its first revision."""
    document = ProposedDocument(
        organisation=organisation,
        created_by=user,
        submission_key=cleaned.get("submission_key"),
    )
    _fill(document, cleaned)
    return CreateAction(document, user=user).execute(skip_permission_checks=True)


def update_document(document, user, cleaned):
    """A new revision of the document (its latest one changed by the form); a new file replaces
    the old one, which stays in the earlier revisions."""
    draft = latest(document)
    _fill(draft, cleaned)
    return EditAction(draft, user=user).execute(skip_permission_checks=True)
