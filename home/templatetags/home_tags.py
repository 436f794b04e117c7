"""The home page's figures."""

from django import template

register = template.Library()


@register.simple_tag
def events_since(events_by_year, year):
    """`{% events_since figures.events_by_year year as count %}`: the meetings held in `year`
    or later ({year: count}); all of them when `year` is unknown."""
    if year in (None, ""):
        return sum(events_by_year.values())
    return sum(n for held_in, n in events_by_year.items() if held_in >= int(year))
