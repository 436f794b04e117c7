"""The settings of the application servers of tests/reseau/test_two_servers.py: production's, as
the environment gives them (reseau/settings/production.py), with one difference: static files
come from the apps' folders, as in the test settings, instead of collectstatic's manifest (its
compression of Wagtail's files would cost the test a minute; static files are the same on every
server and not what the test is about)."""

from reseau.settings.production import *  # noqa: F403
from reseau.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
