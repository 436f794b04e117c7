"""Local development: `make run` (SQLite, console e-mail, debug pages)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run at once here: `make demo` would make the PDF of every sheet it publishes, one after
# the other; the first request for a sheet's PDF makes it instead (docs/printing.md).
PRINTING_ON_PUBLISH = False
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405

# SQLite under `make run`: wait for a lock rather than failing ("database is locked") when the
# editor's autosave and a page save overlap.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
