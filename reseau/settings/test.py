"""pytest settings: fast hashing, in-memory e-mail, temporary media folders.

DATABASE_URL picks the database (SQLite by default, PostgreSQL in CI's second pass).
"""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env, session_engine

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = session_engine(CACHES)
# No front cache to purge unless a test configures one (tests/reseau/test_front_cache_purge.py).
WAGTAILFRONTENDCACHE = {}

_tmp = Path(tempfile.mkdtemp(prefix="reseau-test-"))
MEDIA_ROOT = _tmp / "media"
PRIVATE_MEDIA_ROOT = _tmp / "private"
STATIC_ROOT = _tmp / "static"
BACKUP_DIR = _tmp / "backups"
STATIC_ROOT.mkdir()
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(MEDIA_ROOT)},
    },
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests choose their search backend explicitly; the database backend is the default.
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405 (French, both databases)
ELASTICSEARCH_URL = ""
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
WAGTAILADMIN_BASE_URL = "http://testserver"
# The table where production's tasks backend stores results (its app, as in production.py),
# so that the failed tasks' list and panel are tested; tasks still run at once (base TASKS).
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
# A sheet's PDF is not made on each publish (a third of a second each, with the demo's hundred
# sheets loaded in several test modules): tests/printing turns it on.
PRINTING_ON_PUBLISH = False
