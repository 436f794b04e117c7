"""Files missing from storage: what a person allowed to open one gets instead (a page saying it
is temporarily unavailable, status 503), the mark that tells the pages and the facilitator, and
its removal once the file is back. Only called after access is decided (permissions.py), so
someone who may not open a file never learns whether it exists.

A resource carries its mark (`Resource.file_missing_since`); a Wagtail document gets a
`MissingDocument` row. Setting the mark is a conditional UPDATE or an INSERT that only one
request wins, and only that one queues the e-mail to the facilitators: they are told once per
file (docs/decisions/0032-missing-files-and-backups.md)."""

import logging

from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control

from .models import MissingDocument, Resource
from .tasks import tell_facilitators_file_missing

logger = logging.getLogger(__name__)

RESOURCE, DOCUMENT = "resource", "document"


def file_exists(field_file) -> bool:
    """Whether the record's file is in its storage (False for a storage that fails)."""
    if not field_file or not field_file.name:
        return False
    try:
        return field_file.storage.exists(field_file.name)
    except Exception:  # noqa: BLE001 - a disk's OSError, or an S3 client's own errors (botocore)
        logger.warning("Storage unreachable for %s", field_file.name, exc_info=True)
        return False


def mark_resource(resource) -> bool:
    """Marks the resource's file missing; True (and the facilitators told) the first time."""
    now = timezone.now()
    marked = Resource.objects.filter(pk=resource.pk, file_missing_since__isnull=True).update(
        file_missing_since=now
    )
    if marked:
        resource.file_missing_since = now
        logger.warning("File of resource %s missing from storage: %s", resource.pk, resource.file)
        tell_facilitators_file_missing.enqueue(RESOURCE, resource.pk)
    return bool(marked)


def unmark_resource(resource) -> bool:
    """Clears the mark once the file is back."""
    cleared = Resource.objects.filter(pk=resource.pk, file_missing_since__isnull=False).update(
        file_missing_since=None
    )
    resource.file_missing_since = None
    return bool(cleared)


def mark_document(document) -> bool:
    """Records the document's file missing; True (and the facilitators told) the first time
    for this file."""
    name = document.file.name or ""
    MissingDocument.objects.filter(document_id=document.pk).exclude(file_name=name).delete()
    try:
        with transaction.atomic():
            _record, created = MissingDocument.objects.get_or_create(
                document_id=document.pk, defaults={"file_name": name}
            )
    except IntegrityError:  # another request recorded it first
        return False
    if created:
        logger.warning("File of document %s missing from storage: %s", document.pk, name)
        tell_facilitators_file_missing.enqueue(DOCUMENT, document.pk)
    return created


def unmark_document(document) -> bool:
    deleted, _by_model = MissingDocument.objects.filter(document_id=document.pk).delete()
    return bool(deleted)


def forget_replaced_document(sender, instance, **kwargs):
    """post_save of the document model: a new file ends the record of the missing one."""
    if kwargs.get("raw"):  # a fixture loading (a restore) brings its own records
        return
    MissingDocument.objects.filter(document_id=instance.pk).exclude(
        file_name=instance.file.name or ""
    ).delete()


def unavailable_response(request, title, back_url=""):
    """The page a person allowed to open the file gets: 503 (the server's fault, for a while),
    without Retry-After (nobody knows when the file comes back), never cached."""
    context = {"document_title": title, "back_url": back_url}
    response = render(request, "members_area/file_unavailable.html", context, status=503)
    patch_cache_control(response, private=True, no_store=True)
    return response


def resource_unavailable(request, resource):
    """The answer to a download of `resource` when its file is missing, or None when it is
    there (a stale mark is then cleared)."""
    if file_exists(resource.file):
        if resource.file_missing_since:
            unmark_resource(resource)
        return None
    mark_resource(resource)
    return unavailable_response(request, resource.title, resource.get_absolute_url())


def document_unavailable(request, document):
    """The same for a Wagtail document served through Wagtail's serve view."""
    if file_exists(document.file):
        return None
    mark_document(document)
    return unavailable_response(request, document.title)
