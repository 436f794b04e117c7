"""Each plugin stands on its own: in a minimal Wagtail site (what `wagtail start` sets up, with
Wagtail's own image and document models and Django's user model, without the site package
`reseau`), the plugin and the plugins it needs pass `check`, migrate a fresh SQLite database,
and have no model change left without its migration.

Each plugin runs in its own process (Django configures itself once per process). Wagtail's own
migrations, the same for every plugin and most of the time, run once into a base database that
each plugin's process copies and migrates further: a migration that needs an app the plugin does
not declare still fails, its app being absent from the migration graph.
"""

import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.project_files import REPO_ROOT

# Its processes use an in-memory SQLite database of their own: a second pass on PostgreSQL would
# repeat them exactly.
pytestmark = [pytest.mark.own_database, pytest.mark.heavy]

# What each plugin needs besides Wagtail: the plugins it imports (docs/development.md), then
# the other apps its models or templates use. The one place where these needs are declared.
NEEDS = {
    "core": ["wagtail_localize", "wagtail_localize.locales"],
    "activity": ["core"],
    "sheets": ["core", "wagtail.contrib.routable_page"],
    "faq": ["sheets"],
    "aids": ["sheets"],
    "opendata": ["aids"],
    "printing": ["sheets"],
    "members_area": ["sheets", "guardian", "axes"],
    "publicapi": ["faq", "aids", "wagtail.api.v2"],
    "membership": ["members_area"],
    "registrations": ["members_area"],
    "contributions": ["members_area"],
    "directory": ["members_area"],
    "introductions": ["directory"],
    "exchange": ["members_area", "faq", "wagtail.contrib.settings"],
    "alerts": ["exchange", "aids"],
    "letters": ["alerts"],
    "search": ["members_area", "faq", "aids"],
    "home": ["search", "membership", "letters"],
    "demo": [
        "home",
        "exchange",
        "introductions",
        "membership",
        "registrations",
        "contributions",
        "letters",
    ],
}

# The apps of a new Wagtail project (`wagtail start`), which every plugin may count on.
WAGTAIL_SITE_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

SETTINGS = """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "standalone-plugin-check"
DEBUG = False
ALLOWED_HOSTS = ["localhost"]
INSTALLED_APPS = {installed_apps!r}
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "standalone_urls"
TEMPLATES = [
    {{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {{
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        }},
    }}
]
DATABASES = {{
    "default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "fr"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
WAGTAIL_SITE_NAME = "Plugin standalone"
WAGTAILADMIN_BASE_URL = "http://localhost"
"""

URLS = """\
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *[path(f"{{app}}/", include(f"{{app}}.urls")) for app in {url_apps!r}],
    path("", include(wagtail_urls)),
]
"""

# What every plugin's site has, migrated once (base_database).
BASE_APPS = ["wagtail_localize", "wagtail_localize.locales", *WAGTAIL_SITE_APPS]

MIGRATE = """\
import django
from django.core.management import call_command

django.setup()
call_command("migrate", interactive=False, verbosity=0)
"""

RUN = """\
import django
from django.core.management import call_command

django.setup()
call_command("check", fail_level="ERROR")
call_command("migrate", interactive=False, verbosity=0)
call_command("makemigrations", *{plugins!r}, check=True, dry_run=True, verbosity=1)
print("standalone ok")
"""


def installed_apps(plugin):
    """The plugin, the plugins and apps it needs (transitively, highest layer first), then the
    apps of a new Wagtail project."""
    apps = []

    def add(app):
        if app in apps:
            return
        apps.append(app)
        for need in NEEDS.get(app, []):
            add(need)

    add(plugin)
    plugins = [app for app in apps if app in NEEDS]
    others = [app for app in apps if app not in NEEDS and app not in WAGTAIL_SITE_APPS]
    return plugins, plugins + others + WAGTAIL_SITE_APPS


def test_needs_are_closed_and_exclude_the_site_package():
    for plugin in NEEDS:
        plugins, apps = installed_apps(plugin)
        assert plugins[0] == plugin
        assert "reseau" not in apps
        assert len(apps) == len(set(apps))
    assert installed_apps("search")[0] == [
        "search",
        "members_area",
        "sheets",
        "core",
        "faq",
        "aids",
    ]


def run_site(folder, apps, url_apps, code, packages=None):
    """Runs `code` in a new process with the minimal site of `apps` in `folder`."""
    (folder / "standalone_settings.py").write_text(SETTINGS.format(installed_apps=apps))
    (folder / "standalone_urls.py").write_text(URLS.format(url_apps=url_apps))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=folder,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": f"{folder}:{packages}" if packages else str(folder),
            "DJANGO_SETTINGS_MODULE": "standalone_settings",
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def base_database(tmp_path_factory):
    """A SQLite file with the migrations of the apps every plugin's site has."""
    folder = tmp_path_factory.mktemp("standalone-base")
    result = run_site(folder, BASE_APPS, [], MIGRATE)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    return folder / "db.sqlite3"


@pytest.mark.parametrize("plugin", list(NEEDS))
def test_plugin_checks_and_migrates_on_its_own(plugin, tmp_path, base_database):
    if not (REPO_ROOT / plugin / "apps.py").is_file():
        pytest.fail(f"the plugin {plugin} is missing")
    plugins, apps = installed_apps(plugin)
    assert set(BASE_APPS) <= set(apps)
    url_apps = [app for app in plugins if (REPO_ROOT / app / "urls.py").is_file()]
    # Only the plugins it needs are importable: not the site package, not another plugin.
    packages = tmp_path / "packages"
    packages.mkdir()
    for app in plugins:
        (packages / app).symlink_to(REPO_ROOT / app, target_is_directory=True)
    shutil.copy(base_database, tmp_path / "db.sqlite3")
    result = run_site(tmp_path, apps, url_apps, RUN.format(plugins=plugins), packages)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{plugin} with {apps}:\n{output[-6000:]}"
    assert "standalone ok" in result.stdout
