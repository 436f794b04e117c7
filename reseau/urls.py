from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from reseau import views
from reseau.sitemaps import MultilingualSitemap

handler404 = "reseau.views.page_not_found"
handler500 = "reseau.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    # The public API, the same in every language (?locale=en for English pages): docs/api.md.
    path("api/v2/", include("publicapi.urls")),
    # The sheets' PDFs: one address whatever the language, the page's own (printing).
    path("impression/", include("printing.urls")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    # The open data's files, the same in every language (the page presenting them is below).
    path("donnees/", include("opendata.urls")),
]

# Language-dependent URLs: French has no prefix, English lives under /en/.
urlpatterns += i18n_patterns(
    path("recherche/", include("search.urls")),
    path("adherents/annuaire/", include("directory.urls")),
    path("adherents/mises-en-relation/", include("introductions.urls")),
    path("adherents/contributions/", include("contributions.urls")),
    path("adhesion/", include("membership.urls")),
    path("inscriptions/", include("registrations.urls")),
    path("alertes/", include("alerts.urls")),
    path("lettre/", include("letters.urls")),
    path("adherents/", include("exchange.urls")),
    path("adherents/", include("members_area.urls")),
    path("flux/faq/", include("faq.urls")),
    path("flux/", include("sheets.urls")),
    path("donnees/", include("opendata.page_urls")),
    # Wagtail's page URLs, served by Wagtail's own view: keep this last.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
