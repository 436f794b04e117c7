"""How other plugins add a section to this plugin's public pages without it knowing them:
Wagtail hooks, each a function returning ``{"template", "context", "order"}`` or None.

* ``sheets_theme_page_sections``: ``(request, theme)``, on a theme's page;
* ``sheets_event_page_sections``: ``(request, event)``, on an event's page;
* ``sheets_experience_page_sections``: ``(request, sheet)``, on an experience sheet (the
  introductions' "mise en relation" box);
* ``sheets_technical_page_sections``: ``(request, sheet)``, on a technical sheet (the printing
  plugin's link to its PDF);
* ``sheets_experience_page_public_sections``: ``(request, sheet)``, on an experience sheet,
  what every visitor sees the same way (the directory of aids' open aids on its themes): read
  only when the sheet's cached cards fragment is rendered (decision 0027), so a plugin showing
  something of its own there removes those fragments when it changes
  (sheets.fragment_cache.forget);
* ``sheets_commune_page_sections``: ``(request, commune)``, on a commune's page (its member
  organisation, for members).

A section may add ``"slot": "registration"``: an event's page then shows it inside its
"S'inscrire" section rather than after the page's own sections (the registrations plugin's
places and form).

A plugin may narrow the communes an editor can choose for an experience sheet with
``sheets_editor_communes``: ``(user, queryset) -> queryset`` (the contributions plugin: a
contributor's own commune only).

A section renders in the page's own request: one shown to members only decides through
members_area.permissions, and signed-in responses are never stored by the front cache."""

from wagtail import hooks


def page_sections(hook_name, request, *args):
    items = [fn(request, *args) for fn in hooks.get_hooks(hook_name)]
    return sorted((item for item in items if item), key=lambda item: item.get("order", 0))


def communes_for_editor(user, queryset):
    for fn in hooks.get_hooks("sheets_editor_communes"):
        queryset = fn(user, queryset)
    return queryset
