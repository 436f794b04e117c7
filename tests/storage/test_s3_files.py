"""Files on S3-compatible storage, against a real S3 server that checks signatures (SeaweedFS on
loopback, tests/storage/seaweedfs.py): reserved files go to the private bucket and reach only who
may open them, through a short-lived signed URL given after the site's permission check; the
bucket itself refuses anonymous, tampered and expired requests; images and their renditions go to
the public bucket, readable by anyone."""

import io
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, quote, urlencode, urlsplit, urlunsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage

from members_area import access
from members_area.documents import make_pdf
from members_area.models import DownloadLog, Resource
from reseau.models import CustomDocument
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceAttachment
from tests.factories import ImageFactory, MemberFactory, MemberOrganisationFactory, UserFactory

from .seaweedfs import PRIVATE_BUCKET, PUBLIC_BUCKET

pytestmark = pytest.mark.django_db

LOGIN_PATH = "/adherents/connexion/"


def fetch(url):
    """An HTTP GET as a browser following the link would make it: (status, body, headers)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def with_query(url, **changes):
    parts = urlsplit(url)
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    return urlunsplit(parts._replace(query=urlencode({**query, **changes})))


def stored_keys(seaweed, bucket):
    listing = seaweed.client().list_objects_v2(Bucket=bucket)
    return {item["Key"] for item in listing.get("Contents", [])}


@pytest.fixture
def member(site):
    return MemberFactory(organisation=MemberOrganisationFactory(name="Commune de Bais"))


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def uploaded(s3_site, admin_client, member):
    """A reserved resource uploaded through the admin, granted to `member`."""
    body = make_pdf("Cahier des charges Xérus", "Chaufferie bois partagée de Bais.")
    data = {"title": "Cahier des charges Xérus", "slug": "", "kind": "guide", "description": ""}
    upload = SimpleUploadedFile("cahier-xerus.pdf", body, content_type="text/html")
    response = admin_client.post(
        "/admin/snippets/members_area/resource/add/", {**data, "file": upload}
    )
    assert response.status_code == 302
    resource = Resource.objects.get(title="Cahier des charges Xérus")
    access.grant(resource, member)
    return resource, body


# --- Reserved resources ------------------------------------------------------------------------


def test_an_uploaded_resource_is_in_the_private_bucket_only(seaweed, uploaded):
    resource, _body = uploaded
    assert resource.file.name in stored_keys(seaweed, PRIVATE_BUCKET)
    assert resource.file.name not in stored_keys(seaweed, PUBLIC_BUCKET)
    # Typed by its extension, not by what the browser declared (text/html here).
    stored = seaweed.client().head_object(Bucket=PRIVATE_BUCKET, Key=resource.file.name)
    assert stored["ContentType"] == "application/pdf"
    # Its text was read back from the bucket by the background task.
    resource.refresh_from_db()
    assert "Chaufferie bois" in resource.extracted_text


def test_a_member_allowed_gets_a_signed_url_that_returns_the_file(seaweed, uploaded, member):
    resource, body = uploaded
    response = signed_in(member).get(resource.get_download_url())
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = response["Location"]
    assert location.startswith(f"{seaweed.url}/{PRIVATE_BUCKET}/{resource.file.name}?")
    assert "X-Amz-Signature=" in location and "X-Amz-Expires=60" in location
    assert DownloadLog.objects.filter(resource=resource, user=member).count() == 1

    status, content, headers = fetch(location)
    assert status == 200
    assert content == body
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == (
        f"attachment; filename*=UTF-8''{quote(resource.download_filename)}"
    )


@pytest.mark.parametrize("who", ["anonymous", "non_member"])
def test_who_may_not_open_it_gets_no_url(seaweed, uploaded, who):
    resource, _body = uploaded
    client = Client() if who == "anonymous" else signed_in(UserFactory())
    response = client.get(resource.get_download_url())
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_PATH)
    else:
        assert response.status_code == 404
    leaked = (response.get("Location", "") + response.content.decode()).lower()
    assert seaweed.url not in leaked and "x-amz" not in leaked
    assert not DownloadLog.objects.exists()


def test_the_bucket_refuses_anonymous_and_tampered_requests(seaweed, uploaded, member):
    resource, body = uploaded
    location = signed_in(member).get(resource.get_download_url())["Location"]
    assert fetch(location)[0] == 200

    unsigned = location.split("?")[0]
    assert unsigned == f"{seaweed.url}/{PRIVATE_BUCKET}/{resource.file.name}"
    status, content, _headers = fetch(unsigned)
    assert status == 403 and body not in content

    signature = parse_qs(urlsplit(location).query)["X-Amz-Signature"][0]
    forged = ("0" if signature[0] != "0" else "1") + signature[1:]
    assert fetch(with_query(location, **{"X-Amz-Signature": forged}))[0] == 403
    # The same signature for a longer life, or for another file of the bucket.
    assert fetch(with_query(location, **{"X-Amz-Expires": "604800"}))[0] == 403
    other = seaweed.client()
    other.put_object(Bucket=PRIVATE_BUCKET, Key="resources/autre.pdf", Body=b"%PDF-1.4 autre")
    assert fetch(location.replace(resource.file.name, "resources/autre.pdf"))[0] == 403


def test_an_expired_url_is_refused(s3_site, uploaded, member):
    resource, body = uploaded
    s3_site(S3_SIGNED_URL_SECONDS="1")
    location = signed_in(member).get(resource.get_download_url())["Location"]
    assert "X-Amz-Expires=1&" in location
    time.sleep(2.2)
    status, content, _headers = fetch(location)
    assert status == 403 and body not in content


def test_streaming_from_the_bucket_when_asked(s3_site, uploaded, member):
    resource, body = uploaded
    s3_site(PRIVATE_FILES_SERVE_METHOD="django")
    response = signed_in(member).get(resource.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == body
    assert response["Cache-Control"] == "private, no-store"


def test_a_file_gone_from_the_bucket_is_the_unavailable_page(uploaded, member):
    resource, _body = uploaded
    resource.file.storage.delete(resource.file.name)
    response = signed_in(member).get(resource.get_download_url())
    assert response.status_code == 503
    assert "Document momentanément indisponible" in response.content.decode()


# --- Wagtail documents -------------------------------------------------------------------------


@pytest.fixture
def documents(s3_site, home_page):
    def document(title):
        body = make_pdf(title, title)
        created = CustomDocument.objects.create(
            title=title, file=ContentFile(body, name="plan.pdf")
        )
        return created, body

    reserved, public = document("Plan réservé Quetzal"), document("Plaquette publique Quetzal")
    sheet = ExperienceSheetPageFactory(parent=ExperienceIndexPageFactory(parent=home_page))
    ExperienceAttachment.objects.create(page=sheet, document=reserved[0], members_only=True)
    ExperienceAttachment.objects.create(page=sheet, document=public[0], members_only=False)
    return {"reserved": reserved, "public": public}


def test_documents_are_in_the_private_bucket(seaweed, documents):
    keys = stored_keys(seaweed, PRIVATE_BUCKET)
    assert {doc.file.name for doc, _body in documents.values()} <= keys


def test_a_reserved_document_reaches_a_member_through_a_signed_url(seaweed, documents, member):
    doc, body = documents["reserved"]
    assert doc.url == f"/documents/{doc.pk}/{doc.filename}"  # links go to the site, not S3
    response = signed_in(member).get(doc.url)
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    location = response["Location"]
    assert location.startswith(f"{seaweed.url}/{PRIVATE_BUCKET}/{doc.file.name}?")
    assert "X-Amz-Signature=" in location
    status, content, _headers = fetch(location)
    assert status == 200 and content == body
    assert fetch(location.split("?")[0])[0] == 403


@pytest.mark.parametrize("who", ["anonymous", "non_member"])
def test_a_reserved_document_gives_no_url_to_others(seaweed, documents, who):
    doc, _body = documents["reserved"]
    client = Client() if who == "anonymous" else signed_in(UserFactory())
    response = client.get(doc.url)
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_PATH)
    else:
        assert response.status_code == 404
    leaked = (response.get("Location", "") + response.content.decode()).lower()
    assert seaweed.url not in leaked and "x-amz" not in leaked


def test_a_public_document_is_a_signed_url_for_anyone(documents):
    doc, body = documents["public"]
    response = Client().get(doc.url)
    assert response.status_code == 302
    assert "X-Amz-Signature=" in response["Location"]
    assert fetch(response["Location"])[:2] == (200, body)


# --- Public media ------------------------------------------------------------------------------


def test_images_and_renditions_are_public_in_the_public_bucket(s3_site, seaweed):
    image = ImageFactory(title="Chaufferie de Bais")
    rendition = image.get_rendition("fill-80x60")
    keys = stored_keys(seaweed, PUBLIC_BUCKET)
    assert image.file.name in keys and rendition.file.name in keys
    assert image.file.name not in stored_keys(seaweed, PRIVATE_BUCKET)

    assert rendition.url == f"{seaweed.url}/{PUBLIC_BUCKET}/{rendition.file.name}"
    status, content, headers = fetch(rendition.url)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    assert PILImage.open(io.BytesIO(content)).size == (80, 60)
    assert fetch(image.file.url)[0] == 200
    # The public bucket gives its files, not its listing.
    assert fetch(f"{seaweed.url}/{PUBLIC_BUCKET}/")[0] == 403
