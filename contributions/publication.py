"""A proposed document, once the facilitator publishes it, becomes a reserved resource of the
member area: a copy of its file in the resources' storage, its description, themes and year,
the organisation's commune, open to every member (communes share their documents with the
network). Made once: a later publication leaves the resource to the facilitator's edits."""

import logging

from django.core.files import File

from members_area.models import Resource

from .models import ProposedDocument

logger = logging.getLogger(__name__)


def make_resource(document):
    """The resource made from `document` (a published proposal), linked to it; None when it
    had one already or its file cannot be read (logged: the facilitator publishes it by hand)."""
    if document.resource_id is not None:
        return None
    resource = Resource(
        title=document.title,
        kind=document.kind,
        description=document.description,
        year=document.year,
        commune_id=document.organisation.commune_id,
        open_to_all_members=True,
    )
    name = document.file.name.rsplit("/", 1)[-1]
    try:
        with document.file.open("rb") as source:
            resource.file.save(name, File(source), save=False)
    except OSError:
        logger.exception("Could not copy the file of proposed document %s", document.pk)
        return None
    resource.save()
    resource.themes.set(document.themes.all())
    ProposedDocument.objects.filter(pk=document.pk).update(resource=resource)
    document.resource = resource
    return resource
