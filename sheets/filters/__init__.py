"""Listing filters read from the query string: theme, commune, status, year, page.

Shared by every listing of the public site (experience sheets, technical sheets, events). The
query string is untrusted input: an unknown or malformed value is ignored (never a 500), a
repeated parameter keeps its last value, `page` outside the range gives the nearest page.

    listing = filter_listing(
        request,
        ExperienceSheetPage.objects.live().child_of(self),
        [ThemeFilter(), CommuneFilter(), ChoiceFilter("status", _("État"), ExperienceStatus.choices),
         YearRangeFilter("year_start", "year_end")],
        per_page=12,
    )

`listing.page_obj` is a Django Page of results, `listing.facets` the form's fields with their
options and counts (rendered by sheets/includes/filter_options.html), `listing.active` the
applied filters each with a URL that removes it, and `listing.querystring` the cleaned
parameters (without `page`) for pagination links.

Each facet's counts are computed on the results of the OTHER filters, so a visitor sees how many
items each choice would give. The modules: `base` (the results and the filters' base class),
`facets` (the kinds of filter), `listing` (the counts and `filter_listing`).
"""

from .base import ActiveFilter, Facet, Listing, ListingFilter, Option
from .facets import ChoiceFilter, CommuneFilter, ThemeFilter, YearFilter, YearRangeFilter
from .listing import facet_counts, filter_listing

__all__ = [
    "ActiveFilter",
    "ChoiceFilter",
    "CommuneFilter",
    "Facet",
    "Listing",
    "ListingFilter",
    "Option",
    "ThemeFilter",
    "YearFilter",
    "YearRangeFilter",
    "facet_counts",
    "filter_listing",
]
