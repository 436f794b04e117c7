"""A data file's HTTP response: its media type, a download name, Last-Modified and an ETag, and
a 304 when the client's copy is current."""

import hashlib

from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag


def data_response(request, body, content_type, modified=None, filename=None):
    etag = quote_etag(hashlib.sha256(body.encode()).hexdigest()[:32])
    last_modified = int(modified.timestamp()) if modified else None
    unchanged = get_conditional_response(request, etag=etag, last_modified=last_modified)
    response = unchanged or HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"  # public data, readable from any site
    return response
