"""Settings shared by every environment.

Safe by default: DEBUG is off and there is no default SECRET_KEY. The environment is read here
(and by storage.py and search.py, through `env`), with typed reads (django-environ);
docs/deployment.md lists every variable."""

import importlib.util
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .search import database_search_backend, search_backends
from .storage import file_settings, media_sources

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
# Former keys, still accepted when checking a signature (sessions, password reset and signed
# links, signed cookies) while a new SECRET_KEY takes over: docs/scaling.md, "Rotating secrets".
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# A form sent without its CSRF token (an expired page, cookies refused): the site's own French
# page, styled by the site's CSS (Django's has an inline style the CSP blocks).
CSRF_FAILURE_VIEW = "reseau.views.csrf_failure"

INSTALLED_APPS = [
    "reseau",
    "core",
    "activity",
    "home",
    "sheets",
    "aids",
    "printing",
    "members_area",
    "publicapi",
    "faq",
    "opendata",
    "membership",
    "registrations",
    "contributions",
    "directory",
    "introductions",
    "exchange",
    "alerts",
    "letters",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "guardian",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Content-Security-Policy on every HTML page, Permissions-Policy on every response
    # (reseau/security_headers.py): first, so that the 503 page gets them too.
    "reseau.security_headers.SiteCSPMiddleware",
    "reseau.security_headers.PermissionsPolicyMiddleware",
    # A database that cannot be reached answers a 503 page, not a 500 (reseau/faults.py).
    "reseau.faults.DatabaseUnavailableMiddleware",
    # Cache-Control on every response (reseau/http_cache.py): before the session, CSRF and
    # messages middleware, so that it sees the cookies they set.
    "reseau.http_cache.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session showed a second factor (django-otp);
    # the admin is closed to those who can open it until they have (reseau/second_factor/).
    "django_otp.middleware.OTPMiddleware",
    "reseau.second_factor.middleware.AdminSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Formulas neutralised in Wagtail's CSV exports; contributors' page search (decision 0047).
    "core.spreadsheets.SpreadsheetFormulaMiddleware",
    "contributions.admin_guard.ContributorAdminGuardMiddleware",
    # Last, so that it sees the authenticated user when it counts failed sign-ins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "reseau.urls"
WSGI_APPLICATION = "reseau.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "reseau" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database, cache, e-mail -------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
if "postgresql" in DATABASES["default"]["ENGINE"] and not env.bool("POSTGRES_JIT", default=False):
    # PostgreSQL compiles any query its planner costs above jit_above_cost, before the first
    # row: on the facet counts over a member's thousands of grants the compilation took longer
    # than the query. Pages are many short queries: the compilation never pays back.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# When the database cannot be reached, pages answer 503 with this Retry-After (seconds).
DATABASE_UNAVAILABLE_RETRY_AFTER = env.int("DATABASE_UNAVAILABLE_RETRY_AFTER", default=30)

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
}
# Redis is an accelerator, never a dependency: when it is unreachable, django-redis answers every
# read with a miss and drops every write (logged as a warning), and pages still answer 200. The
# timeouts bound how long a request waits for a Redis that does not answer.
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Logged through this logger, which LOGGING (below) lets speak once per FAULT_LOG_INTERVAL.
DJANGO_REDIS_LOGGER = "reseau.faults.redis"
if "redis" in CACHES["default"]["BACKEND"].lower():
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {
            "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_CONNECT_TIMEOUT", default=0.5),
            "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=0.5),
        }
    )


def session_engine(caches):
    """A member's session is read on every request they make: from the cache when every process
    shares it (Redis), and written to the database as well, so that nobody is signed out when
    the cache is flushed or unreachable. With a cache local to each process, a sign-out in one
    process would leave the session alive in the others' copies: sessions then stay in the
    database only."""
    if "redis" in caches["default"]["BACKEND"].lower():
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"


SESSION_ENGINE = session_engine(CACHES)

