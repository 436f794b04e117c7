"""Documents the demo's contributors propose (contributions.yaml, `documents:`; decision 0047):
each written as the guided form writes it (contributions.document_forms validates it, with its
PDF laid out offline by demo.loaders.pdfs; document_drafts writes it), then taken through the
same steps as the sheets (demo.loaders.moderation): the published one becomes a reserved
resource open to every member, and the commune is told at each step. A document already there
(same organisation and title) is left alone."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify

from contributions import document_drafts
from contributions.document_forms import DocumentForm
from contributions.models import ProposedDocument

from .data import read
from .moderation import take_step
from .pdfs import resource_pdf
from .posts import facilitator, themes_by_slug

FORM_FIELDS = ("title", "kind", "description", "year")


def pdf_file(document, organisation, themes):
    """The document's PDF, laid out as the reserved resources' are, from its `body` and the
    parts of its kind; named after its title, as a contributor's file would be."""
    slug = slugify(document["title"])[:80]
    theme = themes[document["themes"][0]].name if document.get("themes") else ""
    content = resource_pdf({**document, "slug": slug}, organisation.commune.name, theme)
    return SimpleUploadedFile(f"{slug}.pdf", content, content_type="application/pdf")


def validated(document, organisation, themes, replacing=False, new_file=True):
    """The guided form's cleaned data for `document`, with its PDF as the uploaded file when
    `new_file` (`replacing`: the form of a document that has a file already, which it keeps
    without one); a document the form would refuse is an error in the data file."""
    data = {name: str(document[name]) for name in FORM_FIELDS if document.get(name) is not None}
    data["themes"] = [themes[slug].pk for slug in document.get("themes", [])]
    files = {"file": pdf_file(document, organisation, themes)} if new_file else {}
    form = DocumentForm(data, files, replacing=replacing)
    if not form.is_valid():
        raise ValueError(f"contributions.yaml, « {document['title']} » : {form.errors.as_text()}")
    return form.cleaned_data


def existing(organisation, title):
    """The document a previous load made: the organisation's, with that title."""
    return ProposedDocument.objects.filter(organisation=organisation, title=title).first()


def _step(document_id, step, author, reviewer, document, themes):
    proposal = ProposedDocument.objects.select_related("organisation__commune").get(pk=document_id)

    def correct(values):
        # A new body is a new version of the file, which replaces the old one.
        cleaned = validated(
            {**document, **values},
            proposal.organisation,
            themes,
            replacing=True,
            new_file="body" in values,
        )
        document_drafts.update_document(proposal, author, cleaned)

    take_step(proposal, step, author, reviewer, correct, document["title"])


def build(profiles, stdout) -> int:
    """The missing documents, each taken through its steps; returns how many were created."""
    themes = themes_by_slug()
    reviewer = facilitator()
    documents = read("contributions")["documents"]
    created = 0
    for document in documents:
        profile = profiles[document["contributor"].lower()]
        organisation = profile.organisation
        if existing(organisation, document["title"]) is not None:
            continue
        cleaned = validated(document, organisation, themes)
        proposal = document_drafts.create_document(profile.user, organisation, cleaned)
        for step in document["steps"]:
            _step(proposal.pk, step, profile.user, reviewer, document, themes)
        created += 1
    stdout.write(
        f"Documents proposés par les communes : {created} créés, "
        f"{len(documents) - created} déjà là."
    )
    return created
