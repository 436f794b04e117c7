"""How other plugins add to the member area without this plugin knowing them: Wagtail hooks.

* ``members_area_dashboard_links``: a function ``(request) -> dict | None`` giving a link of
  the dashboard's actions, ``{"url", "label", "order"}``.
* ``members_area_dashboard_sections``: a function ``(request) -> dict | None`` giving a block of
  the dashboard, ``{"template", "context", "order"}``, rendered with the dashboard's context.

They are called for active members only (the dashboard's own gate).

* ``members_area_profile_links``: a function ``(request) -> dict | None`` giving a part of the
  profile page, which every signed-in account reaches: ``{"title", "text", "url", "label",
  "order"}`` (a heading, a sentence, and a link).

* ``members_area_personal_data``: a function ``(user) -> dict`` adding what another plugin
  holds about a person to their data export (decision 0031); an app that must forget something
  when the account is closed listens to ``members_area.signals.account_anonymised``."""

from wagtail import hooks


def _collect(hook_name, request):
    items = [fn(request) for fn in hooks.get_hooks(hook_name)]
    return sorted((item for item in items if item), key=lambda item: item.get("order", 0))


def dashboard_links(request):
    return _collect("members_area_dashboard_links", request)


def dashboard_sections(request):
    return _collect("members_area_dashboard_sections", request)


def profile_links(request):
    return _collect("members_area_profile_links", request)


def personal_data(user):
    """What the other plugins hold about `user`, merged into one dict for the export."""
    sections = {}
    for fn in hooks.get_hooks("members_area_personal_data"):
        sections.update(fn(user))
    return sections
