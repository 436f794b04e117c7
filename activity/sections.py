"""The report's sections, which the other plugins give without this plugin knowing them
(decision 0048): Wagtail hooks.

* ``activity_report_sections``: a function ``(year) -> dict | None``, the plugin's figures for
  that calendar year (in the site's time zone), or None to stay out of the report::

      {
          "key": "meetings",              # unique and stable: the page's anchors use it
          "title": _("Rencontres"),       # the section's heading, the CSV's "Rubrique"
          "order": 20,                    # sections are shown by increasing order
          "figures": [{"label": _("Rendez-vous tenus"), "value": 12}, ...],
          "table": {                      # optional: one row per organisation, per kind...
              "columns": [_("Collectivité"), _("Téléchargements")],
              "rows": [["Commune de Bais", 14], ...],
          },
          "note": _("How the figures are counted."),   # optional, shown under them
      }

  A table's first column names its row; the others hold its values (numbers or short texts).
  The function counts with plain ORM aggregates, in a fixed number of queries whatever the data,
  and shows nothing members-only beyond counts and organisation names: the report is read by
  the facilitators and sent to funders.

* ``activity_report_first_year``: a function ``() -> int | None``, the first year the plugin
  has something to count (one query). The report offers every year from the earliest one
  given up to the current year."""

from django.utils import timezone
from wagtail import hooks

SECTIONS_HOOK = "activity_report_sections"
FIRST_YEAR_HOOK = "activity_report_first_year"


def report_sections(year):
    """The sections of `year`'s report, in their order."""
    sections = [fn(year) for fn in hooks.get_hooks(SECTIONS_HOOK)]
    return sorted(
        (section for section in sections if section),
        key=lambda section: (section.get("order", 0), section["key"]),
    )


def report_years(today=None):
    """The years the report offers, newest first: from the earliest year a plugin has something
    to count up to the current one (the current one alone when nothing is counted yet)."""
    current = (today or timezone.localdate()).year
    firsts = [fn() for fn in hooks.get_hooks(FIRST_YEAR_HOOK)]
    first = min([current, *(year for year in firsts if year is not None)])
    return list(range(current, first - 1, -1))