# --- HTTP caching at the edge (reseau/http_cache.py, docs/deployment.md "Front cache") --------
# Anonymous pages are "public": the front cache (nginx, deploy/nginx/) keeps them for
# CACHE_CONTROL_S_MAXAGE seconds, and wagtail.contrib.frontend_cache purges them when an editor
# publishes, unpublishes, moves or deletes what they show (sheets/cache_purge.py,
# home/cache_purge.py). Listings with a query string (filters, page numbers) cannot be purged
# URL by URL: their copies live CACHE_CONTROL_QUERY_S_MAXAGE seconds. Browsers keep a page
# CACHE_CONTROL_MAX_AGE seconds.
CACHE_CONTROL_S_MAXAGE = env.int("CACHE_CONTROL_S_MAXAGE", default=600)
CACHE_CONTROL_QUERY_S_MAXAGE = env.int("CACHE_CONTROL_QUERY_S_MAXAGE", default=60)
CACHE_CONTROL_MAX_AGE = env.int("CACHE_CONTROL_MAX_AGE", default=60)
# Views answering "private, no-store" whoever asks: documents may be reserved to members
# (members_area's before_serve_document hook); a shared cache's copy would outlive the rule.
CACHE_CONTROL_PRIVATE_VIEWS = ["wagtaildocs_serve", "wagtaildocs_authenticate_with_password"]


def front_caches(purge_urls):
    """WAGTAILFRONTENDCACHE: one HTTPBackend per front cache node, each purged."""
    return {
        f"nginx{number}" if number else "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
        for number, location in enumerate(purge_urls)
    }


# FRONTEND_CACHE_PURGE_URL is where the front cache takes PURGE requests
# (http://127.0.0.1:8080 with deploy/nginx/reseau.conf), comma-separated for several front cache
# nodes (docs/scaling.md), each purged; empty: nothing is purged.
WAGTAILFRONTENDCACHE = front_caches(env.list("FRONTEND_CACHE_PURGE_URL", default=[]))
# Purges name each page's URL in its own language: Wagtail must not copy them to every prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Background work (search and reference index updates, cache purges, e-mails) goes through
# django-tasks: run at once here; production.py queues it in the database for `db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Réseau des collectivités <ne-pas-repondre@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Users and sign-in -------------------------------------------------------------------------
AUTH_USER_MODEL = "reseau.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "members_area:login"
LOGIN_REDIRECT_URL = "members_area:dashboard"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3

# django-guardian: no anonymous user row; anonymous visitors never hold object permissions.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

# django-axes: five failures for one e-mail address from one IP lock that pair for 15 minutes;
# SIGN_IN_ACCOUNT_FAILURE_LIMIT failures for one e-mail address from any addresses lock the
# account for 15 minutes too and e-mail its owner an unlock link (members_area/throttling.py,
# docs/decisions/0030-throttling-per-account.md). Failures during a lock are not counted, so a
# lock always ends 15 minutes after the failure that set it.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "members_area.sign_in_attempts.username_from_credentials"
AXES_HANDLER = "members_area.throttling.AccountThrottlingHandler"
AXES_LOCKOUT_CALLABLE = "members_area.throttling.lockout_response"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
SIGN_IN_ACCOUNT_FAILURE_LIMIT = env.int("SIGN_IN_ACCOUNT_FAILURE_LIMIT", default=20)
SIGN_IN_UNLOCK_LINK_VALID_MINUTES = env.int("SIGN_IN_UNLOCK_LINK_VALID_MINUTES", default=60)
SIGN_IN_TRUSTED_BROWSER_DAYS = env.int("SIGN_IN_TRUSTED_BROWSER_DAYS", default=90)
# Behind N reverse proxies (AXES_PROXY_COUNT=1 for nginx), axes counts failures per client read
# from X-Forwarded-For; with 0 it trusts only REMOTE_ADDR, which a client cannot forge.
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0)
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# The public API (publicapi/, docs/api.md): requests per client address, counted in the cache,
# the client read like axes does; rich text as display HTML.
PUBLIC_API_RATE = env.str("PUBLIC_API_RATE", default="60/minute")
REST_FRAMEWORK = {"NUM_PROXIES": AXES_IPWARE_PROXY_COUNT}
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Second factor for the admin (django-otp, reseau/second_factor/): the name authenticator
# applications show for the site's TOTP accounts.
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Réseau des collectivités")

