"""Where files live: local folders, or S3-compatible buckets when S3_BUCKET_PUBLIC and
S3_BUCKET_PRIVATE are set (django-storages; docs/deployment.md, "Files on S3-compatible storage";
docs/decisions/0050-files-on-s3-compatible-storage.md).

Public media (images and their renditions) go where anyone may read them; documents and reserved
files to a private bucket, handed over only by a view that has checked permission: by default as
a redirect to a signed URL that expires after S3_SIGNED_URL_SECONDS."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

FILE_SYSTEM = "django.core.files.storage.FileSystemStorage"
# django-storages' S3Storage, its objects typed by their extension (reseau/s3.py).
S3 = "reseau.s3.S3Storage"
STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
# "django" streams from Python, "nginx" (X-Accel-Redirect) and "apache" (X-Sendfile) let the web
# server send a local file, "redirect" answers with a signed URL of the private bucket.
SERVE_METHODS = ("django", "nginx", "apache", "redirect")


def file_settings(env, private_media_root):
    """STORAGES, PRIVATE_FILES_SERVE_METHOD and WAGTAILDOCS_SERVE_METHOD, from the environment."""
    storages = file_storages(env, private_media_root)
    on_s3 = storages["private"]["BACKEND"] == S3
    method = env.str("PRIVATE_FILES_SERVE_METHOD", default="") or (
        "redirect" if on_s3 else "django"
    )
    if method not in SERVE_METHODS:
        raise ImproperlyConfigured(
            f"PRIVATE_FILES_SERVE_METHOD={method!r}: expected one of {', '.join(SERVE_METHODS)}."
        )
    if on_s3 and method in ("nginx", "apache"):
        raise ImproperlyConfigured(
            f"PRIVATE_FILES_SERVE_METHOD={method} sends files from a local folder; with "
            "S3_BUCKET_PRIVATE use redirect (a signed URL) or django (streamed)."
        )
    # Wagtail's "redirect" sends a document's storage URL, signed by the private S3 storage; its
    # before_serve_document hooks (the member area's permission check) run first either way.
    documents = "redirect" if on_s3 and method == "redirect" else "serve_view"
    return storages, method, documents


def file_storages(env, private_media_root):
    public_bucket = env.str("S3_BUCKET_PUBLIC", default="")
    private_bucket = env.str("S3_BUCKET_PRIVATE", default="")
    if not public_bucket and not private_bucket:
        return {
            "default": {"BACKEND": FILE_SYSTEM},
            "private": {
                "BACKEND": FILE_SYSTEM,
                "OPTIONS": {"location": str(private_media_root), "base_url": None},
            },
            "staticfiles": dict(STATIC),
        }
    public_prefix = env.str("S3_PUBLIC_PREFIX", default="").strip("/")
    private_prefix = env.str("S3_PRIVATE_PREFIX", default="").strip("/")
    _check_buckets(public_bucket, public_prefix, private_bucket, private_prefix)
    endpoint = env.str("S3_ENDPOINT_URL", default="").rstrip("/")
    region = env.str("S3_REGION", default="")
    connection = {
        "endpoint_url": endpoint or None,
        "region_name": region or None,
        "access_key": env.str("S3_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("S3_SECRET_ACCESS_KEY", default="") or None,
        "addressing_style": env.str("S3_ADDRESSING_STYLE", default="") or None,
        "signature_version": "s3v4",
        # Never replace a file of the same name: the new one gets a suffix, as on disk.
        "file_overwrite": False,
    }
    public_url = urlsplit(
        env.str("S3_PUBLIC_URL", default="") or public_base_url(endpoint, region, public_bucket)
    )
    public = {
        **connection,
        "bucket_name": public_bucket,
        "location": public_prefix,
        "default_acl": env.str("S3_PUBLIC_ACL", default="public-read") or None,
        "querystring_auth": False,
        "custom_domain": public_url.netloc + public_url.path.rstrip("/"),
        "url_protocol": f"{public_url.scheme}:",
    }
    private = {
        **connection,
        "bucket_name": private_bucket,
        "location": private_prefix,
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": env.int("S3_SIGNED_URL_SECONDS", default=60),
    }
    return {
        "default": {"BACKEND": S3, "OPTIONS": public},
        "private": {"BACKEND": S3, "OPTIONS": private},
        "staticfiles": dict(STATIC),
    }


def _check_buckets(public_bucket, public_prefix, private_bucket, private_prefix):
    """Both buckets are named; one bucket serves both only with two prefixes apart, so that the
    bucket policy can make the public one readable and leave the private one closed."""
    if not public_bucket or not private_bucket:
        raise ImproperlyConfigured(
            "S3_BUCKET_PUBLIC and S3_BUCKET_PRIVATE go together: set both (docs/deployment.md)."
        )
    if public_bucket == private_bucket and not (
        public_prefix
        and private_prefix
        and not f"{public_prefix}/".startswith(f"{private_prefix}/")
        and not f"{private_prefix}/".startswith(f"{public_prefix}/")
    ):
        raise ImproperlyConfigured(
            "S3_BUCKET_PUBLIC and S3_BUCKET_PRIVATE name the same bucket: give S3_PUBLIC_PREFIX "
            "and S3_PRIVATE_PREFIX, neither inside the other."
        )


def public_base_url(endpoint, region, bucket):
    """Where the public bucket's objects are read when S3_PUBLIC_URL is not given: path-style on
    an S3-compatible endpoint, the bucket's virtual host on AWS."""
    if endpoint:
        return f"{endpoint}/{bucket}"
    host = f"s3.{region}.amazonaws.com" if region else "s3.amazonaws.com"
    return f"https://{bucket}.{host}"


def media_sources(storages):
    """The origin public media are read from, for the Content-Security-Policy's img-src: none
    when they are served by the site itself."""
    options = storages["default"].get("OPTIONS", {})
    if not options.get("custom_domain"):
        return []
    parts = urlsplit(f"{options['url_protocol']}//{options['custom_domain']}")
    return [f"{parts.scheme}://{parts.netloc}"]
