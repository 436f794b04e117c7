"""Hands a private file to the client once a view has checked permission.

PRIVATE_FILES_SERVE_METHOD: "django" streams it from Python; "nginx" answers with
X-Accel-Redirect to PRIVATE_FILES_INTERNAL_URL (an `internal` location aliased to
PRIVATE_MEDIA_ROOT); "apache" answers with X-Sendfile (mod_xsendfile); "redirect" answers with a
302 to a short-lived signed URL of the private S3 bucket, and streams when the storage signs no
URLs (a local folder): never a URL anyone could open."""

from urllib.parse import quote

from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect

from core.storage import signed_url
from core.uploads import CONTENT_TYPES, file_extension
from members_area import conf


def private_file_response(field_file, download_name):
    name = field_file.name
    if not name or not field_file.storage.exists(name):
        raise Http404
    content_type = CONTENT_TYPES.get(file_extension(name), "application/octet-stream")
    method = conf.get("PRIVATE_FILES_SERVE_METHOD")
    url = None
    if method == "redirect":
        url = signed_url(
            field_file,
            {
                "ResponseContentType": content_type,
                "ResponseContentDisposition": _disposition(download_name),
            },
        )
    if url:
        response = HttpResponseRedirect(url)
    elif method == "nginx":
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = conf.get("PRIVATE_FILES_INTERNAL_URL").rstrip("/") + (
            "/" + quote(name)
        )
        response["Content-Disposition"] = _disposition(download_name)
    elif method == "apache":
        response = HttpResponse(content_type=content_type)
        response["X-Sendfile"] = field_file.storage.path(name)
        response["Content-Disposition"] = _disposition(download_name)
    else:
        response = FileResponse(
            field_file.storage.open(name, "rb"),
            as_attachment=True,
            filename=download_name,
            content_type=content_type,
        )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _disposition(filename):
    return f"attachment; filename*=UTF-8''{quote(filename)}"
