"""The site's S3 storage (reseau/settings/storage.py names it): django-storages' S3Storage whose
objects get their Content-Type from the file's extension, as Wagtail's and the member area's
views give it on local disk, never the type the uploading browser declared."""

import mimetypes

from storages.backends.s3 import S3Storage as BaseS3Storage

from core.uploads import CONTENT_TYPES, file_extension

IMAGE_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "gif": "image/gif",
    "avif": "image/avif",
}


def content_type(name):
    extension = file_extension(name)
    known = CONTENT_TYPES.get(extension) or IMAGE_TYPES.get(extension)
    return known or mimetypes.guess_type(name)[0] or "application/octet-stream"


class S3Storage(BaseS3Storage):
    def get_object_parameters(self, name):
        """django-storages' documented per-object hook: the type by extension."""
        return {"ContentType": content_type(name), **super().get_object_parameters(name)}