# Invitations to join the member area: the one-time link works this many days.
MEMBERS_INVITATION_VALID_DAYS = env.int("MEMBERS_INVITATION_VALID_DAYS", default=14)

# --- Languages ---------------------------------------------------------------------------------
# The one list of languages: the first is the source language (French, served without a URL
# prefix), the others get /<code>/. Adding German or Breton is SITE_LANGUAGES=fr,en,de plus a
# translated reseau/locale/<code>/LC_MESSAGES/django.po (docs/development.md, "Translations"):
# content locales, URL prefixes, the language switcher and hreflang links all follow this list.
from django.conf.locale import LANG_INFO  # noqa: E402

LANGUAGES = [
    (code, LANG_INFO[code]["name_local"][:1].upper() + LANG_INFO[code]["name_local"][1:])
    for code in env.list("SITE_LANGUAGES", default=["fr", "en"])
]
LANGUAGE_CODE = LANGUAGES[0][0]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "reseau" / "locale"]

# --- Static files, media and private files ----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "static_collected")))
# Leaflet comes from the django-leaflet package at install time (its app needs GDAL, which we do
# not use, so only its static folder is served), Leaflet.markercluster from npm (`make install`
# runs `npm ci`, package-lock.json pins it): nothing is copied into the repository.
STATICFILES_DIRS = [
    BASE_DIR / "reseau" / "static",
    ("vendor", Path(importlib.util.find_spec("leaflet").origin).parent / "static"),
    ("vendor/markercluster", BASE_DIR / "node_modules" / "leaflet.markercluster" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Documents and reserved resources live here, outside MEDIA_ROOT: the web server never maps this
# folder, and files in it are only ever streamed by a view that has checked permission first.
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")))
# Local folders, or S3 buckets when S3_BUCKET_PUBLIC/S3_BUCKET_PRIVATE are set; how the download
# views hand a private file over (PRIVATE_FILES_SERVE_METHOD), and Wagtail's documents: storage.py.
STORAGES, PRIVATE_FILES_SERVE_METHOD, WAGTAILDOCS_SERVE_METHOD = file_settings(
    env, PRIVATE_MEDIA_ROOT
)
# Where `manage.py backup` writes its dated archives (docs/deployment.md, "Sauvegarde").
BACKUP_DIR = Path(env.str("BACKUP_DIR", default=str(BASE_DIR / "backups")))
PRIVATE_FILES_INTERNAL_URL = env.str("PRIVATE_FILES_INTERNAL_URL", default="/protected/")

FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
MAX_DOCUMENT_SIZE = env.int("MAX_DOCUMENT_SIZE", default=30 * 1024 * 1024)

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Réseau des collectivités mayennaises"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "reseau.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "reseau.CustomDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "doc", "xls", "csv"]
# Shows whether a document's text was read for search, and why not (reseau/forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "reseau.forms.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# The admin asks no other host than the site: no check for new Wagtail releases, no Gravatar
# pictures (initials instead), no banner pointing at Wagtail 4's changes on wagtail.org.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

# --- Search ------------------------------------------------------------------------------------
# Wagtail's database backend analysing French, or Elasticsearch (ELASTICSEARCH_URL) with the
# database backend beside it to fall back on: search.py, docs/search.md.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
DATABASE_SEARCH_BACKEND = database_search_backend(DATABASES["default"]["ENGINE"])
WAGTAILSEARCH_BACKENDS = search_backends(env, DATABASE_SEARCH_BACKEND)
# The database backend has no synonym filter: the search page expands queries with it itself.
SEARCH_RESULTS_PER_PAGE = 20
# A visitor's search waits this long for Elasticsearch (seconds), an autocomplete keystroke less
# (TIMEOUT above is for indexing). After SEARCH_BREAKER_FAILURES failures in a row, searches go
# to the database backend for SEARCH_BREAKER_COOLDOWN s (state in Django's cache, else per process).
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=2.0)
SEARCH_AUTOCOMPLETE_TIMEOUT = env.float("SEARCH_AUTOCOMPLETE_TIMEOUT", default=1.0)
SEARCH_BREAKER_FAILURES = env.int("SEARCH_BREAKER_FAILURES", default=3)
SEARCH_BREAKER_COOLDOWN = env.float("SEARCH_BREAKER_COOLDOWN", default=30.0)

# --- Plugins' settings (their defaults live in each plugin's conf.py) --------------------------
# The sections of the public content (sheets) go under the home page of each language; a sheet's
# funding row may point to an aid of the aids plugin's directory.
SHEETS_SECTION_PARENTS = ["home.HomePage"]
SHEETS_FUNDING_AID_PAGE_TYPE = "aids.AidPage"

# --- Map ---------------------------------------------------------------------------------------
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env.str(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)

# --- /.well-known/security.txt (RFC 9116) ------------------------------------------------------
# Whom to tell about a security flaw: an e-mail address or a URL (empty: the contact address of
# Paramètres > Réseau et contact). Its Expires field: SECURITY_TXT_EXPIRES (YYYY-MM-DD) if set,
# else a year from the day it is served.
SECURITY_CONTACT = env.str("SECURITY_CONTACT", default="")
SECURITY_TXT_EXPIRES = env.str("SECURITY_TXT_EXPIRES", default="")

# --- Security headers that hold everywhere -----------------------------------------------------


def map_tile_source(url):
    """The origin of MAP_TILE_URL, for the policy's img-src: Leaflet's `{s}` subdomains become a
    wildcard; tiles served by the site itself (a relative URL) or no tiles need no source."""
    parts = urlsplit(url.replace("{s}", "*"))
    if not parts.netloc:
        return []
    return [f"{parts.scheme}://{parts.netloc}" if parts.scheme else parts.netloc]


# Content-Security-Policy (django-csp, reseau/security_headers.py, docs/decisions/0028): every
# HTML page loads scripts, styles, fonts and frames from the site only, and no inline script or
# style; images also come from the map's tile server. Nothing uses a nonce: front-cached pages
# would hand the same nonce to every visitor.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *map_tile_source(MAP_TILE_URL), *media_sources(STORAGES)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin (and its preview, and wagtail-localize's editor) writes inline scripts and
# styles, shows a picture about to be uploaded from a blob: URL and a data: image in its tag
# suggestions: under this prefix, and only there, these sources are added to the policy above.
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
}
# Permissions-Policy: browser features no page uses, refused to the site and to any frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True

# A fault that fails every request (Redis or the database unreachable) is logged as one warning
# per FAULT_LOG_INTERVAL seconds and process, saying how many it held back.
FAULT_LOG_INTERVAL = env.float("FAULT_LOG_INTERVAL", default=60.0)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "redis_down": {
            "()": "reseau.faults.OncePerInterval",
            "interval": FAULT_LOG_INTERVAL,
            "message": "Redis unreachable: pages served uncached, sessions read from the database",
        },
        "database_down": {"()": "reseau.faults.OncePerInterval", "interval": FAULT_LOG_INTERVAL},
        "not_503": {"()": "reseau.faults.WithoutStatus", "status": 503},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
    "loggers": {
        "reseau": {"level": "INFO"},
        "reseau.faults.redis": {"filters": ["redis_down"]},
        "reseau.faults.database": {"filters": ["database_down"]},
        "django.request": {"filters": ["not_503"]},
        "search": {"level": "INFO"},
        "members_area": {"level": "INFO"},
    },
}
