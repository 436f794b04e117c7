"""The map under production's static storage (hashed names): `collectstatic` runs into a
temporary folder, then every static URL the map page uses, and every url() inside its style
sheets, must be a collected file. Leaflet's own guess of its marker images' folder (from
leaflet.css) cannot work with hashed names: the page hands it the exact URLs."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory, MapPageFactory

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
SHEETS_STATIC = Path(settings.BASE_DIR) / "sheets" / "static"


@pytest.fixture
def collected(tmp_path, settings):
    """Production's storage over a temporary STATIC_ROOT, filled by collectstatic. Only the
    file-system finder runs (the site's, Leaflet's and markercluster's folders, and the sheets
    plugin's own), so the admin's thousands of files are not hashed for nothing."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    dirs = list(settings.STATICFILES_DIRS)
    if SHEETS_STATIC.is_dir():
        dirs.append(SHEETS_STATIC)
    settings.STATICFILES_DIRS = dirs
    call_command("collectstatic", interactive=False, verbosity=0)
    return Path(settings.STATIC_ROOT)


def _static_urls(html):
    urls = re.findall(r'(?:src|href|data-[a-z-]+-url)="(/static/[^"]+)"', html)
    assert urls
    return urls


def test_every_static_file_of_the_map_page_is_collected(collected, anonymous_client, home_page):
    index = ExperienceIndexPageFactory(parent=home_page)
    ExperienceSheetPageFactory(parent=index, title="Chaufferie bois")
    map_page = MapPageFactory(parent=home_page)
    response = anonymous_client.get(map_page.url)  # a missing file raises under manifest storage
    assert response.status_code == 200
    html = response.content.decode()
    urls = _static_urls(html)
    missing = [url for url in urls if not (collected / url.removeprefix("/static/")).is_file()]
    assert missing == []
    # The clusters' script and styles, and the marker images, by their hashed names.
    names = " ".join(urls)
    for stem in ("leaflet.markercluster", "MarkerCluster.Default", "marker-icon"):
        assert re.search(rf"/{re.escape(stem)}\.[0-9a-f]{{12}}\.", names), stem

    # Inside the collected style sheets, every url() points at a collected file.
    for url in urls:
        if not url.endswith(".css"):
            continue
        css_file = collected / url.removeprefix("/static/")
        for target in re.findall(r"url\(['\"]?([^'\")]+)['\"]?\)", css_file.read_text()):
            if target.startswith(("data:", "#")):
                continue
            assert (css_file.parent / target).is_file(), (url, target)


def test_leaflet_cannot_guess_its_marker_images(collected, anonymous_client, home_page):
    """Why the page passes the icon URLs: in the collected leaflet.css the default icon path is
    a hashed name, which Leaflet's guess (strip 'marker-icon.png') leaves whole, then appends
    'marker-icon.png' to, giving a 404."""
    index = ExperienceIndexPageFactory(parent=home_page)
    ExperienceSheetPageFactory(parent=index, title="Chaufferie bois")
    html = anonymous_client.get(MapPageFactory(parent=home_page).url).content.decode()
    css_url = re.search(r'href="(/static/vendor/leaflet/leaflet\.[0-9a-f]{12}\.css)"', html)[1]
    css = (collected / css_url.removeprefix("/static/")).read_text()
    guessed = re.search(r"\.leaflet-default-icon-path\s*\{[^}]*url\(([^)]+)\)", css)[1]
    assert not guessed.endswith("marker-icon.png")
    icon_url = re.search(r'data-icon-url="([^"]+)"', html)[1]
    assert (collected / icon_url.removeprefix("/static/")).is_file()
    assert re.search(r"marker-icon\.[0-9a-f]{12}\.png$", icon_url)
